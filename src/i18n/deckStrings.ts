// The deck editor's, presenter view's and PowerPoint's words (issue 26), kept beside the rest in STRINGS.
// Every message about a deck names it ("deck" / "presentación") and the problem.
import type { Text } from '../data/types.ts';

export const DECK_STRINGS = {
  deckButton: { en: 'Your deck', es: 'Tu presentación' },
  deckButtonHint: {
    en: 'Build your own briefing from views of the map',
    es: 'Arma tu propia presentación con vistas del mapa',
  },
  deckEditorTitle: { en: 'Your briefing deck', es: 'Tu presentación' },
  deckTitleLabel: { en: 'Deck title', es: 'Título de la presentación' },
  addSlide: { en: 'Add slide', es: 'Añadir diapositiva' },
  addSlideHint: {
    en: 'The current view (selection, year, panel and camera) becomes a slide',
    es: 'La vista actual (selección, año, panel y cámara) se convierte en una diapositiva',
  },
  presentDeck: { en: 'Present this deck', es: 'Presentar esta presentación' },
  presenterView: { en: 'Presenter view', es: 'Vista del presentador' },
  downloadPptx: { en: 'Download PowerPoint', es: 'Descargar PowerPoint' },
  printDeck: { en: 'Print with notes', es: 'Imprimir con notas' },
  copyDeckLink: { en: 'Copy link to this deck', es: 'Copiar enlace a esta presentación' },
  deckLinkLabel: { en: 'Link to this deck', es: 'Enlace a esta presentación' },
  saveDeckJson: { en: 'Save deck file (JSON)', es: 'Guardar archivo de la presentación (JSON)' },
  openDeckJson: { en: 'Open deck file (JSON)', es: 'Abrir archivo de presentación (JSON)' },
  startEmpty: { en: 'Start an empty deck', es: 'Empezar una presentación vacía' },
  startBuiltIn: { en: 'Start from the atlas’s slides', es: 'Empezar con las diapositivas del atlas' },
  undo: { en: 'Undo', es: 'Deshacer' },
  closeDeck: { en: 'Close the deck editor', es: 'Cerrar el editor de la presentación' },
  deckSlides: { en: 'Slides of your deck', es: 'Diapositivas de tu presentación' },
  slideTitle: { en: 'Title', es: 'Título' },
  slideCaption: { en: 'Caption', es: 'Texto al pie' },
  slideNotes: { en: 'Speaker notes', es: 'Notas del orador' },
  slideShow: { en: 'Show', es: 'Mostrar' },
  slideDuplicate: { en: 'Duplicate', es: 'Duplicar' },
  slideDelete: { en: 'Delete', es: 'Eliminar' },
  slideNumber: { en: 'Slide {n}', es: 'Diapositiva {n}' },
  moveSlideUp: { en: 'Move slide {n} up', es: 'Subir la diapositiva {n}' },
  moveSlideDown: { en: 'Move slide {n} down', es: 'Bajar la diapositiva {n}' },
  duplicateSlide: { en: 'Duplicate slide {n}', es: 'Duplicar la diapositiva {n}' },
  deleteSlide: { en: 'Delete slide {n}', es: 'Eliminar la diapositiva {n}' },
  showSlideView: { en: 'Show slide {n}’s view', es: 'Mostrar la vista de la diapositiva {n}' },
  deckEmpty: {
    en: 'No slides yet. Choose a view on the map, then press Add slide.',
    es: 'Aún no hay diapositivas. Elige una vista en el mapa y pulsa Añadir diapositiva.',
  },
  deckReorderHint: {
    en: 'Reorder by dragging a slide, or with Alt+↑ and Alt+↓ in its fields.',
    es: 'Reordena arrastrando una diapositiva, o con Alt+↑ y Alt+↓ en sus campos.',
  },
  slideAdded: { en: 'Slide {n} added to the deck.', es: 'Diapositiva {n} añadida a la presentación.' },
  slideDeleted: {
    en: 'Slide {n} deleted from the deck. Undo brings it back.',
    es: 'Diapositiva {n} eliminada de la presentación. Deshacer la recupera.',
  },
  slideMoved: {
    en: 'Slide moved to position {n} of the deck.',
    es: 'Diapositiva movida a la posición {n} de la presentación.',
  },
  deckReplaced: {
    en: 'Deck replaced ({n} slides). Undo brings back the one before.',
    es: 'Presentación reemplazada ({n} diapositivas). Deshacer recupera la anterior.',
  },
  deckLinkCopied: { en: 'Link to the deck copied.', es: 'Enlace a la presentación copiado.' },
  deckLinkReady: {
    en: 'Link to the deck made: copy it from the box.',
    es: 'Enlace a la presentación listo: cópialo del cuadro.',
  },
  deckFileSaved: { en: 'Deck saved as {file}.', es: 'Presentación guardada como {file}.' },
  deckNeedsSlides: {
    en: 'The deck has no slides yet: add one first.',
    es: 'La presentación aún no tiene diapositivas: añade una primero.',
  },
  deckPptxProgress: {
    en: 'Making the PowerPoint: slide {n} of {m}…',
    es: 'Preparando el PowerPoint: diapositiva {n} de {m}…',
  },
  deckPptxDone: { en: 'PowerPoint saved as {file}.', es: 'PowerPoint guardado como {file}.' },
  deckPptxFailed: {
    en: 'The deck’s PowerPoint could not be made ({error}).',
    es: 'No se pudo preparar el PowerPoint de la presentación ({error}).',
  },
  deckNeedsMap: {
    en: 'The deck’s images need the map: switch from the table to the map.',
    es: 'Las imágenes de la presentación necesitan el mapa: cambia de la tabla al mapa.',
  },
  presenterBlocked: {
    en: 'The browser blocked the presenter view’s window: allow pop-ups for this page.',
    es: 'El navegador bloqueó la ventana de la vista del presentador: permite ventanas emergentes en esta página.',
  },
  presenterNow: { en: 'Now', es: 'Ahora' },
  presenterNext: { en: 'Next', es: 'Siguiente' },
  presenterEnd: { en: 'End of the deck', es: 'Fin de la presentación' },
  presenterNoNotes: { en: 'No notes for this slide.', es: 'Esta diapositiva no tiene notas.' },
  presenterTimer: { en: 'Time', es: 'Tiempo' },
  presenterNotPresenting: {
    en: 'Not presenting. Start the deck to follow it here.',
    es: 'No se está presentando. Inicia la presentación para seguirla aquí.',
  },
  timerPause: { en: 'Pause timer', es: 'Pausar el tiempo' },
  timerResume: { en: 'Resume timer', es: 'Reanudar el tiempo' },
  timerReset: { en: 'Reset timer', es: 'Reiniciar el tiempo' },
  deckRefused: { en: 'Deck refused: {problem}.', es: 'Presentación (deck) rechazada: {problem}.' },
  deckSlideLeftOut: {
    en: 'Deck: slide {n} left out: {problem}.',
    es: 'Presentación (deck): se omitió la diapositiva {n}: {problem}.',
  },
  deckProblem_notJson: { en: 'it is not JSON', es: 'no es JSON' },
  deckProblem_tooLarge: {
    en: 'it is too large ({value}; at most 1 MB)',
    es: 'es demasiado grande ({value}; como máximo 1 MB)',
  },
  deckProblem_notObject: { en: 'it is not a deck (a JSON object)', es: 'no es una presentación (un objeto JSON)' },
  deckProblem_wrongType: {
    en: 'its type is {value}, not "hemisphere-atlas-deck"',
    es: 'su tipo es {value}, no "hemisphere-atlas-deck"',
  },
  deckProblem_wrongVersion: {
    en: 'its version is {value}; this atlas reads version 1',
    es: 'su versión es {value}; este atlas lee la versión 1',
  },
  deckProblem_noSlides: { en: '"slides" is not a list', es: '"slides" no es una lista' },
  deckProblem_tooManySlides: { en: 'it has more than {value} slides', es: 'tiene más de {value} diapositivas' },
  deckProblem_badLink: {
    en: 'the link is damaged (it cannot be decoded)',
    es: 'el enlace está dañado (no se puede decodificar)',
  },
  deckProblem_badField: { en: '"{field}" is not valid', es: '"{field}" no es válido' },
  deckProblem_html: {
    en: '"{field}" holds HTML, which a deck may not carry',
    es: '"{field}" contiene HTML, que una presentación no puede llevar',
  },
  deckProblem_tooLong: {
    en: '"{field}" is longer than {value} characters',
    es: '"{field}" tiene más de {value} caracteres',
  },
  deckProblem_unknownCountry: {
    en: 'the country "{value}" is not in the atlas',
    es: 'el país "{value}" no está en el atlas',
  },
  deckProblem_unknownInitiative: {
    en: 'the initiative "{value}" is not in the atlas',
    es: 'la iniciativa "{value}" no está en el atlas',
  },
  deckProblem_badYear: {
    en: 'the year {value} is outside the atlas’s years',
    es: 'el año {value} está fuera de los años del atlas',
  },
  deckProblem_badPanel: { en: 'the panel "{value}" does not exist', es: 'el panel "{value}" no existe' },
} satisfies Record<string, Text>;
