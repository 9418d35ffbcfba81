// The Help button and dialog listing the keyboard shortcuts, and the two global
// shortcuts themselves: "?" opens this help, "/" goes to the search box.
import { useEffect, useRef } from 'react';
import { t, type StringKey } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';
import { SEARCH_INPUT_ID } from './CountrySearch.tsx';
import '../styles/a11y.css';

/** Keys shown in the dialog: literal key caps, or a string key for words that translate. */
const SHORTCUTS: [(string | StringKey)[], StringKey][] = [
  [['?'], 'help_question'],
  [['/'], 'help_slash'],
  [['Tab'], 'help_tab'],
  [['key_arrows'], 'help_arrows'],
  [['key_enter'], 'help_enter'],
  [['key_shift', 'key_arrows'], 'help_shiftArrows'],
  [['+', '−'], 'help_zoom'],
  [['Esc'], 'help_escape'],
];

/** Typing in a field must not trigger shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function HelpDialog() {
  const lang = useAtlas((s) => s.lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === '?') {
        e.preventDefault();
        if (!dialog.current?.open) dialog.current?.showModal();
      } else if (e.key === '/') {
        const input = document.getElementById(SEARCH_INPUT_ID);
        if (input) {
          e.preventDefault();
          input.focus();
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const keyLabel = (k: string) => (k.startsWith('key_') ? t(lang, k as StringKey) : k);
  return (
    <>
      <button ref={opener} type="button" className="help-button" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        <span aria-hidden="true">?</span> <span className="help-word">{t(lang, 'help')}</span>
      </button>
      {/* A native modal dialog: it traps focus while open, closes on Escape and returns focus to the opener. */}
      <dialog ref={dialog} className="help-dialog" aria-labelledby="help-title">
        <h2 id="help-title">{t(lang, 'helpTitle')}</h2>
        <dl className="shortcuts">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={what}>
              <dt>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' + '}
                    <kbd>{keyLabel(k)}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{t(lang, what)}</dd>
            </div>
          ))}
        </dl>
        <p>{t(lang, 'help_table')}</p>
        <form method="dialog">
          <button type="submit" className="help-close" autoFocus>
            {t(lang, 'close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
