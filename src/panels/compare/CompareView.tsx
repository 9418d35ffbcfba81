// The comparison view: every initiative side by side for a briefing. Shown in
// the widened panel when `panel=compare`; each figure is cited.
import '../../styles/charts.css';
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { useAtlasData } from '../../app/atlasContext.ts';
import { LAST_YEAR, type Lang } from '../../data/types.ts';
import { formatUsd, tf } from '../../i18n/strings.ts';
import { INITIATIVE_COLORS, INITIATIVE_INK } from '../../map/palette.ts';
import { useAtlas } from '../../state/store.ts';
import { shortUsd } from '../chart/money.ts';
import { Cite, SourceList } from '../Citations.tsx';
import { useT } from '../sections.tsx';
import { deriveCompare, type CompareRow } from './derive.ts';
import { Sparkbars } from './Sparkbars.tsx';

/** Size of each row's small bar chart, CSS pixels. */
const SPARK_W = 120;
const SPARK_H = 34;

export function CompareView() {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  const year = useAtlas((s) => s.year);
  const setView = useAtlas((s) => s.setView);
  const selectInitiative = useAtlas((s) => s.selectInitiative);
  const rows = useMemo(() => deriveCompare(index.data, index.memberships, year), [index, year]);
  const sparks = useMemo(() => new Map(rows.map((r) => [r.initiative, sparkOf(r)])), [rows]);

  return (
    <article className="details compare" aria-labelledby="details-title">
      <button type="button" className="link-button compare-back" onClick={() => setView({ panel: 'details' })}>
        ← {t('compareBack')}
      </button>
      <h2 id="details-title" tabIndex={-1}>{t('compareTitle')}</h2>
      <p className="chart-summary">
        {tf(lang, 'compareSummary', { year: year ?? t('allYears') })} {t('regionalMoney')}
      </p>
      <div id="section-compare" className="compare-scroll">
        <table className="data-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t('initiativeCol')}</th>
              <th scope="col">{t('members')}</th>
              <th scope="col" className="num">{t('goals')}</th>
              <th scope="col" className="num">{t('assistance')}</th>
              <th scope="col">{t('compareFunding')}</th>
              <th scope="col">{t('compareYears')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const initiative = index.initiatives.get(r.initiative)!;
              const spark = sparks.get(r.initiative)!;
              return (
                <tr key={r.initiative} data-compare-row={r.initiative} style={{ borderLeft: `6px solid ${INITIATIVE_COLORS[r.initiative]}` }}>
                  <th scope="row">
                    <button type="button" className="link-button" style={{ color: INITIATIVE_INK[r.initiative] }} onClick={() => { selectInitiative(r.initiative); setView({ panel: 'details' }); }}>
                      {initiative.shortName[lang]}
                    </button>
                    <Cite record={initiative} />
                  </th>
                  <td data-members={r.partners}>
                    {tf(lang, 'comparePartners', { n: r.partners })}
                    {r.observers > 0 && <>, {tf(lang, 'compareObservers', { n: r.observers })}</>}
                    {r.former > 0 && <>, {tf(lang, 'compareFormer', { n: r.former })}</>}
                  </td>
                  <td className="num" data-goals={r.goals}>{r.goals}</td>
                  <td className="num" data-assistance={r.assistanceTypes.length}>{r.assistanceTypes.length}</td>
                  <td>
                    {r.bars.length > 0 ? (
                      <>
                        <Sparkbars bars={spark} width={SPARK_W} height={SPARK_H} color={INITIATIVE_COLORS[r.initiative]} label={sparkLabel(lang, r)} />
                        <span className="spark-caption">{sparkLabel(lang, r)}</span>
                      </>
                    ) : (
                      <span className="muted">{t('compareNoYearly')}</span>
                    )}
                  </td>
                  <td>{r.lastYear === null ? `${r.firstYear}–${LAST_YEAR}+` : `${r.firstYear}–${r.lastYear}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SourceList records={rows.flatMap((r) => r.records)} />
    </article>
  );
}

function sparkOf(row: CompareRow) {
  const x = scaleBand<number>().domain(row.bars.map((b) => b.fy)).range([0, SPARK_W]).padding(0.2);
  const y = scaleLinear().domain([0, max(row.bars, (b) => b.total) ?? 1]).range([SPARK_H, 2]);
  return row.bars.map((b) => ({ fy: b.fy, total: b.total, x: x(b.fy)!, w: x.bandwidth(), y: y(b.total), h: SPARK_H - y(b.total) }));
}

function sparkLabel(lang: Lang, r: CompareRow): string {
  return r.bars.map((b) => `${tf(lang, 'fySingle', { a: b.fy })} ${lang === 'en' ? shortUsd(lang, b.total) : formatUsd(lang, b.total)}`).join(', ');
}
