// Polite status messages: ignored URL values and other things a reader should
// know. Always plain text; a message never carries markup from its input.
import { t } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';

export function StatusMessages() {
  const messages = useAtlas((s) => s.messages);
  const dismiss = useAtlas((s) => s.dismiss);
  const lang = useAtlas((s) => s.lang);
  return (
    <div className="status-messages" role="status" aria-live="polite">
      {messages.map((m) => (
        <p key={m.id} className={`status-message tone-${m.tone}`}>
          <span>{m.text}</span>
          <button type="button" onClick={() => dismiss(m.id)} aria-label={t(lang, 'dismiss')}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
