// Layout for the timeline: measures its box, wraps each event's words into a
// row, then builds the time scale over the rows' total height so dates and rows line up.
import '../../styles/charts.css';
import { scaleLinear } from 'd3-scale';
import { useMemo, useState } from 'react';
import { useAtlasData } from '../../state/atlasContext.ts';
import type { AtlasIndex } from '../../data/joins.ts';
import { FIRST_YEAR, LAST_YEAR, type InitiativeId, type Lang } from '../../data/types.ts';
import { tn } from '../../i18n/strings.ts';
import { INITIATIVE_COLORS, INITIATIVE_INK } from '../../map/palette.ts';
import { useAtlas } from '../../state/store.ts';
import { ChartFrame } from '../chart/ChartFrame.tsx';
import { ChartTip, type TipAt } from '../chart/ChartTip.tsx';
import { charWidth } from '../chart/ticks.ts';
import { useMeasure, type ChartBox } from '../chart/useMeasure.ts';
import { wrap } from '../chart/wrap.ts';
import { Cite, citationText } from '../Citations.tsx';
import { useT } from '../sections.tsx';
import { deriveTimeline, type TimelineItem } from './derive.ts';
import { TimelineSvg, type PlacedEvent } from './TimelineSvg.tsx';

/** Spacing at the 12 px base size, CSS pixels; the layout multiplies it by the chart's type scale (useMeasure). */
const AXIS_X = 44;
const TEXT_X = 74;
const LINE = 15;
const ROW_GAP = 10;
/** Least room per year on the axis before every other year is labelled. */
const YEAR_ROOM = 22;

export function TimelinePanel({ highlight }: { highlight: readonly InitiativeId[] }) {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  const year = useAtlas((s) => s.year);
  const [showAll, setShowAll] = useState(highlight.length === 0);
  const all = useMemo(() => deriveTimeline(index.data, highlight), [index, highlight]);
  const items = showAll ? all : all.filter((i) => i.highlighted);
  const [ref, width, box] = useMeasure<HTMLDivElement>();
  const [active, setActive] = useState<string | null>(null);
  const layout = useMemo(
    () => placeTimeline(items, width, box, lang, year, index),
    [items, width, box, lang, year, index],
  );
  const tip = tipFor(layout, items, active, index, lang);
  const names = highlight.map((id) => index.initiatives.get(id)!.shortName[lang]).join(', ');
  const first = items[0];
  const last = items.at(-1);
  const summary =
    first && last
      ? tn(lang, 'timelineSummary', items.length, {
          first: first.year,
          last: last.year,
          what: showAll || !names ? t('timelineAll') : names,
        })
      : t('timelineNone');

  return (
    <ChartFrame
      panel="timeline"
      title={t('timelineTitle')}
      summary={<span id="timeline-summary">{summary}</span>}
      table={<TimelineTable items={items} />}
    >
      {highlight.length > 0 && (
        <button type="button" className="chart-toggle" aria-pressed={showAll} onClick={() => setShowAll(!showAll)}>
          {t('timelineShowAll')}
        </button>
      )}
      <div ref={ref} className="chart-box">
        <TimelineSvg
          width={width}
          height={layout.height}
          axisX={layout.axisX}
          textX={layout.textX}
          ticks={layout.ticks}
          yearBand={layout.yearBand}
          events={layout.events}
          onTip={setActive}
          describedBy="timeline-summary"
        />
        <ChartTip tip={tip} width={width} />
      </div>
    </ChartFrame>
  );
}

function placeTimeline(
  items: TimelineItem[],
  width: number,
  { k, fontPx, fontFamily }: ChartBox,
  lang: Lang,
  year: number | null,
  index: AtlasIndex,
) {
  const axisX = AXIS_X * k;
  const textX = TEXT_X * k;
  // Event text is 1.04em (charts.css); lines wrap at the characters that fit, measured in that font.
  const maxChars = Math.max(8, Math.floor((width - textX - 4) / charWidth(`${fontPx * 1.04}px ${fontFamily}`, fontPx)));
  let y = 4;
  const rows = items.map((item) => {
    const dateText = `${item.event.date} · ${index.initiatives.get(item.event.initiative)!.shortName[lang]}`;
    // The bold date line wraps too, a little earlier than the text (bold is wider).
    const dateLines = wrap(dateText, Math.max(8, Math.floor(maxChars * 0.92)));
    const lines = wrap(item.event.label[lang], maxChars);
    const rowHeight = (lines.length + dateLines.length) * LINE * k + 4;
    const row = { item, dateText, dateLines, lines, rowY: y, rowHeight };
    y += rowHeight + ROW_GAP * k;
    return row;
  });
  const height = Math.max(y, 120);
  const first = Math.min(FIRST_YEAR, ...items.map((i) => i.year));
  const time = scaleLinear()
    .domain([first, LAST_YEAR + 1])
    .range([6, height - 6]);
  const step = height / (LAST_YEAR + 1 - first) < YEAR_ROOM * k ? 2 : 1;
  const ticks = time
    .ticks(LAST_YEAR + 1 - first)
    .filter((v) => Number.isInteger(v) && (v - first) % step === 0)
    .map((v) => ({ y: time(v), text: String(v) }));
  const events: PlacedEvent[] = rows.map(({ item, dateText, dateLines, lines, rowY, rowHeight }) => {
    return {
      id: item.event.id,
      dotY: time(item.t),
      rowY,
      rowHeight,
      // The leader meets the row beside its first line.
      anchorY: rowY + 9 * k,
      lines,
      dateLines,
      dateText,
      color: INITIATIVE_COLORS[item.event.initiative],
      ink: INITIATIVE_INK[item.event.initiative],
      highlighted: item.highlighted,
      inYear: year === item.year,
      href: `#src-${item.event.sourceIds[0]}`,
      // The name starts with what the row shows (date · initiative, then the event), so speech users can say it.
      label: `${dateText}: ${item.event.label[lang]}`,
    };
  });
  const yearBand = year === null ? null : { y: time(year), height: time(year + 1) - time(year) };
  return { height, ticks, events, yearBand, axisX, textX };
}

function tipFor(
  { events, textX }: { events: PlacedEvent[]; textX: number },
  items: TimelineItem[],
  active: string | null,
  index: AtlasIndex,
  lang: Lang,
): TipAt | null {
  const e = events.find((x) => x.id === active);
  const item = items.find((i) => i.event.id === active);
  if (!e || !item) return null;
  const source = index.sources.get(item.event.sourceIds[0]!);
  return {
    x: textX,
    y: e.rowY + e.rowHeight,
    content: (
      <>
        <strong>{e.dateText}</strong>
        <span>{item.event.label[lang]}</span>
        {source && <span className="muted">{citationText(source)}</span>}
      </>
    ),
  };
}

function TimelineTable({ items }: { items: TimelineItem[] }) {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('date')}</th>
          <th scope="col">{t('initiativeCol')}</th>
          <th scope="col">{t('event')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.event.id}>
            <th scope="row">{i.event.date}</th>
            <td>{index.initiatives.get(i.event.initiative)!.shortName[lang]}</td>
            <td>
              {i.event.label[lang]}
              <Cite record={i.event} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
