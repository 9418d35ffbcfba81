// What every chart carries around its SVG: a title, a one-sentence summary,
// the chart itself, and the same numbers as a table behind a "Show table" toggle.
import type { ReactNode } from 'react';
import type { PanelId } from '../../state/urlState.ts';
import { useT } from '../sections.tsx';
import '../../styles/charts.css';

export function ChartFrame({
  panel,
  title,
  summary,
  table,
  children,
  after,
}: {
  /** Gives the section its id `section-<panel>`, the target of the `panel` URL field; omit when the panel repeats. */
  panel?: PanelId;
  title: string;
  summary: ReactNode;
  /** The data-table alternative: the same facts, each with its citation. */
  table?: ReactNode;
  children?: ReactNode;
  /** Anything shown below the chart (notes, other figures). */
  after?: ReactNode;
}) {
  const { t } = useT();
  return (
    <section id={panel && `section-${panel}`} className="chart-panel" aria-label={title} data-panel={panel}>
      <h3 tabIndex={-1}>{title}</h3>
      <p className="chart-summary">{summary}</p>
      {children}
      {table && (
        <details className="chart-table">
          <summary>{t('showTable')}</summary>
          {table}
        </details>
      )}
      {after}
    </section>
  );
}
