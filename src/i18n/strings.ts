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
  kind_allocation: { en: 'allocated', es: 'distribuido' },
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
  // — embed and share —
  openFullAtlas: { en: 'Open the full atlas', es: 'Abrir el atlas completo' },
  opensNewTab: { en: '(opens in a new tab)', es: '(se abre en una pestaña nueva)' },
  share: { en: 'Share', es: 'Compartir' },
  shareTitle: { en: 'Share this view', es: 'Compartir esta vista' },
  shareLinkLabel: { en: 'Link to this view', es: 'Enlace a esta vista' },
  shareEmbedLabel: { en: 'Embed this view in a web page', es: 'Insertar esta vista en una página web' },
  shareEmbedHint: { en: 'Paste this HTML where the atlas should appear. It sizes itself and loads only when scrolled near.', es: 'Pegue este HTML donde debe aparecer el atlas. Ajusta su altura solo y se carga al acercarse al desplazarse.' },
  copy: { en: 'Copy', es: 'Copiar' },
  copied: { en: 'Copied', es: 'Copiado' },
  copyManually: { en: 'Selected: press Ctrl+C (⌘C on a Mac) to copy', es: 'Seleccionado: pulse Ctrl+C (⌘C en Mac) para copiar' },
  // — presentation and export —
  present: { en: 'Present', es: 'Presentar' },
  presentHint: { en: 'Slideshow for a projector: → and ← (or a clicker) move, F is full screen, Esc leaves', es: 'Presentación para proyector: → y ← (o un control remoto) avanzan, F es pantalla completa, Esc sale' },
  exitPresentation: { en: 'Leave presentation', es: 'Salir de la presentación' },
  nextSlide: { en: 'Next slide', es: 'Diapositiva siguiente' },
  prevSlide: { en: 'Previous slide', es: 'Diapositiva anterior' },
  slideOf: { en: 'Slide {n} of {m}', es: 'Diapositiva {n} de {m}' },
  fullScreen: { en: 'Full screen', es: 'Pantalla completa' },
  animations: { en: 'Animations', es: 'Animaciones' },
  exportImage: { en: 'Save image', es: 'Guardar imagen' },
  exportImageHint: { en: 'Download this view as a 1920×1080 PNG for slides', es: 'Descargar esta vista como PNG de 1920×1080 para diapositivas' },
  exportPrint: { en: 'Save image 2× (print)', es: 'Guardar imagen 2× (impresión)' },
  exporting: { en: 'Saving the image…', es: 'Guardando la imagen…' },
  exportFailed: { en: 'The image could not be saved', es: 'No se pudo guardar la imagen' },
  exportDone: { en: 'Image saved: {file}', es: 'Imagen guardada: {file}' },
  // — accessibility: search, keyboard, table, announcements —
  searchLabel: { en: 'Find a country or initiative', es: 'Buscar un país o una iniciativa' },
  searchPlaceholder: { en: 'Search, e.g. Peru', es: 'Buscar, p. ej., Perú' },
  searchNoResults: { en: 'No country or initiative matches', es: 'Ningún país ni iniciativa coincide' },
  searchResultsCount: { en: '{n} results; use the up and down arrows to choose', es: '{n} resultados; use las flechas arriba y abajo para elegir' },
  searchKindCountry: { en: 'country', es: 'país' },
  searchKindInitiative: { en: 'initiative', es: 'iniciativa' },
  counterpartShort: { en: 'the partner on the other side of every initiative', es: 'el socio del otro lado de cada iniciativa' },
  inNoInitiative: { en: 'in none of the initiatives in this atlas', es: 'en ninguna de las iniciativas de este atlas' },
  noMembers: { en: 'no members', es: 'sin miembros' },
  summaryAllYears: { en: 'The map colours each country by the initiatives it belongs to, 2000–2014.', es: 'El mapa colorea cada país según las iniciativas a las que pertenece, 2000–2014.' },
  summaryYear: { en: 'The map colours each country by the initiatives it belonged to in {year}.', es: 'El mapa colorea cada país según las iniciativas a las que pertenecía en {year}.' },
  mapKeysHint: {
    en: 'Map of the Western Hemisphere. Arrow keys move between countries, Enter selects, Shift with the arrows pans, plus and minus zoom, question mark for help.',
    es: 'Mapa del hemisferio occidental. Las flechas recorren los países, Intro selecciona, Mayús con las flechas desplaza el mapa, más y menos acercan o alejan, signo de interrogación para la ayuda.',
  },
  focusedCountry: { en: '{name}. Press Enter to select.', es: '{name}. Pulse Intro para seleccionar.' },
  viewLabel: { en: 'View', es: 'Vista' },
  view_map: { en: 'Map', es: 'Mapa' },
  view_table: { en: 'Table', es: 'Tabla' },
  tableCaption: { en: 'Every country and its part in each initiative, {when}. Select a column heading to sort.', es: 'Cada país y su participación en cada iniciativa, {when}. Seleccione el encabezado de una columna para ordenar.' },
  tableWhenAll: { en: 'latest status 2000–2014', es: 'situación más reciente 2000–2014' },
  tableWhenYear: { en: 'in {year}', es: 'en {year}' },
  country: { en: 'Country', es: 'País' },
  initiativeCount: { en: 'Initiatives', es: 'Iniciativas' },
  notPart: { en: 'not part', es: 'no participa' },
  sortBy: { en: 'Sort by {column}', es: 'Ordenar por {column}' },
  help: { en: 'Help', es: 'Ayuda' },
  helpTitle: { en: 'Keyboard shortcuts', es: 'Atajos de teclado' },
  help_question: { en: 'open this help', es: 'abrir esta ayuda' },
  help_slash: { en: 'go to the search box', es: 'ir al cuadro de búsqueda' },
  help_arrows: { en: 'on the map: move to the next country that way', es: 'en el mapa: pasar al país siguiente en esa dirección' },
  help_enter: { en: 'on the map: select the highlighted country', es: 'en el mapa: seleccionar el país resaltado' },
  help_shiftArrows: { en: 'on the map: pan', es: 'en el mapa: desplazar' },
  help_zoom: { en: 'on the map: zoom in and out', es: 'en el mapa: acercar y alejar' },
  help_escape: { en: 'close a dialog or list; on the map, clear the selection', es: 'cerrar un diálogo o una lista; en el mapa, quitar la selección' },
  help_tab: { en: 'move between the search, the controls, the map, the legend and the details', es: 'pasar entre la búsqueda, los controles, el mapa, la leyenda y los detalles' },
  help_table: { en: 'the Table view lists every country with its initiatives, for screen readers and keyboards', es: 'la vista Tabla enumera cada país con sus iniciativas, para lectores de pantalla y teclados' },
  key_shift: { en: 'Shift', es: 'Mayús' },
  key_enter: { en: 'Enter', es: 'Intro' },
  key_arrows: { en: 'Arrow keys', es: 'Flechas' },
  showLegend: { en: 'Legend', es: 'Leyenda' },
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
