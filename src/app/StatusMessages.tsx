// Polite status messages: ignored URL values and other things a reader should
// know. Always plain text; a message never carries markup from its input.
//
// A notice (tone "info", such as "Image saved") leaves by itself once it has been read: its CSS animation
// (app.css, `status-read`) runs for a reading time that grows with its length and pauses while the pointer or focus is
// on it; the animation's end removes it. Warnings stay until their × is pressed.
import type { CSSProperties } from 'react';
import { t } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';

/** Time to read a notice, milliseconds: a floor, plus about 200 words a minute (6 characters a word). */
export function readingMs(text: string): number {
  return Math.max(4000, 1500 + text.length * 50);
}

export function StatusMessages() {
  const messages = useAtlas((s) => s.messages);
  const dismiss = useAtlas((s) => s.dismiss);
  const lang = useAtlas((s) => s.lang);
  return (
    <div className="status-messages" role="status" aria-live="polite">
      {messages.map((m) => {
        const leaves = m.tone === 'info';
        return (
          <p
            key={m.id}
            className={`status-message tone-${m.tone}`}
            data-leaves={leaves ? 'after-reading' : undefined}
            style={leaves ? ({ '--read-ms': `${readingMs(m.text)}ms` } as CSSProperties) : undefined}
            onAnimationEnd={leaves ? (e) => e.animationName === 'status-read' && dismiss(m.id) : undefined}
          >
            <span>{m.text}</span>
            <button type="button" onClick={() => dismiss(m.id)} aria-label={t(lang, 'dismiss')}>
              ×
            </button>
          </p>
        );
      })}
    </div>
  );
}
