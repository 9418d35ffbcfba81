// The Help button and dialog listing the keyboard shortcuts, and the two global
// shortcuts themselves: "?" opens this help, "/" goes to the search box.
import { useEffect, useRef } from 'react';
import type { Lang } from '../data/types.ts';
import { t, type StringKey } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';
import { SEARCH_INPUT_ID } from './CountrySearch.tsx';
import '../styles/a11y.css';

/**
 * Keys shown in the dialog: literal key caps, or a string key for words that translate. `chord`: pressed together
 * (Shift + arrows); `either`: any one of them (+ or −).
 */
type Shortcut = { keys: (string | StringKey)[]; join?: 'chord' | 'either'; what: StringKey };

const MAP_SHORTCUTS: Shortcut[] = [
  { keys: ['?'], what: 'help_question' },
  { keys: ['/'], what: 'help_slash' },
  { keys: ['Tab'], what: 'help_tab' },
  { keys: ['key_arrows'], what: 'help_arrows' },
  { keys: ['key_enter'], what: 'help_enter' },
  { keys: ['key_shift', 'key_arrows'], join: 'chord', what: 'help_shiftArrows' },
  { keys: ['+', '−'], join: 'either', what: 'help_zoom' },
  { keys: ['Esc'], what: 'help_escape' },
];

/** The presentation's keys (src/present/keys.ts), as a briefer or a clicker presses them. */
const PRESENT_SHORTCUTS: Shortcut[] = [
  { keys: ['key_pageDown', '→', 'key_space'], join: 'either', what: 'help_nextSlide' },
  { keys: ['key_pageUp', '←', 'key_backspace'], join: 'either', what: 'help_prevSlide' },
  { keys: ['key_home', 'key_end'], join: 'either', what: 'help_firstLastSlide' },
  { keys: ['1–9', '0'], join: 'either', what: 'help_slideNumber' },
  { keys: ['F'], what: 'help_fullScreen' },
  { keys: ['Esc'], what: 'help_leavePresentation' },
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
      <button
        ref={opener}
        type="button"
        className="help-button"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        <span aria-hidden="true">?</span> <span className="help-word">{t(lang, 'help')}</span>
      </button>
      {/* A native modal dialog: it traps focus while open, closes on Escape and returns focus to the opener. */}
      <dialog ref={dialog} className="help-dialog" aria-labelledby="help-title">
        <h2 id="help-title">{t(lang, 'helpTitle')}</h2>
        <ShortcutList shortcuts={MAP_SHORTCUTS} keyLabel={keyLabel} lang={lang} />
        <h3>{t(lang, 'helpPresentTitle')}</h3>
        <ShortcutList shortcuts={PRESENT_SHORTCUTS} keyLabel={keyLabel} lang={lang} />
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

function ShortcutList({
  shortcuts,
  keyLabel,
  lang,
}: {
  shortcuts: Shortcut[];
  keyLabel: (k: string) => string;
  lang: Lang;
}) {
  const between = { chord: ' + ', either: ` ${t(lang, 'keyOr')} ` };
  return (
    <dl className="shortcuts">
      {shortcuts.map(({ keys, join = 'chord', what }) => (
        <div key={what}>
          <dt>
            {keys.map((k, i) => (
              <span key={k}>
                {i > 0 && between[join]}
                <kbd>{keyLabel(k)}</kbd>
              </span>
            ))}
          </dt>
          <dd>{t(lang, what)}</dd>
        </div>
      ))}
    </dl>
  );
}
