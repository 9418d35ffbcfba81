// Map or Table: the two ways to read the atlas, as a pair of pressed/unpressed buttons.
import { t } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';
import { VIEWS } from '../state/urlState.ts';
import '../styles/a11y.css';

export function ViewToggle() {
  const lang = useAtlas((s) => s.lang);
  const view = useAtlas((s) => s.view);
  const setView = useAtlas((s) => s.setView);
  return (
    <div className="view-toggle" role="group" aria-label={t(lang, 'viewLabel')}>
      {VIEWS.map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => setView({ view: v })}>
          {t(lang, `view_${v}`)}
        </button>
      ))}
    </div>
  );
}
