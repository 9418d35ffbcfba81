// Jump links to the sections of the details panel. Choosing one sets the
// `panel` field (so the URL can open the same view) and the panel scrolls to it.
import '../styles/panels.css';
import { t } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';
import type { PanelId } from '../state/urlState.ts';

const SECTIONS: PanelId[] = ['goals', 'assistance', 'funding', 'timeline', 'partners'];

export function SectionNav({ sections = SECTIONS }: { sections?: PanelId[] }) {
  const lang = useAtlas((s) => s.lang);
  const current = useAtlas((s) => s.panel);
  const setView = useAtlas((s) => s.setView);
  return (
    <nav className="section-nav" aria-label={t(lang, 'sectionsLabel')}>
      <ul>
        {sections.map((id) => (
          <li key={id}>
            <a
              href={`#section-${id}`}
              aria-current={current === id ? 'true' : undefined}
              onClick={(e) => {
                e.preventDefault();
                // Re-choosing the current section scrolls to it again.
                if (current === id) document.getElementById(`section-${id}`)?.scrollIntoView({ block: 'start' });
                setView({ panel: id });
              }}
            >
              {t(lang, `panel_${id}`)}
            </a>
          </li>
        ))}
        <li>
          <button type="button" className="compare-button" onClick={() => setView({ panel: 'compare' })}>
            {t(lang, 'compareOpen')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
