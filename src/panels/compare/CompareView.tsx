// The comparison view: every initiative side by side for a briefing. Shown in
// the widened panel when `panel=compare`; each figure is cited.
import '../../styles/charts.css';
import { max } from 'd3-array';
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { useAtlasData } from '../../state/atlasContext.ts';
import { LAST_YEAR, type Lang } from '../../data/types.ts';
import { countLabel, formatUsd, tf } from '../../i18n/strings.ts';
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
  // One money scale for every row, so $37 million is drawn a thirty-fifth of $1.3 billion, not as tall.
  const { sparks, top } = useMemo(() => {
    const top =
      max(
        rows.flatMap((r) => r.bars),
        (b) => b.total,
      ) ?? 1;
    const y = scaleLinear().domain([0, top]).range([SPARK_H, 2]);
    return { sparks: new Map(rows.map((r) => [r.initiative, sparkOf(r, y)])), top };
  }, [rows]);

  return (
    <article className="details compare" aria-labelledby="details-title">
      <button type="button" className="link-button compare-back" onClick={() => setView({ panel: 'details' })}>
        ← {t('compareBack')}
      </button>
      <h2 id="details-title" tabIndex={-1}>
        {t('compareTitle')}
      </h2>
      <p className="chart-summary">
        {year === null ? t('compareSummaryAnyYear') : tf(lang, 'compareSummary', { year })} {t('regionalMoney')}
      </p>
      <div id="section-compare" className="compare-scroll">
        <table className="data-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t('initiativeCol')}</th>
              <th scope="col">{t('members')}</th>
              <th scope="col" className="num">
                {t('goals')}
              </th>
              <th scope="col" className="num">
                {t('assistance')}
              </th>
              <th scope="col">
                {t('compareFunding')}
                <span className="spark-caption" data-scale-max={top}>
                  {tf(lang, 'compareScale', { max: formatUsd(lang, top) })}
                </span>
              </th>
              <th scope="col">{t('compareYears')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const initiative = index.initiatives.get(r.initiative)!;
              const spark = sparks.get(r.initiative)!;
              return (
                <tr
                  key={r.initiative}
                  data-compare-row={r.initiative}
                  style={{ borderLeft: `6px solid ${INITIATIVE_COLORS[r.initiative]}` }}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      style={{ color: INITIATIVE_INK[r.initiative] }}
                      onClick={() => selectInitiative(r.initiative)}
                    >
                      {initiative.shortName[lang]}
                    </button>
                    <Cite record={initiative} />
                  </th>
                  <td data-members={r.partners}>
                    {[
                      countLabel(lang, 'partner', r.partners),
                      r.observers > 0 && countLabel(lang, 'observer', r.observers),
                      r.former > 0 && countLabel(lang, 'former', r.former),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </td>
                  <td className="num" data-goals={r.goals}>
                    {r.goals}
                  </td>
                  <td className="num" data-assistance={r.assistanceTypes.length}>
                    {r.assistanceTypes.length}
                  </td>
                  <td>
                    {r.bars.length > 0 ? (
                      <>
                        <Sparkbars
                          bars={spark}
                          width={SPARK_W}
                          height={SPARK_H}
                          color={INITIATIVE_COLORS[r.initiative]}
                          label={sparkLabel(lang, r)}
                        />
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

function sparkOf(row: CompareRow, y: ScaleLinear<number, number>) {
  const x = scaleBand<number>()
    .domain(row.bars.map((b) => b.fy))
    .range([0, SPARK_W])
    .padding(0.2);
  return row.bars.map((b) => ({
    fy: b.fy,
    total: b.total,
    x: x(b.fy)!,
    w: x.bandwidth(),
    y: y(b.total),
    h: SPARK_H - y(b.total),
  }));
}

function sparkLabel(lang: Lang, r: CompareRow): string {
  return r.bars
    .map(
      (b) =>
        `${tf(lang, 'fySingle', { a: b.fy })} ${lang === 'en' ? shortUsd(lang, b.total) : formatUsd(lang, b.total)}`,
    )
    .join(', ');
}
