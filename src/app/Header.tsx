// Title and the view controls: year, language, theme.
import { useContext } from 'react';
import { HelpDialog } from '../a11y/HelpDialog.tsx';
import { SearchSlotContext } from '../a11y/SearchSlot.tsx';
import { ViewToggle } from '../a11y/ViewToggle.tsx';
import { LANGS, type Lang } from '../data/types.ts';
import { ShareButton } from '../embed/ShareDialog.tsx';
import { t } from '../i18n/strings.ts';
import { PresentButton } from '../present/PresentButton.tsx';
import { useAtlas } from '../state/store.ts';
import { THEMES, type Theme } from '../state/urlState.ts';
import { YearControl } from './YearControl.tsx';
import '../styles/phoneHeader.css';

const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español' };

export function Header() {
  const lang = useAtlas((s) => s.lang);
  const theme = useAtlas((s) => s.theme);
  const setView = useAtlas((s) => s.setView);
  const { attach: attachSearchSlot } = useContext(SearchSlotContext);
  return (
    <header className="app-header">
      <div className="titles">
        <h1>{t(lang, 'appTitle')}</h1>
        <p className="subtitle">{t(lang, 'appSubtitle')}</p>
      </div>
      <div ref={attachSearchSlot} className="search-slot">
        {/* Holds the search's place until the loaded atlas renders it here (SearchInHeader): the header, and so the
            map below it, keeps its size when it arrives. */}
        <div className="search search-placeholder" aria-hidden="true">
          <label>{t(lang, 'searchLabel')}</label>
          <input type="text" disabled tabIndex={-1} placeholder={t(lang, 'searchPlaceholder')} />
        </div>
      </div>
      <div className="controls">
        <PresentButton />
        <ViewToggle />
        <YearControl />
        <label>
          <span>{t(lang, 'language')}</span>
          <select value={lang} onChange={(e) => setView({ lang: e.target.value as Lang })}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t(lang, 'theme')}</span>
          <select value={theme} onChange={(e) => setView({ theme: e.target.value as Theme })}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(lang, `theme_${th}`)}
              </option>
            ))}
          </select>
        </label>
        <ShareButton />
        <HelpDialog />
      </div>
    </header>
  );
}
