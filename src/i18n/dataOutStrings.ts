// The words of "Download data", "Cite this view" and the country handout (issue 27), in every language. Kept apart
// from strings.ts so that file stays the chrome's; strings.ts spreads them in, so t() and the translation test see them.
import type { Text } from '../data/types.ts';

export const DATA_OUT_STRINGS = {
  // — download —
  downloadData: { en: 'Download data', es: 'Descargar datos' },
  downloadTitle: { en: 'Download the data of this view', es: 'Descargar los datos de esta vista' },
  downloadWhat: {
    en: 'What you are looking at: {view}. {rows} rows.',
    es: 'Lo que está viendo: {view}. {rows} filas.',
  },
  downloadCsv: { en: 'Data (CSV)', es: 'Datos (CSV)' },
  downloadSourcesCsv: { en: 'Sources (CSV)', es: 'Fuentes (CSV)' },
  downloadJson: { en: 'Data and sources (JSON)', es: 'Datos y fuentes (JSON)' },
  downloadHint: {
    en: 'Each row lists the ids of its sources and the passages quoted from them; the sources file gives each source’s title, publisher, date, address and a link to the atlas’s stored copy.',
    es: 'Cada fila indica los identificadores de sus fuentes y los pasajes citados de ellas; el archivo de fuentes da el título, el editor, la fecha, la dirección de cada fuente y un enlace a la copia guardada en el atlas.',
  },
  downloadDone: { en: 'Saved {file}', es: 'Se guardó {file}' },
  dataPending: { en: 'The sources are still loading.', es: 'Las fuentes aún se están cargando.' },
  // — cite —
  citeButton: { en: 'Cite', es: 'Citar' },
  citeTitle: { en: 'Cite this view', es: 'Citar esta vista' },
  citeIntro: {
    en: 'Data version {version}, accessed {date}. The address opens this same view.',
    es: 'Versión de los datos {version}, consultada el {date}. La dirección abre esta misma vista.',
  },
  citeKind: { en: 'Interactive map and data set', es: 'Mapa interactivo y conjunto de datos' },
  citeVersion: { en: 'Version {version}', es: 'Versión {version}' },
  citeVersionLower: { en: 'version {version}', es: 'versión {version}' },
  citeRetrieved: { en: 'Retrieved {date}, from {url}', es: 'Recuperado el {date}, de {url}' },
  citeAccessed: { en: 'Accessed {date}.', es: 'Consultado el {date}.' },
  citeQuoted: { en: '“{view}.”', es: '«{view}».' },
  citeNoDate: { en: 'n.d.', es: 's.f.' },
  citeComparison: { en: 'Comparison of the initiatives', es: 'Comparación de las iniciativas' },
  citeTable: { en: 'Table of every country', es: 'Tabla de todos los países' },
  citeOverview: { en: 'Overview of every country', es: 'Panorama de todos los países' },
  // — handout —
  handoutButton: { en: 'Print handout', es: 'Imprimir ficha' },
  handoutHint: {
    en: 'One page on {name}: for paper, or saved as PDF',
    es: 'Una página sobre {name}: para papel o guardada como PDF',
  },
  handoutNeedsCountry: {
    en: 'Select a country for its one-page handout.',
    es: 'Seleccione un país para su ficha de una página.',
  },
  handoutStatusTitle: { en: 'Status by year', es: 'Situación por año' },
  handoutLocator: { en: 'Where {name} is', es: 'Ubicación de {name}' },
  handoutFunding: { en: 'Funding', es: 'Fondos' },
  handoutSources: { en: 'Sources', es: 'Fuentes' },
  handoutFooter: {
    en: '{atlas}, version {version}. Printed {date}. {url}',
    es: '{atlas}, versión {version}. Impreso el {date}. {url}',
  },
  handoutCodes: { en: 'P O F', es: 'S O A' },
  handoutKey: {
    en: 'P partner · O observer · F former partner · blank: not a member',
    es: 'S socio · O observador · A antiguo socio · en blanco: no es miembro',
  },
  handoutRegional: {
    en: 'Figures for the region in the atlas’s funding chart: {count} ({span}).',
    es: 'Cifras para la región en el gráfico de fondos del atlas: {count} ({span}).',
  },
  handoutSubtitle: { en: 'Country handout', es: 'Ficha de país' },
} satisfies Record<string, Text>;
