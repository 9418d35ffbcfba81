// The Share button and its dialog: the link to the current view and the embed
// snippet for it, each with a Copy button. A native modal <dialog>: the rest of
// the page is inert while it is open (focus stays inside), Esc closes it, and
// focus goes back to the button that opened it.
import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/strings.ts';
import { urlStateOf, useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { shareTexts } from './share.ts';
import '../styles/embed.css';

type CopyState = 'idle' | 'copied' | 'manual';

export function CopyField({
  id,
  label,
  hint,
  value,
  rows,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  rows: number;
}) {
  const lang = useAtlas((s) => s.lang);
  const field = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  const copy = async () => {
    try {
      // Missing outside secure contexts, and refused in frames the host did not allow to write the clipboard.
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setState('manual');
    }
  };
  return (
    <div className="share-field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="share-hint">{hint}</p>}
      <textarea
        id={id}
        ref={field}
        readOnly
        rows={rows}
        value={value}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="share-actions">
        <button type="button" onClick={copy}>
          {t(lang, 'copy')}
        </button>
        <span role="status">
          {state === 'copied' ? t(lang, 'copied') : state === 'manual' ? t(lang, 'copyManually') : ''}
        </span>
      </div>
    </div>
  );
}

function ShareDialog({ onClose }: { onClose: () => void }) {
  const lang = useAtlas((s) => s.lang);
  const store = useAtlasStoreApi();
  const dialog = useRef<HTMLDialogElement>(null);
  // The view when the dialog opened: what the reader means to share.
  const [texts] = useState(() => shareTexts(urlStateOf(store.getState()), window.location.href));

  useEffect(() => {
    // No close() in a cleanup: React's development double effect would close the dialog it just opened.
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">{t(lang, 'shareTitle')}</h2>
      <CopyField id="share-link" label={t(lang, 'shareLinkLabel')} value={texts.link} rows={2} />
      <CopyField
        id="share-snippet"
        label={t(lang, 'shareEmbedLabel')}
        hint={t(lang, 'shareEmbedHint')}
        value={texts.snippet}
        rows={4}
      />
      <button type="button" className="share-close" onClick={() => dialog.current?.close()}>
        {t(lang, 'close')}
      </button>
    </dialog>
  );
}

export function ShareButton({ className = 'share-button' }: { className?: string }) {
  const lang = useAtlas((s) => s.lang);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" className={className} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t(lang, 'share')}
      </button>
      {open && <ShareDialog onClose={close} />}
    </>
  );
}
