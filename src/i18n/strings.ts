// Interface strings in every language. Content (country and initiative names,
// goals, notes) lives in data/ beside its English; this file is the chrome.
import { FIRST_YEAR, LAST_YEAR, type Lang, type Participation, type Status, type Text } from '../data/types.ts';
import { DECK_STRINGS } from './deckStrings.ts';
import { DATA_OUT_STRINGS } from './dataOutStrings.ts';

const STRINGS = {
  ...DECK_STRINGS,
  appTitle: { en: 'Hemisphere Atlas', es: 'Atlas Hemisférico' },
  appSubtitle: {
    en: 'U.S. security-assistance initiatives with the State Department’s Bureau of International Narcotics and Law Enforcement Affairs (INL), and what followed them, {first}–{last}',
    es: 'Iniciativas de asistencia en seguridad de EE. UU. con la Oficina de Asuntos Internacionales de Narcóticos y Aplicación de la Ley (INL) del Departamento de Estado, y lo que les siguió, {first}–{last}',
  },
  legendTitle: { en: 'Initiatives', es: 'Iniciativas' },
  show: { en: 'Show', es: 'Mostrar' },
  hide: { en: 'Hide', es: 'Ocultar' },
  onMap: { en: 'on the map', es: 'en el mapa' },
  severalInitiatives: { en: 'More than one initiative (stripes)', es: 'Más de una iniciativa (franjas)' },
  observerLegend: { en: 'Observer (hatched, pale)', es: 'Observador (rayado, claro)' },
  formerLegend: { en: 'Former member (pale)', es: 'Antiguo miembro (claro)' },
  noneLegend: { en: 'In no initiative', es: 'En ninguna iniciativa' },
  counterpartLegend: {
    en: 'United States: the partner on the other side of every initiative',
    es: 'Estados Unidos: el socio del otro lado de cada iniciativa',
  },
  allYears: { en: 'All years', es: 'Todos los años' },
  year: { en: 'Year', es: 'Año' },
  status_partner: { en: 'partner', es: 'socio' },
  status_observer: { en: 'observer', es: 'observador' },
  status_former: { en: 'former partner', es: 'antiguo socio' },
  since: { en: 'since', es: 'desde' },
  fiscalYear: { en: 'FY', es: 'AF' },
  fiscalYearTitle: {
    en: 'fiscal year: the U.S. government’s year, from 1 October to 30 September (FY2010 began on 1 October 2009)',
    es: 'año fiscal: el año del gobierno de EE. UU., del 1 de octubre al 30 de septiembre (el AF2010 comenzó el 1 de octubre de 2009)',
  },
  goalsNotInYears: {
    en: 'The sources give no goals for the years {name} took part.',
    es: 'Las fuentes no dan objetivos para los años en que {name} participó.',
  },
  noInitiative: {
    en: 'Not part of any of the INL initiatives in this atlas in the years it covers ({first}–{last}).',
    es: 'No forma parte de ninguna de las iniciativas de la INL de este atlas en los años que abarca ({first}–{last}).',
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
  mapLabel: {
    en: 'Map of the Western Hemisphere coloured by initiative',
    es: 'Mapa del hemisferio occidental coloreado por iniciativa',
  },
  loading: { en: 'Loading the atlas…', es: 'Cargando el atlas…' },
  loadFailed: { en: 'The atlas could not load', es: 'No se pudo cargar el atlas' },
  detailsFailed: {
    en: 'The details (sources, goals, funding) could not load; the map still works.',
    es: 'No se pudieron cargar los detalles (fuentes, objetivos, financiamiento); el mapa sigue funcionando.',
  },
  retry: { en: 'Try again', es: 'Reintentar' },
  dismiss: { en: 'Dismiss', es: 'Descartar' },
  language: { en: 'Language', es: 'Idioma' },
  viewMenu: { en: 'Settings', es: 'Ajustes' },
  sourceOf: { en: 'source', es: 'fuente' },
  regionalMoney: {
    en: 'Figures are for the initiative as a whole: the sources do not split this money by country.',
    es: 'Las cifras corresponden a la iniciativa en su conjunto: las fuentes no desglosan este dinero por país.',
  },
  otherFigures: { en: 'Other figures the sources give', es: 'Otras cifras que dan las fuentes' },
  barSum: { en: 'the bars above added up', es: 'las barras de arriba sumadas' },
  total: { en: 'total', es: 'total' },
  ignoredParam: {
    en: 'Ignored “{param}={value}” in the address: expected {expected}. Showing the default instead.',
    es: 'Se ignoró «{param}={value}» en la dirección: se esperaba {expected}. Se muestra el valor predeterminado.',
  },
  unknownParam: {
    en: 'Ignored “{param}” in the address: the atlas has no such setting.',
    es: 'Se ignoró «{param}» en la dirección: el atlas no tiene ese ajuste.',
  },
  unknownCountry: {
    en: 'The atlas has no country with the code “{value}”; nothing is selected.',
    es: 'El atlas no tiene ningún país con el código «{value}»; no hay nada seleccionado.',
  },
  expect_country: {
    en: 'a three-letter ISO country code such as HND',
    es: 'un código ISO de país de tres letras, como HND',
  },
  expect_initiative: {
    en: 'one of merida, carsi, cbsi, colombia, andean',
    es: 'uno de merida, carsi, cbsi, colombia, andean',
  },
  expect_year: { en: 'a year from {first} to {last}', es: 'un año de {first} a {last}' },
  compareWith: { en: 'What changed since', es: 'Qué cambió desde' },
  compareNone: { en: 'none', es: 'ninguno' },
  whatChangedTitle: { en: 'What changed, {from} → {to}', es: 'Qué cambió, {from} → {to}' },
  whatChangedLede: {
    en: 'The map shows {to}. Countries whose part in an initiative changed since {from} stay bright, and their names carry a mark: + joined, − no longer listed, ↔ status changed.',
    es: 'El mapa muestra {to}. Los países cuya participación en una iniciativa cambió desde {from} siguen resaltados y su nombre lleva una marca: + se incorporó, − ya no figura, ↔ cambió su situación.',
  },
  change_joined: { en: 'Joined', es: 'Se incorporaron' },
  change_left: { en: 'No longer listed', es: 'Ya no figuran' },
  change_changed: { en: 'Status changed', es: 'Cambió su situación' },
  changeJoinedItem: { en: '{status} in {to}', es: '{status} en {to}' },
  changeLeftItem: {
    en: '{status} in {from}; the sources read list it until {until}',
    es: '{status} en {from}; las fuentes consultadas lo registran hasta {until}',
  },
  changeChangedItem: { en: '{before} in {from}, {after} in {to}', es: '{before} en {from}, {after} en {to}' },
  noChanges: {
    en: 'No country joined, left or changed its status between {from} and {to}.',
    es: 'Ningún país se incorporó, salió o cambió de situación entre {from} y {to}.',
  },
  stopComparing: { en: 'Stop comparing', es: 'Dejar de comparar' },
  afterTheDataHeading: { en: 'After FY{last}', es: 'Después del año fiscal {last}' },
  afterTheDataLede: {
    en: 'The atlas’s records stop at FY{last}. What the sources read say about U.S. assistance since, without naming one of the initiatives:',
    es: 'Los registros del atlas terminan en el año fiscal {last}. Lo que dicen las fuentes consultadas sobre la asistencia de los EE. UU. desde entonces, sin nombrar ninguna de las iniciativas:',
  },
  laterPeriodNote: {
    en: 'From 2015 the atlas follows what came after the initiatives — the U.S.–Mexico Bicentennial Framework, the U.S. Strategy for Engagement in Central America, CBSI’s later dialogues, Peace Colombia — as later phases of the same five. The sources read for those years are thinner and stop at FY2023 at the latest: a country missing after its last sourced year may simply not be documented there. Later changes to U.S. foreign assistance, including those of 2025, are not in the atlas’s records: the overview quotes what the sources say of them.',
    es: 'Desde 2015 el atlas sigue lo que vino después de las iniciativas —el Marco Bicentenario entre México y los EE. UU., la Estrategia de los EE. UU. para el Compromiso con Centroamérica, los diálogos posteriores de la CBSI, Paz Colombia— como fases posteriores de las mismas cinco. Las fuentes consultadas para esos años son más escasas y llegan como mucho al año fiscal 2023: que un país falte después de su último año documentado puede significar solo que no está documentado. Los cambios posteriores en la asistencia exterior de los EE. UU., incluidos los de 2025, no figuran en los registros del atlas: la vista general cita lo que dicen de ellos las fuentes.',
  },
  expect_compare: { en: 'a year from {first} to {last}', es: 'un año de {first} a {last}' },
  expect_lang: { en: 'en or es', es: 'en o es' },
  expect_theme: { en: 'light, dark or projector', es: 'light, dark o projector' },
  expect_view: { en: 'map or table', es: 'map o table' },
  expect_present: { en: '1 or 0', es: '1 o 0' },
  expect_slide: { en: 'a slide number', es: 'un número de diapositiva' },
  expect_embed: { en: '1 or 0', es: '1 o 0' },
  expect_panel: {
    en: 'details, goals, assistance, funding, timeline, partners or compare',
    es: 'details, goals, assistance, funding, timeline, partners o compare',
  },
  theme: { en: 'Theme', es: 'Tema' },
  theme_light: { en: 'Light', es: 'Claro' },
  theme_dark: { en: 'Dark', es: 'Oscuro' },
  theme_projector: { en: 'Projector', es: 'Proyector' },
  history: { en: 'Record', es: 'Trayectoria' },
  fyRange: { en: 'FY{a}–FY{b}', es: 'AF{a}–AF{b}' },
  fySingle: { en: 'FY{a}', es: 'AF{a}' },
  fySince: { en: 'FY{a} onward', es: 'desde el AF{a}' },
  kind_appropriation: { en: 'appropriated', es: 'asignado por el Congreso' },
  kind_allocation: { en: 'allocated', es: 'distribuido' },
  kind_cumulative: { en: 'cumulative', es: 'acumulado' },
  kind_request: { en: 'requested', es: 'solicitado' },
  kind_pledge: { en: 'pledged', es: 'comprometido' },
  kind_reported: { en: 'as reported', es: 'según se informó' },
  initiativesHeading: { en: 'The initiatives', es: 'Las iniciativas' },
  dataCredit: {
    en: 'Boundaries: Natural Earth (public domain). Facts: U.S. State Department, GAO, CRS and other sources cited in each panel.',
    es: 'Límites: Natural Earth (dominio público). Datos: Departamento de Estado de EE. UU., GAO, CRS y otras fuentes citadas en cada panel.',
  },
  archivedCopy: { en: 'archived copy in the atlas', es: 'copia archivada en el atlas' },
  detailsLabel: { en: 'Details', es: 'Detalles' },
  skipToPanel: { en: 'Skip to details', es: 'Ir a los detalles' },
  // — embed and share —
  openFullAtlas: { en: 'Open the full atlas', es: 'Abrir el atlas completo' },
  opensNewTab: { en: '(opens in a new tab)', es: '(se abre en una pestaña nueva)' },
  share: { en: 'Share', es: 'Compartir' },
  shareTitle: { en: 'Share this view', es: 'Compartir esta vista' },
  shareLinkLabel: { en: 'Link to this view', es: 'Enlace a esta vista' },
  shareEmbedLabel: { en: 'Embed this view in a web page', es: 'Insertar esta vista en una página web' },
  shareEmbedHint: {
    en: 'Paste this HTML where the atlas should appear. It sizes itself and loads only when scrolled near.',
    es: 'Pegue este HTML donde debe aparecer el atlas. Ajusta su altura solo y se carga al acercarse al desplazarse.',
  },
  copy: { en: 'Copy', es: 'Copiar' },
  copied: { en: 'Copied', es: 'Copiado' },
  copyManually: {
    en: 'Selected: press Ctrl+C (⌘C on a Mac) to copy',
    es: 'Seleccionado: pulse Ctrl+C (⌘C en Mac) para copiar',
  },
  // — presentation and export —
  present: { en: 'Present', es: 'Presentar' },
  presentHint: {
    en: 'Slideshow for a projector: → and ← (or a clicker) move, F is full screen, Esc leaves',
    es: 'Presentación para proyector: → y ← (o un control remoto) avanzan, F es pantalla completa, Esc sale',
  },
  exitPresentation: { en: 'Leave presentation', es: 'Salir de la presentación' },
  nextSlide: { en: 'Next slide', es: 'Diapositiva siguiente' },
  prevSlide: { en: 'Previous slide', es: 'Diapositiva anterior' },
  slideOf: { en: 'Slide {n} of {m}', es: 'Diapositiva {n} de {m}' },
  fullScreen: { en: 'Full screen', es: 'Pantalla completa' },
  animations: { en: 'Animations', es: 'Animaciones' },
  exportImage: { en: 'Save image', es: 'Guardar imagen' },
  exportImageHint: {
    en: 'Download this view as a 1920×1080 PNG for slides',
    es: 'Descargar esta vista como PNG de 1920×1080 para diapositivas',
  },
  exportPrint: { en: 'Save image 2× (print)', es: 'Guardar imagen 2× (impresión)' },
  exporting: { en: 'Saving the image…', es: 'Guardando la imagen…' },
  exportFailed: { en: 'The image could not be saved', es: 'No se pudo guardar la imagen' },
  exportDone: { en: 'Image saved: {file}', es: 'Imagen guardada: {file}' },
  // — accessibility: search, keyboard, table, announcements —
  searchLabel: { en: 'Find a country or initiative', es: 'Buscar un país o una iniciativa' },
  searchPlaceholder: { en: 'Search, e.g. Peru', es: 'Buscar, p. ej., Perú' },
  searchNoResults: { en: 'No country or initiative matches', es: 'Ningún país ni iniciativa coincide' },
  searchResultsCount_one: {
    en: '{n} result; use the up and down arrows to choose',
    es: '{n} resultado; use las flechas arriba y abajo para elegir',
  },
  searchResultsCount_other: {
    en: '{n} results; use the up and down arrows to choose',
    es: '{n} resultados; use las flechas arriba y abajo para elegir',
  },
  searchKindCountry: { en: 'country', es: 'país' },
  searchKindInitiative: { en: 'initiative', es: 'iniciativa' },
  counterpartShort: {
    en: 'the partner on the other side of every initiative',
    es: 'el socio del otro lado de cada iniciativa',
  },
  inNoInitiative: { en: 'in none of the initiatives in this atlas', es: 'en ninguna de las iniciativas de este atlas' },
  noMembers: { en: 'no members', es: 'sin miembros' },
  summaryAllYears: {
    en: 'The map colours each country by the initiatives it belongs to, {first}–{last}.',
    es: 'El mapa colorea cada país según las iniciativas a las que pertenece, {first}–{last}.',
  },
  summaryYear: {
    en: 'The map colours each country by the initiatives it belonged to in {year}.',
    es: 'El mapa colorea cada país según las iniciativas a las que pertenecía en {year}.',
  },
  mapKeysHint: {
    en: 'Map of the Western Hemisphere. Arrow keys move between countries, Enter selects, Shift with the arrows pans, plus and minus zoom, question mark for help.',
    es: 'Mapa del hemisferio occidental. Las flechas recorren los países, Intro selecciona, Mayús con las flechas desplaza el mapa, más y menos acercan o alejan, signo de interrogación para la ayuda.',
  },
  focusedCountry: { en: '{name}. Press Enter to select.', es: '{name}. Pulse Intro para seleccionar.' },
  viewLabel: { en: 'View', es: 'Vista' },
  view_map: { en: 'Map', es: 'Mapa' },
  view_table: { en: 'Table', es: 'Tabla' },
  tableCaption: {
    en: 'Every country and its part in each initiative, {when}. Select a column heading to sort.',
    es: 'Cada país y su participación en cada iniciativa, {when}. Seleccione el encabezado de una columna para ordenar.',
  },
  tableWhenAll: { en: 'latest status {first}–{last}', es: 'situación más reciente {first}–{last}' },
  tableWhenYear: { en: 'in {year}', es: 'en {year}' },
  country: { en: 'Country', es: 'País' },
  initiativeCount: { en: 'Initiatives', es: 'Iniciativas' },
  notPart: { en: 'not part', es: 'no participa' },
  sortBy: { en: 'Sort by {column}', es: 'Ordenar por {column}' },
  help: { en: 'Help', es: 'Ayuda' },
  helpTitle: { en: 'Keyboard shortcuts', es: 'Atajos de teclado' },
  help_question: { en: 'open this help', es: 'abrir esta ayuda' },
  help_slash: { en: 'go to the search box', es: 'ir al cuadro de búsqueda' },
  help_arrows: {
    en: 'on the map: move to the next country that way',
    es: 'en el mapa: pasar al país siguiente en esa dirección',
  },
  help_enter: { en: 'on the map: select the highlighted country', es: 'en el mapa: seleccionar el país resaltado' },
  help_shiftArrows: { en: 'on the map: pan', es: 'en el mapa: desplazar' },
  help_zoom: { en: 'on the map: zoom in and out', es: 'en el mapa: acercar y alejar' },
  help_escape: {
    en: 'close a dialog or list; on the map, clear the selection',
    es: 'cerrar un diálogo o una lista; en el mapa, quitar la selección',
  },
  help_tab: {
    en: 'move between the search, the controls, the map, the legend and the details',
    es: 'pasar entre la búsqueda, los controles, el mapa, la leyenda y los detalles',
  },
  help_table: {
    en: 'the Table view lists every country with its initiatives, for screen readers and keyboards',
    es: 'la vista Tabla enumera cada país con sus iniciativas, para lectores de pantalla y teclados',
  },
  key_shift: { en: 'Shift', es: 'Mayús' },
  key_pageDown: { en: 'Page Down', es: 'Av Pág' },
  key_pageUp: { en: 'Page Up', es: 'Re Pág' },
  key_space: { en: 'Space', es: 'Espacio' },
  key_backspace: { en: 'Backspace', es: 'Retroceso' },
  key_home: { en: 'Home', es: 'Inicio' },
  key_end: { en: 'End', es: 'Fin' },
  keyOr: { en: 'or', es: 'o' },
  helpPresentTitle: { en: 'While presenting', es: 'Al presentar' },
  help_nextSlide: {
    en: 'next slide (a clicker sends Page Down)',
    es: 'diapositiva siguiente (un control remoto envía Av Pág)',
  },
  help_prevSlide: { en: 'previous slide', es: 'diapositiva anterior' },
  help_firstLastSlide: { en: 'first or last slide', es: 'primera o última diapositiva' },
  help_slideNumber: { en: 'go to that slide (0 is the tenth)', es: 'ir a esa diapositiva (0 es la décima)' },
  help_fullScreen: { en: 'full screen on or off', es: 'activar o desactivar la pantalla completa' },
  help_leavePresentation: {
    en: 'leave full screen, then the presentation',
    es: 'salir de la pantalla completa y luego de la presentación',
  },
  key_enter: { en: 'Enter', es: 'Intro' },
  key_arrows: { en: 'Arrow keys', es: 'Flechas' },
  // — panels and year control —
  playYears: { en: 'Play through the years', es: 'Recorrer los años' },
  pauseYears: { en: 'Pause', es: 'Pausar' },
  showTable: { en: 'Show table', es: 'Mostrar la tabla' },
  accounts: { en: 'Accounts', es: 'Cuentas' },
  account: { en: 'Account', es: 'Cuenta' },
  recipient: { en: 'For', es: 'Destinatario' },
  amount: { en: 'Amount', es: 'Monto' },
  fiscalYearLong: { en: 'Fiscal year', es: 'Año fiscal' },
  account_ESF: { en: 'ESF: Economic Support Fund', es: 'ESF: Fondo de Apoyo Económico' },
  account_INCLE: {
    en: 'INCLE: International Narcotics Control and Law Enforcement',
    es: 'INCLE: Control Internacional de Narcóticos y Aplicación de la Ley',
  },
  account_NADR: {
    en: 'NADR: Nonproliferation, Anti-terrorism, Demining and Related Programs',
    es: 'NADR: No Proliferación, Antiterrorismo, Desminado y Programas Relacionados',
  },
  account_FMF: { en: 'FMF: Foreign Military Financing', es: 'FMF: Financiamiento Militar Extranjero' },
  account_DA: { en: 'DA: Development Assistance', es: 'DA: Asistencia para el Desarrollo' },
  account_total: { en: 'Accounts not split in the source', es: 'Cuentas no desglosadas en la fuente' },
  fundingTitle: { en: '{name}: appropriations by fiscal year', es: '{name}: asignaciones por año fiscal' },
  fundingTitleRegional: {
    en: '{name}: regional appropriations by fiscal year (the whole initiative)',
    es: '{name}: asignaciones regionales por año fiscal (toda la iniciativa)',
  },
  fundingSummary: {
    en: '{name}: single-year appropriations for {span}, {range}.',
    es: '{name}: asignaciones de un solo año para {span}, {range}.',
  },
  fundingGaps: {
    en: 'No single-year figure was found in the sources read for {years}: those years are left empty, not zero.',
    es: 'En las fuentes consultadas no se halló ninguna cifra de un solo año para {years}: esos años quedan vacíos, no en cero.',
  },
  fundingGapKey: { en: 'No single-year figure found', es: 'Sin cifra de un solo año' },
  fundingRange: { en: 'from {lo} (FY{loFy}) to {hi} (FY{hiFy})', es: 'de {lo} (AF{loFy}) a {hi} (AF{hiFy})' },
  fundingSummaryNone: {
    en: 'The sources give no single-year appropriation for {name}; the figures they give are listed below.',
    es: 'Las fuentes no dan asignaciones de un solo año para {name}; las cifras que dan se enumeran abajo.',
  },
  otherFiguresNote: {
    en: 'Figures over several years, requests, pledges and reports, each as its source gives it. They are not added to the bars: they come from different sources and dates.',
    es: 'Cifras de varios años, solicitudes, compromisos e informes, cada una como la da su fuente. No se suman a las barras: provienen de fuentes y fechas distintas.',
  },
  goalsTitle: { en: '{name}: goals', es: '{name}: objetivos' },
  goalsSummary: {
    en: 'The sources give {sets} set(s) of goals for {name}; the current one, “{label}”, has {n}.',
    es: 'Las fuentes dan {sets} conjunto(s) de objetivos para {name}; el vigente, «{label}», tiene {n}.',
  },
  goalsNone: { en: 'The sources give no goals for {name}.', es: 'Las fuentes no dan objetivos para {name}.' },
  goalsEarlier: {
    en: 'An earlier wording, kept for the record.',
    es: 'Una redacción anterior, conservada como registro.',
  },
  goalsNotIn: { en: 'Not the wording in force in {year}.', es: 'No es la redacción vigente en {year}.' },
  assistanceTitle: {
    en: 'Kinds of assistance, initiative by initiative',
    es: 'Tipos de asistencia, iniciativa por iniciativa',
  },
  assistanceSummary: {
    en: 'The sources name {kinds} kinds of assistance across the five initiatives; {shared} of them in three initiatives or more.',
    es: 'Las fuentes nombran {kinds} tipos de asistencia en las cinco iniciativas; {shared} de ellos en tres iniciativas o más.',
  },
  assistanceHighlight: {
    en: 'Kinds named for the highlighted initiatives: {counts}.',
    es: 'Tipos nombrados para las iniciativas resaltadas: {counts}.',
  },
  notNamed: { en: 'not named by the sources', es: 'no nombrado por las fuentes' },
  sectionsLabel: { en: 'Sections', es: 'Secciones' },
  panel_details: { en: 'Details', es: 'Detalles' },
  panel_goals: { en: 'Goals', es: 'Objetivos' },
  panel_assistance: { en: 'Assistance', es: 'Asistencia' },
  panel_funding: { en: 'Funding', es: 'Financiamiento' },
  panel_timeline: { en: 'Timeline', es: 'Cronología' },
  panel_partners: { en: 'Agencies and donors', es: 'Agencias y donantes' },
  panel_compare: { en: 'Compare', es: 'Comparar' },
  compareOpen: { en: 'Compare initiatives', es: 'Comparar las iniciativas' },
  compareBack: { en: 'Back to details', es: 'Volver a los detalles' },
  compareTitle: { en: 'The initiatives side by side', es: 'Las iniciativas lado a lado' },
  compareSummary: {
    en: 'Members in {year}, goals in force, kinds of assistance the sources name, single-year appropriations and the years each initiative runs.',
    es: 'Miembros en {year}, objetivos vigentes, tipos de asistencia que nombran las fuentes, asignaciones de un solo año y los años de cada iniciativa.',
  },
  compareSummaryAnyYear: {
    en: 'Members in any year, goals in force, kinds of assistance the sources name, single-year appropriations and the years each initiative runs.',
    es: 'Miembros en cualquier año, objetivos vigentes, tipos de asistencia que nombran las fuentes, asignaciones de un solo año y los años de cada iniciativa.',
  },
  initiativeCol: { en: 'Initiative', es: 'Iniciativa' },
  compareFunding: { en: 'Single-year appropriations', es: 'Asignaciones de un solo año' },
  compareYears: { en: 'Years', es: 'Años' },
  compareScale: {
    en: 'one scale for every row: a full bar is {max}',
    es: 'una escala para todas las filas: una barra completa es {max}',
  },
  compareNoYearly: { en: 'None by year in the sources', es: 'Ninguna por año en las fuentes' },
  countryFundingNote: {
    en: 'The sources give this money for each initiative as a whole, across its region: none of it is split by country, so these are not {name}’s figures.',
    es: 'Las fuentes dan este dinero para cada iniciativa en su conjunto, en toda su región: nada se desglosa por país, así que no son cifras de {name}.',
  },
  timelineTitle: { en: 'Timeline: launches and changes', es: 'Cronología: lanzamientos y cambios' },
  timelineSummary_one: {
    en: '{n} dated event from {first} to {last} ({what}), from its source.',
    es: '{n} hecho fechado de {first} a {last} ({what}), de su fuente.',
  },
  timelineSummary_other: {
    en: '{n} dated events from {first} to {last} ({what}), each from its source.',
    es: '{n} hechos fechados de {first} a {last} ({what}), cada uno de su fuente.',
  },
  timelineAll: { en: 'all initiatives', es: 'todas las iniciativas' },
  timelineNone: { en: 'The sources give no dated events here.', es: 'Las fuentes no dan hechos fechados aquí.' },
  timelineShowAll: { en: 'Show every initiative’s events', es: 'Mostrar los hechos de todas las iniciativas' },
  date: { en: 'Date', es: 'Fecha' },
  event: { en: 'Event', es: 'Hecho' },
  partnersTitle: { en: 'Who works with whom', es: 'Quién trabaja con quién' },
  partnersSummary: {
    en: 'The sources name {n} agencies, countries and institutions working with the initiatives shown, among them {agencies} U.S. agencies that coordinate with INL.',
    es: 'Las fuentes nombran {n} agencias, países e instituciones que trabajan con las iniciativas mostradas, entre ellas {agencies} agencias de EE. UU. que se coordinan con la INL.',
  },
  'partnerKind_us-agency': { en: 'U.S. agencies', es: 'Agencias de EE. UU.' },
  'partnerKind_donor-country': { en: 'Donor countries', es: 'Países donantes' },
  partnerKind_institution: { en: 'Institutions', es: 'Instituciones' },
  partnerCol: { en: 'Partner', es: 'Socio' },
  partnerRole: { en: 'Role', es: 'Función' },
  // — resilience —
  expect_renderer: { en: 'auto, webgl or svg', es: 'auto, webgl o svg' },
  repeatedParam: {
    en: 'Ignored “{param}={value}” in the address: “{param}” was given more than once, and the first value is used.',
    es: 'Se ignoró «{param}={value}» en la dirección: «{param}» aparece más de una vez y se usa el primer valor.',
  },
  mapPartLabel: { en: 'The map', es: 'El mapa' },
  legendPartLabel: { en: 'The legend', es: 'La leyenda' },
  selectCountryOnMap: { en: 'Select {name}', es: 'Seleccionar {name}' },
  // — evidence and disputed statuses (issue 21) —
  showQuote: { en: 'Show the quoted passage', es: 'Mostrar el pasaje citado' },
  quotedPassage: { en: 'Quoted passage', es: 'Pasaje citado' },
  storedCopy: { en: 'Stored copy', es: 'Copia guardada' },
  storedExcerpt: { en: 'stored excerpt, opens offline', es: 'extracto guardado, se abre sin conexión' },
  disputedLegend: {
    en: 'Sources disagree on the status (marked ?)',
    es: 'Las fuentes discrepan sobre la condición (marcado ?)',
  },
  disputed: { en: 'Sources disagree', es: 'Las fuentes discrepan' },
  disputedStatus: {
    en: 'The sources disagree on this status. Each side, with its sources:',
    es: 'Las fuentes discrepan sobre esta condición. Cada postura, con sus fuentes:',
  },
  participation_signatory: { en: 'signatory', es: 'firmante' },
  'participation_funded-partner': { en: 'funded partner', es: 'socio financiado' },
  'participation_programme-funds': { en: 'recipient of programme funds', es: 'receptor de fondos del programa' },
  participation_observer: { en: 'observer', es: 'observador' },
  ...DATA_OUT_STRINGS,
  insetLabel: { en: 'Eastern Caribbean, enlarged', es: 'Caribe oriental, ampliado' },
} satisfies Record<string, Text>;

export type StringKey = keyof typeof STRINGS;

/** `{first}` and `{last}` in a string (or slide text) are the period the data covers: the code never names it. */
export function withPeriod(text: string): string {
  return text.replaceAll('{first}', String(FIRST_YEAR)).replaceAll('{last}', String(LAST_YEAR));
}

export function t(lang: Lang, key: StringKey): string {
  return withPeriod(STRINGS[key][lang]);
}

/** A string with {placeholders} filled in; values are inserted as text, never markup. */
export function tf(lang: Lang, key: StringKey, values: Record<string, string | number>): string {
  return t(lang, key).replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

const PLURAL_RULES: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules('en-US'),
  es: new Intl.PluralRules('es-419'),
};

/**
 * The grammatical number `n` takes in the language, by the CLDR rules (Intl.PluralRules). English and Spanish words
 * have two forms; Spanish's "many" (a million and up: "1 millón de socios") reads as the plural.
 */
export function pluralOf(lang: Lang, n: number): 'one' | 'other' {
  return PLURAL_RULES[lang].select(n) === 'one' ? 'one' : 'other';
}

/** The keys with a `_one` and an `_other` form. */
type PluralKey = {
  [K in StringKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends StringKey ? Base : never) : never;
}[StringKey];

/** A counted string in the form its number takes: "1 result", "2 results", "1 resultado". */
export function tn(lang: Lang, key: PluralKey, n: number, values: Record<string, string | number> = {}): string {
  return tf(lang, `${key}_${pluralOf(lang, n)}` as StringKey, { n: formatNumber(lang, n), ...values });
}

const COUNT_WORDS: Record<Lang, Record<Status, Record<'one' | 'other', string>>> = {
  en: {
    partner: { one: 'partner', other: 'partners' },
    observer: { one: 'observer', other: 'observers' },
    former: { one: 'former partner', other: 'former partners' },
  },
  es: {
    partner: { one: 'socio', other: 'socios' },
    observer: { one: 'observador', other: 'observadores' },
    former: { one: 'antiguo socio', other: 'antiguos socios' },
  },
};

/** "13 partners", "1 observer", "3 antiguos socios". */
export function countLabel(lang: Lang, status: Status, n: number): string {
  return `${formatNumber(lang, n)} ${COUNT_WORDS[lang][status][pluralOf(lang, n)]}`;
}

export function participationLabel(lang: Lang, participation: Participation): string {
  return t(lang, `participation_${participation}`);
}

export function statusLabel(lang: Lang, status: Status): string {
  return t(lang, `status_${status}`);
}

/** Every key, for the test that checks no translation is missing. */
export const ALL_STRINGS: Readonly<Record<string, Text>> = STRINGS;

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-419' };

/**
 * A number format for a language and a number of decimals, made once: constructing an Intl.NumberFormat costs far
 * more than formatting with it (the first costs ~25 ms on a slow machine, in the render that follows the first view).
 */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();
export function numberFormat(lang: Lang, maximumFractionDigits = 3): Intl.NumberFormat {
  const key = `${lang} ${maximumFractionDigits}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) NUMBER_FORMATS.set(key, (format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits })));
  return format;
}

/** "$1.6 billion" / "1.600 millones de US$" style amounts, as people read them aloud. */
export function formatUsd(lang: Lang, amount: number): string {
  if (amount >= 1e9) {
    const n = numberFormat(lang, 2).format(amount / 1e9);
    return lang === 'en' ? `$${n} billion` : `US$${n} mil millones`;
  }
  if (amount >= 1e6) {
    const n = numberFormat(lang, 3).format(amount / 1e6);
    return lang === 'en' ? `$${n} million` : `US$${n} millones`;
  }
  const n = numberFormat(lang, 0).format(amount);
  return lang === 'en' ? `$${n}` : `US$${n}`;
}

export function formatNumber(lang: Lang, value: number): string {
  // Whole numbers under a thousand read the same in both languages: no Intl needed (its first use costs ~25 ms, in the
  // render that follows the first view, where the overview counts its partners).
  if (Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  return numberFormat(lang).format(value);
}
