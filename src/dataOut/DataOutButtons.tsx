// "Download data" and "Cite" in the footer: two buttons, each opening a modal
// <dialog> (like Share: the page is inert behind it, Esc closes it, focus goes
// back to the button). The Download dialog also prints the country handout.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import { CopyField } from '../embed/ShareDialog.tsx';
import { viewUrl } from '../embed/share.ts';
import { t, tf } from '../i18n/strings.ts';
import { urlStateOf, useAtlas, useAtlasStoreApi, type AtlasState } from '../state/store.ts';
import { citeView, isoDate, longDate } from './citation.ts';
import { downloadText } from '../ui/download.ts';
import { sourcesCsv, tableCsv, tableJson, tableSources } from './files.ts';
import { Handout } from './Handout.tsx';
import { viewTable, type DataView } from './table.ts';
import { DATA_DATE, DATA_VERSION } from './version.ts';
import { viewLabel } from './viewLabel.ts';

function dataViewOf(s: AtlasState): DataView {
  return { country: s.country, initiative: s.initiative, year: s.year, view: s.view, panel: s.panel, lang: s.lang };
}

/** Opens the dialog as a modal once it is in the page. */
function useModal() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    // No close() in a cleanup: React's development double effect would close the dialog it just opened.
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return dialog;
}

function DownloadDialog({ onClose, onHandout }: { onClose: () => void; onHandout: (iso: string) => void }) {
  const { index, complete } = useAtlasData();
  const store = useAtlasStoreApi();
  const dialog = useModal();
  // The view when the dialog opened: what the reader means to download.
  const [state] = useState(() => store.getState());
  const lang = state.lang;
  const view = dataViewOf(state);
  const table = viewTable(index, view);
  const label = viewLabel(index, lang, view);
  // Said inside the dialog: a status message over the page would sit on the header's buttons.
  const [saved, setSaved] = useState<string | null>(null);
  const save = (kind: 'csv' | 'sources' | 'json') => {
    const sources = tableSources(index, table);
    const url = viewUrl(urlStateOf(state), window.location.href);
    const about = { atlas: t(lang, 'appTitle'), version: DATA_VERSION, url, accessed: isoDate(new Date()), lang };
    const name = `hemisphere-atlas-${table.name}${kind === 'sources' ? '-sources' : ''}.${kind === 'json' ? 'json' : 'csv'}`;
    if (kind === 'csv') downloadText(tableCsv(table), name, 'text/csv');
    else if (kind === 'sources') downloadText(sourcesCsv(sources), name, 'text/csv');
    else downloadText(tableJson(table, sources, about), name, 'application/json');
    setSaved(name);
  };
  const country = state.country && index.countries.has(state.country) ? index.countries.get(state.country)! : null;
  return (
    <dialog ref={dialog} className="share-dialog data-out-dialog" aria-labelledby="download-title" onClose={onClose}>
      <h2 id="download-title">{t(lang, 'downloadTitle')}</h2>
      <p>{tf(lang, 'downloadWhat', { view: label, rows: table.rows.length })}</p>
      {!complete && <p role="status">{t(lang, 'dataPending')}</p>}
      <div className="data-out-actions">
        <button type="button" disabled={!complete} onClick={() => save('csv')}>
          {t(lang, 'downloadCsv')}
        </button>
        <button type="button" disabled={!complete} onClick={() => save('sources')}>
          {t(lang, 'downloadSourcesCsv')}
        </button>
        <button type="button" disabled={!complete} onClick={() => save('json')}>
          {t(lang, 'downloadJson')}
        </button>
      </div>
      <p className="data-out-saved" role="status">
        {saved ? tf(lang, 'downloadDone', { file: saved }) : ''}
      </p>
      <p className="share-hint">{t(lang, 'downloadHint')}</p>
      <div className="data-out-actions">
        {country ? (
          <button
            type="button"
            disabled={!complete}
            onClick={() => {
              onHandout(country.iso3);
              dialog.current?.close();
            }}
          >
            {t(lang, 'handoutButton')}
          </button>
        ) : null}
        <p className="share-hint">
          {country ? tf(lang, 'handoutHint', { name: country.name[lang] }) : t(lang, 'handoutNeedsCountry')}
        </p>
      </div>
      <button type="button" className="share-close" onClick={() => dialog.current?.close()}>
        {t(lang, 'close')}
      </button>
    </dialog>
  );
}

function CiteDialog({ onClose }: { onClose: () => void }) {
  const { index } = useAtlasData();
  const store = useAtlasStoreApi();
  const dialog = useModal();
  const [state] = useState(() => store.getState());
  const [accessed] = useState(() => new Date());
  const lang = state.lang;
  const url = viewUrl(urlStateOf(state), window.location.href);
  const cites = citeView({
    lang,
    view: viewLabel(index, lang, dataViewOf(state)),
    url,
    version: DATA_VERSION,
    dataDate: DATA_DATE,
    accessed,
  });
  return (
    <dialog ref={dialog} className="share-dialog data-out-dialog" aria-labelledby="cite-title" onClose={onClose}>
      <h2 id="cite-title">{t(lang, 'citeTitle')}</h2>
      <p className="share-hint">{tf(lang, 'citeIntro', { version: DATA_VERSION, date: longDate(lang, accessed) })}</p>
      <CopyField id="cite-apa" label="APA" value={cites.apa} rows={4} />
      <CopyField id="cite-chicago" label="Chicago" value={cites.chicago} rows={4} />
      <CopyField id="cite-bibtex" label="BibTeX" value={cites.bibtex} rows={11} />
      <button type="button" className="share-close" onClick={() => dialog.current?.close()}>
        {t(lang, 'close')}
      </button>
    </dialog>
  );
}

/** Prints the handout once it is laid out; clears it after the print dialog closes. */
function PrintHandout({ iso, onDone }: { iso: string; onDone: () => void }) {
  const store = useAtlasStoreApi();
  const lang = useAtlas((s) => s.lang);
  const [url] = useState(() => viewUrl(urlStateOf(store.getState()), window.location.href));
  const [ready, setReady] = useState(false);
  const onReady = useCallback(() => setReady(true), []);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.print = 'handout';
    window.addEventListener('afterprint', onDone);
    return () => {
      window.removeEventListener('afterprint', onDone);
      delete root.dataset.print;
    };
  }, [onDone]);
  useEffect(() => {
    if (ready) window.print();
  }, [ready]);
  return <Handout iso={iso} lang={lang} url={url} onReady={onReady} />;
}

export function DataOutButtons() {
  const lang = useAtlas((s) => s.lang);
  const [open, setOpen] = useState<'download' | 'cite' | null>(null);
  // A count as well as the country: printing the same country again mounts a fresh handout.
  const [handout, setHandout] = useState<{ iso: string; n: number } | null>(null);
  const downloadButton = useRef<HTMLButtonElement>(null);
  const citeButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    (open === 'cite' ? citeButton : downloadButton).current?.focus();
    setOpen(null);
  };
  const endHandout = useCallback(() => setHandout(null), []);
  return (
    <span className="data-out-live">
      <button
        ref={downloadButton}
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        onClick={() => setOpen('download')}
      >
        {t(lang, 'downloadData')}
      </button>
      <button
        ref={citeButton}
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        onClick={() => setOpen('cite')}
      >
        {t(lang, 'citeButton')}
      </button>
      {open === 'download' && (
        <DownloadDialog onClose={close} onHandout={(iso) => setHandout((h) => ({ iso, n: (h?.n ?? 0) + 1 }))} />
      )}
      {open === 'cite' && <CiteDialog onClose={close} />}
      {handout && <PrintHandout key={handout.n} iso={handout.iso} onDone={endHandout} />}
    </span>
  );
}
