// Layout for the funding panel: measures its box, builds the scales, places the
// bars, and wraps them with the title, summary, table, other figures and the
// places where the sources disagree.
import '../../styles/charts.css';
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { useMemo, useState } from 'react';
import { useAtlasData } from '../../state/atlasContext.ts';
import type { Account, InitiativeId, Lang } from '../../data/types.ts';
import { formatUsd, t as tr, tf } from '../../i18n/strings.ts';
import { sourceDate } from '../sourceLine.ts';
import { useAtlas } from '../../state/store.ts';
import { ChartFrame } from '../chart/ChartFrame.tsx';
import { ChartTip, type TipAt } from '../chart/ChartTip.tsx';
import { shortUsd } from '../chart/money.ts';
import { labelStep, textWidth } from '../chart/ticks.ts';
import { useMeasure } from '../chart/useMeasure.ts';
import { Cite, citationText } from '../Citations.tsx';
import { amountText, fySpan } from '../format.ts';
import { DiscrepancyList, useT } from '../sections.tsx';
import { ACCOUNT_COLORS } from './accountColors.ts';
import { barSums, deriveFunding, type FundingView } from './derive.ts';
import { FundingBars, type PlacedBar, type PlacedGap } from './FundingBars.tsx';

/** Chart height and the room kept for the totals above and the years below, CSS pixels at the 12 px base size. */
const HEIGHT = 230;
const TOP = 22;
const BOTTOM = 24;
/** Widest a bar gets on a projector, CSS pixels. */
const MAX_BAR = 64;
/** Least room between two labels side by side, CSS pixels at the base size. */
const LABEL_GAP = 6;

/** The account's colour: see accountColors.ts. */
export function accountColor(account: Account): string {
  return ACCOUNT_COLORS[account];
}

export function FundingChart({
  initiative,
  regional = false,
  panel = true,
}: {
  initiative: InitiativeId;
  /** Shown for a country: say these are the initiative's regional totals. */
  regional?: boolean;
  /** Carries the section id `section-funding` (one per panel). */
  panel?: boolean;
}) {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  const year = useAtlas((s) => s.year);
  const view = useMemo(() => deriveFunding(index.data, initiative), [index, initiative]);
  const [ref, width, box] = useMeasure<HTMLDivElement>();
  const [active, setActive] = useState<string | null>(null);
  const name = index.initiatives.get(initiative)!.shortName[lang];

  const { placed, gaps, ticks, height, baseline, plotLeft } = useMemo(() => {
    const { k, fontPx, fontFamily } = box;
    // The spacing grows with the type (18 px on a projector), the bars' own height does not: the chart stays short
    // enough to sit above a presentation's caption bar.
    const top = TOP * k;
    const bottom = BOTTOM * k;
    const height = HEIGHT - TOP - BOTTOM + top + bottom;
    const font = `${fontPx}px ${fontFamily}`;
    const ticksAt = scaleLinear()
      .domain([0, max(view.bars, (b) => b.total) ?? 1])
      .nice(4);
    const tickValues = ticksAt.ticks(4).slice(1);
    // Room on the left for the widest axis label.
    const left = Math.ceil(Math.max(0, ...tickValues.map((v) => textWidth(shortUsd(lang, v), font, fontPx))) + 6 * k);
    // Every year from the first bar to the last figure keeps its place: a year no single-year figure covers is a gap.
    const years = [...view.bars.map((b) => b.fy), ...view.gaps].sort((a, b) => a - b);
    const x = scaleBand<number>().domain(years).range([left, width]).paddingInner(0.3).paddingOuter(0.15);
    const y = ticksAt.range([height - bottom, top]);
    const bandWidth = Math.min(x.bandwidth(), MAX_BAR * k);
    const labels = years.map((fy) => tf(lang, 'fySingle', { a: fy }));
    const labelWidths = labels.map((l) => textWidth(l, font, fontPx));
    const totals = view.bars.map((bar) => shortUsd(lang, bar.total));
    const totalWidths = totals.map((l) => textWidth(l, `700 ${font}`, fontPx));
    const at = (fy: number) => years.indexOf(fy);
    // Each label centred on its bar, moved in where it would leave the chart.
    const inside = (fy: number, w: number) =>
      Math.min(Math.max(x(fy)! + x.bandwidth() / 2, left + w / 2), width - w / 2);
    const labelXs = years.map((fy, i) => inside(fy, labelWidths[i]!));
    const totalXs = view.bars.map((bar, i) => inside(bar.fy, totalWidths[i]!));
    // Year labels that would run together are thinned, from their measured widths, to every n-th bar. A total sits
    // over its bar, where a neighbour's taller bar would cover it if it were wider than the bar's own band: it is
    // shown only where it fits (the axis, the tooltips and the table give every figure).
    const yearStep = labelStep(labelXs, labelWidths, LABEL_GAP * k);
    const fits = (w: number) => w + LABEL_GAP * k <= x.step();
    const yearLabel = (fy: number) => (at(fy) % yearStep === 0 ? labels[at(fy)]! : '');
    const placed: PlacedBar[] = view.bars.map((bar, i) => ({
      bar,
      x: x(bar.fy)! + (x.bandwidth() - bandWidth) / 2,
      width: bandWidth,
      label: yearLabel(bar.fy),
      labelX: labelXs[at(bar.fy)]!,
      totalText: fits(totalWidths[i]!) ? totals[i]! : '',
      totalX: totalXs[i]!,
      segments: bar.segments.map((segment) => ({
        segment,
        y: y(segment.y1),
        height: y(segment.y0) - y(segment.y1),
        color: accountColor(segment.account),
        label: segmentLabel(lang, segment.record, index.sources.get(segment.record.sourceIds[0]!)),
      })),
    }));
    const gaps: PlacedGap[] = view.gaps.map((fy) => ({
      fy,
      x: x(fy)! + (x.bandwidth() - bandWidth) / 2,
      width: bandWidth,
      label: yearLabel(fy),
      labelX: labelXs[at(fy)]!,
    }));
    const ticks = tickValues.map((v) => ({ y: y(v), text: shortUsd(lang, v) }));
    return { placed, gaps, ticks, height, baseline: height - bottom, plotLeft: left };
  }, [view, width, box, lang, index]);

  const tip = tipFor(placed, active);

  const summaryId = `funding-summary-${initiative}`;
  return (
    <ChartFrame
      panel={panel ? 'funding' : undefined}
      title={regional ? tf(lang, 'fundingTitleRegional', { name }) : tf(lang, 'fundingTitle', { name })}
      summary={<span id={summaryId}>{summaryOf(lang, name, view)}</span>}
      table={view.bars.length > 0 && <FundingTable view={view} />}
      after={<OtherFigures view={view} />}
    >
      {view.bars.length > 0 && (
        <div ref={ref} className="chart-box" data-year={year ?? ''}>
          <FundingBars
            width={width}
            height={height}
            plotLeft={plotLeft}
            bars={placed}
            gaps={gaps}
            ticks={ticks}
            baseline={baseline}
            onTip={setActive}
            describedBy={summaryId}
            selectedFy={year}
          />
          <ChartTip tip={tip} width={width} />
          <ul className="chart-legend" aria-label={t('accounts')}>
            {view.accounts.map((a) => (
              <li key={a}>
                <span className="swatch" style={{ background: accountColor(a) }} aria-hidden="true" />
                <AccountName text={tr(lang, `account_${a}`)} />
              </li>
            ))}
            {view.gaps.length > 0 && (
              <li className="gap-key">
                <span className="swatch swatch-gap" aria-hidden="true" />
                {t('fundingGapKey')}
              </li>
            )}
          </ul>
        </div>
      )}
      {view.bars.length === 0 && <div ref={ref} />}
    </ChartFrame>
  );
}

/** "ESF: Economic Support Fund": the code, then the name (which a presentation keeps for screen readers only). */
function AccountName({ text }: { text: string }) {
  const at = text.indexOf(': ');
  if (at < 0) return <>{text}</>;
  return (
    <span>
      <strong>{text.slice(0, at)}</strong>
      <span className="account-name">{text.slice(at)}</span>
    </span>
  );
}

/** The tooltip for the hovered or focused segment, at its top right corner. */
function tipFor(placed: PlacedBar[], active: string | null): TipAt | null {
  for (const b of placed)
    for (const s of b.segments)
      if (s.segment.record.id === active) return { x: b.x + b.width, y: s.y, content: s.label };
  return null;
}

function segmentLabel(
  lang: Lang,
  f: FundingView['bars'][number]['segments'][number]['record'],
  source: Parameters<typeof citationText>[0] | undefined,
): string {
  const account = f.account === 'total' ? tr(lang, 'account_total') : f.account;
  return [
    fySpan(lang, f),
    account,
    amountText(lang, f),
    f.recipient[lang],
    source ? `${tr(lang, 'source')}: ${citationText(source)}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function summaryOf(lang: Lang, name: string, view: FundingView): string {
  const regional = tr(lang, 'regionalMoney');
  if (view.bars.length === 0) return `${tf(lang, 'fundingSummaryNone', { name })} ${regional}`;
  const lo = view.bars.reduce((a, b) => (b.total < a.total ? b : a));
  const hi = view.bars.reduce((a, b) => (b.total > a.total ? b : a));
  const first = view.bars[0]!.fy;
  const last = view.bars.at(-1)!.fy;
  const span = first === last ? tf(lang, 'fySingle', { a: first }) : tf(lang, 'fyRange', { a: first, b: last });
  const range =
    lo === hi
      ? formatUsd(lang, hi.total)
      : tf(lang, 'fundingRange', {
          lo: formatUsd(lang, lo.total),
          loFy: lo.fy,
          hi: formatUsd(lang, hi.total),
          hiFy: hi.fy,
        });
  const gaps = view.gaps.length > 0 ? ` ${tf(lang, 'fundingGaps', { years: yearRuns(lang, view.gaps) })}` : '';
  return `${tf(lang, 'fundingSummary', { name, span, range })}${gaps} ${regional}`;
}

/** Fiscal years as runs: "FY2011–FY2018, FY2022". */
function yearRuns(lang: Lang, years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const fy of years) {
    const last = runs.at(-1);
    if (last && last[1] === fy - 1) last[1] = fy;
    else runs.push([fy, fy]);
  }
  return runs.map(([a, b]) => (a === b ? tf(lang, 'fySingle', { a }) : tf(lang, 'fyRange', { a, b }))).join(', ');
}

function FundingTable({ view }: { view: FundingView }) {
  const { lang, t } = useT();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('fiscalYearLong')}</th>
          <th scope="col">{t('account')}</th>
          <th scope="col">{t('recipient')}</th>
          <th scope="col" className="num">
            {t('amount')}
          </th>
        </tr>
      </thead>
      {view.bars.map((bar) => (
        <tbody key={bar.fy}>
          {bar.segments.map((s) => (
            <tr key={s.record.id}>
              <th scope="row">{tf(lang, 'fySingle', { a: bar.fy })}</th>
              <td>{s.account === 'total' ? t('account_total') : s.account}</td>
              <td>{s.record.recipient[lang]}</td>
              <td className="num">
                {amountText(lang, s.record)}
                <Cite record={s.record} />
              </td>
            </tr>
          ))}
          <tr className="total-row" data-fy={bar.fy}>
            <th scope="row">{tf(lang, 'fySingle', { a: bar.fy })}</th>
            <td colSpan={2}>{t('total')}</td>
            <td className="num">{formatUsd(lang, bar.total)}</td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}

function OtherFigures({ view }: { view: FundingView }) {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  const sums = new Map(barSums(view).map((sum) => [`${sum.fyFirst}-${sum.fyLast}`, sum]));
  const sourcesOf = (ids: readonly string[]) =>
    [...new Set(ids)]
      .map((id) => index.sources.get(id))
      .filter(Boolean)
      .map((s) => `${s!.publisher}, ${sourceDate(s!.date, lang)}`)
      .join('; ');
  const shownSums = new Set<string>();
  return (
    <>
      {view.others.length > 0 && (
        <div className="other-figures">
          <h4>{t('otherFigures')}</h4>
          <p className="muted">{t('otherFiguresNote')}</p>
          <ul>
            {view.others.flatMap((f) => {
              const span = `${f.fyFirst}-${f.fyLast}`;
              const sum = shownSums.has(span) ? undefined : sums.get(span);
              shownSums.add(span);
              return [
                // First in its span: what the bars above add up to over the same years, with the bars' sources.
                sum && (
                  <li key={`sum-${span}`} data-bar-sum={span} data-total={sum.total}>
                    <strong>{formatUsd(lang, sum.total)}</strong> · {fySpan(lang, sum)} · {t('barSum')}
                    <span className="muted"> ({sourcesOf(sum.records.flatMap((r) => r.sourceIds))})</span>
                  </li>
                ),
                <li key={f.id} data-record={f.id}>
                  <strong>{amountText(lang, f)}</strong> · {fySpan(lang, f)} · {tr(lang, `kind_${f.kind}`)} ·{' '}
                  {f.recipient[lang]}
                  <span className="muted"> ({sourcesOf(f.sourceIds)})</span>
                  <Cite record={f} />
                </li>,
              ];
            })}
          </ul>
        </div>
      )}
      {view.discrepancies.length > 0 && (
        <div className="funding-discrepancies">
          <h4>{t('howSourcesDiffer')}</h4>
          <DiscrepancyList items={view.discrepancies} heading="h5" />
        </div>
      )}
    </>
  );
}
