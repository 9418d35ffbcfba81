// Language, theme and Share: in the header's row on wider screens; on a phone, behind one menu button that stays in
// the title row (always on screen, never in a row that scrolls sideways). The button opens and closes a disclosure;
// Escape or a press outside closes it.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';

export function ViewMenu({ children }: { children: ReactNode }) {
  const lang = useAtlas((s) => s.lang);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div ref={root} className="view-menu">
      <button
        ref={toggle}
        type="button"
        className="view-menu-toggle"
        aria-expanded={open}
        aria-controls="view-menu-items"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">☰</span> {t(lang, 'viewMenu')}
      </button>
      <div id="view-menu-items" className="view-menu-items" data-open={open || undefined}>
        {children}
      </div>
    </div>
  );
}
