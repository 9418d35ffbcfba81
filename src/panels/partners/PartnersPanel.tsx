// Layout for the partners panel: measures its box, stacks the partners by group
// with wrapped names, spreads the initiatives beside them and draws the links
// with d3-shape.
import '../../styles/charts.css';
import { linkHorizontal } from 'd3-shape';
import { useMemo, useState } from 'react';
import { useAtlasData } from '../../state/atlasContext.ts';
import type { AtlasIndex } from '../../data/joins.ts';
import type { InitiativeId, Lang } from '../../data/types.ts';
import { t as tr, tf } from '../../i18n/strings.ts';
import { INITIATIVE_COLORS, INITIATIVE_INK } from '../../map/palette.ts';
import { ChartFrame } from '../chart/ChartFrame.tsx';
import { ChartTip, type TipAt } from '../chart/ChartTip.tsx';
import { charWidth } from '../chart/ticks.ts';
import { useMeasure, type ChartBox } from '../chart/useMeasure.ts';
import { wrap } from '../chart/wrap.ts';
import { Cite, citationText } from '../Citations.tsx';
import { useT } from '../sections.tsx';
import { derivePartners, type PartnerGraph } from './derive.ts';
import { PartnerLinks, type PlacedInitiative, type PlacedPartner } from './PartnerLinks.tsx';

/** Spacing at the 12 px base size, CSS pixels; the layout multiplies it by the chart's type scale (useMeasure). */
const LINE = 15;
const ROW_PAD = 8;
const GROUP_GAP = 28;
/** Width of the initiative boxes on the right, CSS pixels. */
const RIGHT_W = 78;

export function PartnersPanel({ highlight }: { highlight: readonly InitiativeId[] }) {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  const graph = useMemo(() => derivePartners(index.data), [index]);
  const [ref, width, box] = useMeasure<HTMLDivElement>();
  const { k } = box;
  const [active, setActive] = useState<string | null>(null);
  const layout = useMemo(
    () => placePartners(graph, width, box, lang, highlight, index),
    [graph, width, box, lang, highlight, index],
  );
  const tip = tipFor(layout.partners, graph, active, index, lang);
  const working =
    highlight.length === 0
      ? graph.groups.flatMap((g) => g.partners)
      : graph.groups.flatMap((g) => g.partners).filter((p) => p.initiatives.some((i) => highlight.includes(i)));
  const summary = tf(lang, 'partnersSummary', {
    n: working.length,
    agencies: graph.groups.find((g) => g.kind === 'us-agency')?.partners.length ?? 0,
  });

  return (
    <ChartFrame
      panel="partners"
      title={t('partnersTitle')}
      summary={<span id="partners-summary">{summary}</span>}
      table={<PartnersTable graph={graph} />}
    >
      <div ref={ref} className="chart-box">
        <PartnerLinks
          width={width}
          height={layout.height}
          leftX={layout.leftX}
          rightX={layout.rightX}
          nodeHeight={22 * k}
          groups={layout.groups}
          partners={layout.partners}
          initiatives={layout.initiatives}
          links={layout.links}
          onTip={setActive}
          describedBy="partners-summary"
        />
        <ChartTip tip={tip} width={width} />
      </div>
    </ChartFrame>
  );
}

function placePartners(
  graph: PartnerGraph,
  width: number,
  { k, fontPx, fontFamily }: ChartBox,
  lang: Lang,
  highlight: readonly InitiativeId[],
  index: AtlasIndex,
) {
  const rightX = width - RIGHT_W * k;
  const leftX = Math.round(Math.min(width * 0.5, rightX - 60));
  // Partner names are 1.04em (charts.css).
  const maxChars = Math.max(8, Math.floor((leftX - 12) / charWidth(`${fontPx * 1.04}px ${fontFamily}`, fontPx)));
  const isLit = (ids: readonly InitiativeId[]) => highlight.length === 0 || ids.some((i) => highlight.includes(i));
  const partners: PlacedPartner[] = [];
  const groups: { kind: string; label: string; y: number }[] = [];
  let y = 0;
  for (const g of graph.groups) {
    y += (GROUP_GAP - 8) * k;
    groups.push({ kind: g.kind, label: tr(lang, `partnerKind_${g.kind}`), y });
    y += 8 * k;
    for (const p of g.partners) {
      const lines = wrap(p.name[lang], maxChars);
      const h = (lines.length * LINE + ROW_PAD) * k;
      partners.push({
        id: p.id,
        y: y + h / 2,
        lines,
        href: `#src-${p.sourceIds[0]}`,
        label: `${p.name[lang]}: ${p.role[lang]}`,
        highlighted: isLit(p.initiatives),
      });
      y += h;
    }
  }
  const height = y + 8 * k;
  const step = height / graph.initiatives.length;
  const initiatives: PlacedInitiative[] = graph.initiatives.map((id, i) => ({
    id,
    y: step * (i + 0.5),
    label: index.initiatives.get(id)!.shortName[lang],
    color: INITIATIVE_COLORS[id],
    ink: INITIATIVE_INK[id],
    highlighted: highlight.includes(id),
  }));
  const at = new Map(partners.map((p) => [p.id, p.y]));
  const iy = new Map(initiatives.map((i) => [i.id, i.y]));
  const curve = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const links = graph.links.map((l) => ({
    key: `${l.partner.id}-${l.initiative}`,
    d: curve({ source: [leftX, at.get(l.partner.id)!], target: [rightX, iy.get(l.initiative)!] }) ?? '',
    color: INITIATIVE_COLORS[l.initiative],
    highlighted: highlight.length === 0 || highlight.includes(l.initiative),
  }));
  return { height, leftX, rightX, groups, partners, initiatives, links };
}

function tipFor(
  partners: PlacedPartner[],
  graph: PartnerGraph,
  active: string | null,
  index: AtlasIndex,
  lang: Lang,
): TipAt | null {
  const placed = partners.find((p) => p.id === active);
  const partner = graph.groups.flatMap((g) => g.partners).find((p) => p.id === active);
  if (!placed || !partner) return null;
  const source = index.sources.get(partner.sourceIds[0]!);
  return {
    x: 0,
    y: placed.y + 12,
    content: (
      <>
        <strong>{partner.name[lang]}</strong>
        <span>{partner.role[lang]}</span>
        <span>{partner.initiatives.map((i) => index.initiatives.get(i)!.shortName[lang]).join(', ')}</span>
        {source && <span className="muted">{citationText(source)}</span>}
      </>
    ),
  };
}

function PartnersTable({ graph }: { graph: PartnerGraph }) {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('partnerCol')}</th>
          <th scope="col">{t('initiativeCol')}</th>
          <th scope="col">{t('partnerRole')}</th>
        </tr>
      </thead>
      <tbody>
        {graph.groups
          .flatMap((g) => g.partners)
          .map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name[lang]}</th>
              <td>{p.initiatives.map((i) => index.initiatives.get(i)!.shortName[lang]).join(', ')}</td>
              <td>
                {p.role[lang]}
                <Cite record={p} />
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
