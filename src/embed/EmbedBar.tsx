// The embed's only chrome: the atlas's name, Share, and a link that opens the
// full atlas at the same view in a new tab. A footer, so its content sits in a landmark.
import { t } from '../i18n/strings.ts';
import { urlStateOf, useAtlas } from '../state/store.ts';
import { ShareButton } from './ShareDialog.tsx';
import { viewUrl } from './share.ts';
import '../styles/embed.css';

export function EmbedBar() {
  const lang = useAtlas((s) => s.lang);
  // A string, so the bar re-renders only when the view's address changes.
  const fullAtlas = useAtlas((s) => viewUrl(urlStateOf(s), window.location.href));
  return (
    <footer className="embed-bar">
      <span className="embed-name">{t(lang, 'appTitle')}</span>
      <ShareButton className="embed-share" />
      <a className="embed-open" href={fullAtlas} target="_blank" rel="noopener">
        {t(lang, 'openFullAtlas')}
        <span className="visually-hidden"> {t(lang, 'opensNewTab')}</span>
        <span aria-hidden="true"> ↗</span>
      </a>
    </footer>
  );
}
