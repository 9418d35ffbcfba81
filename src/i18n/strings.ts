// Interface strings in every language. Content (country and initiative names,
// goals, notes) lives in data/ beside its English; this file is the chrome.
import type { Lang, Status, Text } from '../data/types.ts';

const STRINGS = {
  appTitle: { en: 'Hemisphere Atlas', es: 'Atlas Hemisférico' },
  appSubtitle: {
    en: 'U.S. security-assistance initiatives with the State Department’s Bureau of International Narcotics and Law Enforcement Affairs (INL), 2000–2014',
    es: 'Iniciativas de asistencia en seguridad de EE. UU. con la Oficina de Asuntos Internacionales de Narcóticos y Aplicación de la Ley (INL) del Departamento de Estado, 2000–2014',
  },
  legendTitle: { en: 'Initiatives', es: 'Iniciativas' },
  legendHint: { en: 'Select to open; the eye shows or hides it on the map', es: 'Seleccione para abrir; el ojo la muestra u oculta en el mapa' },
  show: { en: 'Show', es: 'Mostrar' },
  hide: { en: 'Hide', es: 'Ocultar' },
  onMap: { en: 'on the map', es: 'en el mapa' },
  severalInitiatives: { en: 'More than one initiative (stripes)', es: 'Más de una iniciativa (franjas)' },
  observerLegend: { en: 'Observer (hatched, pale)', es: 'Observador (rayado, claro)' },
  formerLegend: { en: 'Former member (pale)', es: 'Antiguo miembro (claro)' },
  noneLegend: { en: 'In no initiative', es: 'En ninguna iniciativa' },
  counterpartLegend: { en: 'United States: the partner on the other side of every initiative', es: 'Estados Unidos: el socio del otro lado de cada iniciativa' },
  allYears: { en: 'All years', es: 'Todos los años' },
  year: { en: 'Year', es: 'Año' },
  status_partner: { en: 'partner', es: 'socio' },
  status_observer: { en: 'observer', es: 'observador' },
  status_former: { en: 'former partner', es: 'antiguo socio' },
  since: { en: 'since', es: 'desde' },
  fiscalYear: { en: 'FY', es: 'AF' },
  ongoing: { en: 'to 2014 and beyond', es: 'hasta 2014 y después' },
  noInitiative: {
    en: 'Not part of any of the INL initiatives in this atlas in the years it covers (2000–2014).',
    es: 'No forma parte de ninguna de las iniciativas de la INL de este atlas en los años que abarca (2000–2014).',
  },
  counterpartText: {
    en: 'The United States is the partner on the other side of every initiative in this atlas: it funds them through the State Department, USAID and other agencies.',
    es: 'Estados Unidos es el socio del otro lado de cada iniciativa de este atlas: las financia a través del Departamento de Estado, USAID y otras agencias.',
  },
  territoryOf: { en: 'Territory of', es: 'Territorio de' },
  members: { en: 'Members', es: 'Miembros' },
  goals: { en: 'Goals', es: 'Objetivos' },
  assistance: { en: 'Kinds of assistance', es: 'Tipos de asistencia' },
  funding: { en: 'Funding', es: 'Financiamiento' },
  howSourcesDiffer: { en: 'Where the sources differ', es: 'Donde las fuentes difieren' },
  sources: { en: 'Sources', es: 'Fuentes' },
  source: { en: 'Source', es: 'Fuente' },
  openSource: { en: 'Open source', es: 'Abrir la fuente' },
  readDocument: { en: 'Read the document', es: 'Leer el documento' },
  close: { en: 'Close', es: 'Cerrar' },
  clearSelection: { en: 'Clear selection', es: 'Quitar la selección' },
  panelHint: {
    en: 'Select a country on the map or an initiative in the legend to see its goals, assistance and funding, each with its source.',
    es: 'Seleccione un país en el mapa o una iniciativa en la leyenda para ver sus objetivos, su asistencia y su financiamiento, cada uno con su fuente.',
  },
  overviewHeading: { en: 'Overview', es: 'Panorama' },
  mapLabel: { en: 'Map of the Western Hemisphere coloured by initiative', es: 'Mapa del hemisferio occidental coloreado por iniciativa' },
  loading: { en: 'Loading the atlas…', es: 'Cargando el atlas…' },
  loadFailed: { en: 'The atlas could not load', es: 'No se pudo cargar el atlas' },
  retry: { en: 'Try again', es: 'Reintentar' },
  dismiss: { en: 'Dismiss', es: 'Descartar' },
  language: { en: 'Language', es: 'Idioma' },
  sourceOf: { en: 'source', es: 'fuente' },
  regionalMoney: {
    en: 'Figures are for the initiative as a whole: the sources do not split this money by country.',
    es: 'Las cifras corresponden a la iniciativa en su conjunto: las fuentes no desglosan este dinero por país.',
  },
  otherFigures: { en: 'Other figures the sources give', es: 'Otras cifras que dan las fuentes' },
  total: { en: 'total', es: 'total' },
  pickedInitiativeFor: { en: 'in', es: 'en' },
  ignoredParam: { en: 'Ignored “{param}={value}” in the address: expected {expected}. Showing the default instead.', es: 'Se ignoró «{param}={value}» en la dirección: se esperaba {expected}. Se muestra el valor predeterminado.' },
  unknownParam: { en: 'Ignored “{param}” in the address: the atlas has no such setting.', es: 'Se ignoró «{param}» en la dirección: el atlas no tiene ese ajuste.' },
  unknownCountry: { en: 'The atlas has no country with the code “{value}”; nothing is selected.', es: 'El atlas no tiene ningún país con el código «{value}»; no hay nada seleccionado.' },
  expect_country: { en: 'a three-letter ISO country code such as HND', es: 'un código ISO de país de tres letras, como HND' },
  expect_initiative: { en: 'one of merida, carsi, cbsi, colombia, andean', es: 'uno de merida, carsi, cbsi, colombia, andean' },
  expect_year: { en: 'a year from 2000 to 2014', es: 'un año de 2000 a 2014' },
  expect_lang: { en: 'en or es', es: 'en o es' },
  expect_theme: { en: 'light, dark or projector', es: 'light, dark o projector' },
  expect_view: { en: 'map or table', es: 'map o table' },
  expect_present: { en: '1 or 0', es: '1 o 0' },
  expect_slide: { en: 'a slide number', es: 'un número de diapositiva' },
  expect_embed: { en: '1 or 0', es: '1 o 0' },
  expect_panel: { en: 'details, goals, assistance, funding, timeline, partners or compare', es: 'details, goals, assistance, funding, timeline, partners o compare' },
  theme: { en: 'Theme', es: 'Tema' },
  theme_light: { en: 'Light', es: 'Claro' },
  theme_dark: { en: 'Dark', es: 'Oscuro' },
  theme_projector: { en: 'Projector', es: 'Proyector' },
  statusesIn: { en: 'Status in', es: 'Situación en' },
  history: { en: 'Record', es: 'Trayectoria' },
  regionalNote: { en: 'regional', es: 'regional' },
  fyRange: { en: 'FY{a}–FY{b}', es: 'AF{a}–AF{b}' },
  fySingle: { en: 'FY{a}', es: 'AF{a}' },
  kind_appropriation: { en: 'appropriated', es: 'asignado por el Congreso' },
  kind_allocation: { en: 'allocated', es: 'asignado' },
  kind_cumulative: { en: 'cumulative', es: 'acumulado' },
  kind_request: { en: 'requested', es: 'solicitado' },
  kind_pledge: { en: 'pledged', es: 'comprometido' },
  kind_reported: { en: 'as reported', es: 'según se informó' },
  chooseInitiative: { en: 'Open {name}', es: 'Abrir {name}' },
  initiativesHeading: { en: 'The initiatives', es: 'Las iniciativas' },
  dataCredit: { en: 'Boundaries: Natural Earth (public domain). Facts: U.S. State Department, GAO, CRS and other sources cited in each panel.', es: 'Límites: Natural Earth (dominio público). Datos: Departamento de Estado de EE. UU., GAO, CRS y otras fuentes citadas en cada panel.' },
  archivedCopy: { en: 'archived copy in the atlas', es: 'copia archivada en el atlas' },
  detailsLabel: { en: 'Details', es: 'Detalles' },
  mapFailed: { en: 'The map could not start', es: 'No se pudo iniciar el mapa' },
  noWebgl: { en: 'This browser cannot draw the map (WebGL is unavailable). The legend, details and sources still work.', es: 'Este navegador no puede dibujar el mapa (WebGL no está disponible). La leyenda, los detalles y las fuentes siguen funcionando.' },
  skipToPanel: { en: 'Skip to details', es: 'Ir a los detalles' },
  // — resilience —
  expect_renderer: { en: 'auto, webgl or svg', es: 'auto, webgl o svg' },
  repeatedParam: { en: 'Ignored “{param}={value}” in the address: “{param}” was given more than once, and the first value is used.', es: 'Se ignoró «{param}={value}» en la dirección: «{param}» aparece más de una vez y se usa el primer valor.' },
  mapPartLabel: { en: 'The map', es: 'El mapa' },
  legendPartLabel: { en: 'The legend', es: 'La leyenda' },
  selectCountryOnMap: { en: 'Select {name}', es: 'Seleccionar {name}' },
} satisfies Record<string, Text>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** A string with {placeholders} filled in; values are inserted as text, never markup. */
export function tf(lang: Lang, key: StringKey, values: Record<string, string | number>): string {
  return t(lang, key).replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

const COUNT_WORDS: Record<Lang, Record<Status, [string, string]>> = {
  en: { partner: ['partner', 'partners'], observer: ['observer', 'observers'], former: ['former partner', 'former partners'] },
  es: { partner: ['socio', 'socios'], observer: ['observador', 'observadores'], former: ['antiguo socio', 'antiguos socios'] },
};

/** "13 partners", "1 observer", "3 antiguos socios". */
export function countLabel(lang: Lang, status: Status, n: number): string {
  const [one, many] = COUNT_WORDS[lang][status];
  return `${n} ${n === 1 ? one : many}`;
}

export function statusLabel(lang: Lang, status: Status): string {
  return t(lang, `status_${status}`);
}

/** Every key, for the test that checks no translation is missing. */
export const ALL_STRINGS: Readonly<Record<string, Text>> = STRINGS;

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-419' };

/** "$1.6 billion" / "1.600 millones de US$" style amounts, as people read them aloud. */
export function formatUsd(lang: Lang, amount: number): string {
  const locale = LOCALES[lang];
  if (amount >= 1e9) {
    const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(amount / 1e9);
    return lang === 'en' ? `$${n} billion` : `US$${n} mil millones`;
  }
  if (amount >= 1e6) {
    const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(amount / 1e6);
    return lang === 'en' ? `$${n} million` : `US$${n} millones`;
  }
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount);
  return lang === 'en' ? `$${n}` : `US$${n}`;
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(LOCALES[lang]).format(value);
}
