// A slide-ready PNG of the current view: title, map, legend, caption and a
// source line on a solid background, at 1920×1080 (or 2× for print). The map
// is redrawn at that size by a second, hidden MapLibre map built from the live
// one's style (its sources carry their data inline), so nothing is fetched:
// the export works offline and from file://. With the SVG renderer (no WebGL)
// the on-screen <svg> is drawn instead, scaled to fit the map area.
import { Map as MapLibreMap, type LngLatBoundsLike } from 'maplibre-gl';
import type { AtlasIndex } from '../data/joins.ts';
import type { Atlas, Geometry } from '../data/load.ts';
import { geoPath, geoTransform } from 'd3-geo';
import { COUNTERPART, INITIATIVE_IDS, type InitiativeId, type Iso3, type Lang } from '../data/types.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../map/camera.ts';
import { insetCountries, insetShapes, insetWanted, INSET_BOUNDS } from '../map/inset.ts';
import { placeLabels, type LabelRequest } from '../map/placeLabels.ts';
import { fitCamera, mercator, toScreen } from '../map/svg/camera.ts';
import type { AtlasLooks } from '../map/looks.ts';
import { INITIATIVE_COLORS, type Look, type ThemeColors } from '../map/palette.ts';
import { ensurePatterns, patternCanvas, PIXEL_RATIO } from '../map/patterns.ts';
import {
  COUNTRY_SOURCE,
  DIM_MARKER_OPACITY,
  DIM_OPACITY,
  MICRO_SOURCE,
  MICRO_STROKE_PX,
  microColors,
  SELECTED_WIDTH,
} from '../map/style.ts';
import { drawSvgMap } from '../map/svg/toCanvas.ts';
import type { MapViewport } from '../map/viewport.ts';

export const EXPORT_WIDTH = 1920;
export const EXPORT_HEIGHT = 1080;

export interface ExportText {
  title: string;
  subtitle: string;
  caption: string;
  sources: string;
  legendTitle: string;
  /** Label and look of each entry of the legend's key, as the on-screen legend shows them. */
  key: [string, Look | string][];
}

/** The map on screen: the WebGL map, or the SVG renderer's <svg> and its projection. */
export type LiveMap =
  { kind: 'webgl'; map: MapLibreMap } | { kind: 'svg'; svg: SVGSVGElement; project: MapViewport['project'] };

export interface ExportInput {
  live: LiveMap;
  /** The frame to draw (WebGL only: the SVG map is drawn as it shows); the live map's own view when absent. */
  bounds?: LngLatBoundsLike;
  looks: ReadonlyMap<Iso3, Look>;
  /** The countries' states (looks.ts): the export draws dimming and selection, not hover or focus. */
  states: AtlasLooks['states'];
  theme: ThemeColors;
  /** Page colours (CSS custom properties of the theme). */
  page: { bg: string; text: string; muted: string; line: string };
  index: AtlasIndex;
  geometry: Geometry;
  /** The micro-states' markers (Atlas['micro']). */
  micro: Atlas['micro'];
  lang: Lang;
  hidden: readonly InitiativeId[];
  text: ExportText;
  /** 1 for 1920×1080, 2 for 3840×2160 (print). */
  scale: number;
  /** The countries the view is about (inset.ts subjectOf): always named, and the inset drawn when they include its islands. */
  subject: ReadonlySet<Iso3>;
}

const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif";
const HEADER_H = 120;
const MARGIN = 48;
/** The column right of the map: the legend, and the Caribbean inset under it. Nothing is drawn over the map. */
const COLUMN_W = 430;
/** The caption's type, largest first: it shrinks to fit at most CAPTION_MAX_LINES, then wraps to as many as it needs. */
const CAPTION_SIZES = [34, 30, 27, 24] as const;
const CAPTION_MAX_LINES = 3;
const SOURCE_SIZE = 19;

type Area = { x: number; y: number; w: number; h: number };

/** The map drawn at w×h CSS pixels on a hidden map, with the live map's looks, dimming and selection. */
async function renderMap(
  input: ExportInput,
  live: MapLibreMap,
  w: number,
  h: number,
): Promise<{
  canvas: HTMLCanvasElement;
  project: (ll: [number, number]) => { x: number; y: number };
  done: () => void;
}> {
  const { looks, theme, scale } = input;
  const el = document.createElement('div');
  // Off screen but laid out: MapLibre sizes its canvas from the container.
  el.style.cssText = `position:fixed;left:-${w + 100}px;top:0;width:${w}px;height:${h}px;visibility:hidden;pointer-events:none`;
  el.setAttribute('aria-hidden', 'true');
  document.body.append(el);
  // The live style, with its current colours and filters. Its layers are added after the stripe images: a
  // pattern layer laid out before its image exists drops those countries and does not redo them.
  const liveStyle = live.getStyle();
  const [background, ...layers] = liveStyle.layers;
  const map = new MapLibreMap({
    container: el,
    style: { ...liveStyle, sources: {}, layers: background ? [background] : [] },
    bounds: input.bounds ?? live.getBounds(),
    fitBoundsOptions: { padding: 24 },
    interactive: false,
    attributionControl: false,
    renderWorldCopies: true,
    fadeDuration: 0,
    pixelRatio: scale,
    maxZoom: MAX_ZOOM,
    minZoom: MIN_ZOOM,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
  });
  const done = () => {
    map.remove();
    el.remove();
  };
  try {
    await new Promise<void>((ok, fail) => {
      map.once('load', () => ok());
      map.once('error', (e) => fail(e.error));
    });
    ensurePatterns(map, looks.values(), theme.land);
    // The atlas's own data, whatever the live map's sources hold.
    const data: Record<string, GeoJSON.FeatureCollection> = {
      [COUNTRY_SOURCE]: input.geometry.countries,
      [MICRO_SOURCE]: input.micro,
    };
    for (const [id, source] of Object.entries(liveStyle.sources))
      map.addSource(id, source.type === 'geojson' && data[id] ? { ...source, data: data[id] } : source);
    for (const layer of layers) map.addLayer(layer);
    // Dimming and selection live in feature state, which a style does not carry: from the looks, without the
    // pointer's or the keyboard's highlight.
    for (const [iso, state] of input.states)
      if (state.dim || state.selected)
        for (const source of [COUNTRY_SOURCE, MICRO_SOURCE])
          map.setFeatureState({ source, id: iso }, { dim: state.dim, selected: state.selected });
    await new Promise<void>((ok) => {
      map.once('idle', () => ok());
      map.triggerRepaint();
    });
  } catch (err) {
    done();
    throw err;
  }
  return { canvas: map.getCanvas(), project: (ll) => map.project(ll), done };
}

function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const tryLine = line ? `${line} ${word}` : word;
    if (ctx.measureText(tryLine).width > maxWidth && line) {
      lines.push(line);
      line = word;
    } else line = tryLine;
  }
  if (line) lines.push(line);
  return lines;
}

/** The map's own stripe tile (patterns.ts) as a canvas pattern, at its CSS size. */
function stripeFill(
  ctx: CanvasRenderingContext2D,
  look: Extract<Look, { kind: 'pattern' }>,
  land: string,
): CanvasPattern | string {
  const pattern = ctx.createPattern(patternCanvas(look, land), 'repeat');
  if (!pattern) return land;
  pattern.setTransform(new DOMMatrix().scale(1 / PIXEL_RATIO));
  return pattern;
}

function swatch(
  ctx: CanvasRenderingContext2D,
  look: Look | string,
  land: string,
  x: number,
  y: number,
  w: number,
  h: number,
  ink: string,
) {
  if (typeof look === 'string') ctx.fillStyle = look;
  else if (look.kind === 'solid') ctx.fillStyle = look.color;
  else if (look.kind === 'pattern') ctx.fillStyle = stripeFill(ctx, look, land);
  else ctx.fillStyle = land;
  ctx.save();
  ctx.translate(x, y);
  ctx.fillRect(0, 0, w, h);
  ctx.restore();
  ctx.strokeStyle = ink;
  ctx.lineWidth = 2;
  ctx.strokeRect(x, y, w, h);
}

/** The legend at (x, top), at most `width` wide; returns its bottom edge. */
function drawLegend(
  ctx: CanvasRenderingContext2D,
  input: ExportInput,
  x: number,
  top: number,
  maxWidth: number,
): number {
  const { index, lang, theme, page, text } = input;
  const rows: [string, Look | string, boolean][] = [
    ...INITIATIVE_IDS.filter((id) => !input.hidden.includes(id)).map((id): [string, Look | string, boolean] => [
      index.initiatives.get(id)!.shortName[lang],
      INITIATIVE_COLORS[id],
      true,
    ]),
    ...text.key.map(([label, look]): [string, Look | string, boolean] => [label, look, false]),
  ];
  const row = 34;
  const width = maxWidth - 32;
  const room = width - 56;
  // A long key entry wraps to a second line rather than being squeezed.
  const lines = rows.map(([label, , strong]) => {
    ctx.font = `${strong ? 700 : 500} ${strong ? 23 : 19}px ${FONT}`;
    return fitText(ctx, label, room);
  });
  const height = 24 + 34 + lines.reduce((sum, l) => sum + row + (l.length - 1) * 22, 0) + 12;
  const y = top;
  ctx.fillStyle = page.bg;
  ctx.fillRect(x, y, width + 32, height);
  ctx.strokeStyle = page.line;
  ctx.lineWidth = 2;
  ctx.strokeRect(x, y, width + 32, height);
  ctx.fillStyle = page.text;
  ctx.textBaseline = 'middle';
  ctx.font = `700 26px ${FONT}`;
  ctx.fillText(text.legendTitle, x + 16, y + 30);
  let ry = y + 24 + 34;
  rows.forEach(([, look, strong], i) => {
    swatch(ctx, look, theme.land, x + 16, ry, 40, 26, page.text);
    ctx.fillStyle = strong ? page.text : page.muted;
    ctx.font = `${strong ? 700 : 500} ${strong ? 23 : 19}px ${FONT}`;
    lines[i]!.forEach((line, j) => ctx.fillText(line, x + 68, ry + 14 + j * 22, room));
    ry += row + (lines[i]!.length - 1) * 22;
  });
  return y + height;
}

type Project = (ll: [number, number]) => { x: number; y: number };

/** Names placed as the map places them (placeLabels.ts): the subject always, beside its country if need be. */
function drawLabels(
  ctx: CanvasRenderingContext2D,
  input: ExportInput,
  project: Project,
  area: Area,
  options: { isos?: readonly Iso3[]; prefer: 'centre' | 'east'; size: number; wrap?: number; skip?: ReadonlySet<Iso3> },
) {
  const { index, geometry, lang, looks, page, subject } = input;
  const size = (iso: Iso3) => {
    const b = geometry.bounds.get(iso);
    return b ? (b[2] - b[0]) * (b[3] - b[1]) : 0;
  };
  const isSubject = (iso: Iso3) =>
    subject.has(iso) || (options.prefer === 'east' && index.countries.get(iso)?.kind === 'country');
  // As on the map: a territory outside the Caribbean is named only as the subject.
  const candidates = (
    options.isos ? options.isos.map((iso) => index.countries.get(iso)!).filter(Boolean) : index.data.countries
  )
    .filter((c) => geometry.labels.has(c.iso3) && !options.skip?.has(c.iso3))
    .filter((c) => c.kind !== 'territory' || c.region === 'caribbean' || subject.has(c.iso3))
    .map((c) => ({
      c,
      rank:
        (subject.has(c.iso3) ? 1e8 : 0) + (isSubject(c.iso3) ? 1e7 : 0) + (looks.has(c.iso3) ? 1e6 : 0) + size(c.iso3),
    }))
    .sort((a, b) => b.rank - a.rank)
    .map(({ c }) => c);
  const line = options.size + 4;
  ctx.font = `700 ${options.size}px ${FONT}`;
  const texts = new Map(
    candidates.map((c) => [c.iso3, options.wrap ? fitText(ctx, c.name[lang], options.wrap) : [c.name[lang]]]),
  );
  const requests: LabelRequest[] = candidates.map((c) => {
    const lines = texts.get(c.iso3)!;
    const p = project(geometry.labels.get(c.iso3)!);
    return {
      iso: c.iso3,
      at: { x: area.x + p.x, y: area.y + p.y },
      width: Math.max(...lines.map((l) => ctx.measureText(l).width)) + 6,
      height: lines.length * line + 4,
      subject: isSubject(c.iso3),
    };
  });
  const places = placeLabels(requests, [area.x, area.y, area.x + area.w, area.y + area.h], {
    gap: 3,
    prefer: options.prefer,
  });
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = page.text;
  ctx.lineWidth = 1.5;
  for (const p of places)
    if (p.visible && p.leader) {
      ctx.beginPath();
      ctx.moveTo(p.leader[0], p.leader[1]);
      ctx.lineTo(p.leader[2], p.leader[3]);
      ctx.stroke();
    }
  for (const p of places) {
    if (!p.visible) continue;
    const lines = texts.get(p.iso)!;
    const cx = (p.box[0] + p.box[2]) / 2;
    lines.forEach((text, i) => {
      const y = p.box[1] + 2 + line / 2 + i * line;
      ctx.strokeStyle = page.bg;
      ctx.lineWidth = 6;
      ctx.strokeText(text, cx, y);
      ctx.fillStyle = page.text;
      ctx.fillText(text, cx, y);
    });
  }
  ctx.textAlign = 'left';
}

/** A country's fill on a canvas: its colour or stripes, the United States' colour, or land. */
function countryFill(ctx: CanvasRenderingContext2D, input: ExportInput, iso: Iso3): CanvasPattern | string {
  const look = input.looks.get(iso);
  if (iso === COUNTERPART) return input.theme.counterpart;
  if (!look || look.kind === 'none') return input.theme.land;
  return look.kind === 'solid' ? look.color : stripeFill(ctx, look, input.theme.land);
}

/** The Eastern Caribbean inset (inset.ts) in a box: the same islands, looks and names as the map's inset. */
function drawInset(ctx: CanvasRenderingContext2D, input: ExportInput, box: Area) {
  const { geometry, theme, page } = input;
  const camera = fitCamera(INSET_BOUNDS, box.w, box.h, { padding: 6, maxZoom: 24, minZoom: 0 });
  const project: Project = ([lon, lat]) => toScreen(camera, mercator(lon, lat), box.w, box.h);
  const path = geoPath(
    geoTransform({
      point(lon, lat) {
        const p = project([lon, lat]);
        this.stream.point(box.x + p.x, box.y + p.y);
      },
    }),
    ctx,
  );
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.w, box.h);
  ctx.clip();
  ctx.fillStyle = theme.ocean;
  ctx.fillRect(box.x, box.y, box.w, box.h);
  const shapes = new Set(insetShapes(geometry));
  const islands = insetCountries(geometry);
  for (const feature of geometry.countries.features) {
    const iso = feature.properties.iso3;
    if (!shapes.has(iso)) continue;
    const state = input.states.get(iso);
    ctx.beginPath();
    path(feature);
    ctx.fillStyle = countryFill(ctx, input, iso);
    ctx.fill();
    if (state?.dim) {
      ctx.globalAlpha = DIM_OPACITY;
      ctx.fillStyle = theme.dim;
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    ctx.strokeStyle = state?.selected ? theme.selected : theme.border;
    ctx.lineWidth = state?.selected ? SELECTED_WIDTH : theme.borderWidth;
    ctx.stroke();
  }
  // The islands' markers, as on the map: too small to see otherwise.
  for (const iso of islands) {
    const p = project(geometry.labels.get(iso)!);
    const colors = microColors(input.looks.get(iso) ?? { kind: 'none' }, theme);
    ctx.globalAlpha = input.states.get(iso)?.dim ? DIM_MARKER_OPACITY : 1;
    ctx.beginPath();
    ctx.arc(box.x + p.x, box.y + p.y, 7, 0, Math.PI * 2);
    ctx.fillStyle = colors.fill;
    ctx.fill();
    ctx.strokeStyle = colors.stroke;
    ctx.lineWidth = MICRO_STROKE_PX;
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  drawLabels(ctx, input, project, box, { isos: islands, prefer: 'east', size: 18, wrap: 170 });
  ctx.restore();
  ctx.strokeStyle = page.text;
  ctx.lineWidth = 2;
  ctx.strokeRect(box.x, box.y, box.w, box.h);
}

/** The SVG map as it shows, scaled to fit the area and centred on the theme's ocean, with its labels. */
async function drawSvgArea(
  ctx: CanvasRenderingContext2D,
  input: ExportInput,
  live: Extract<LiveMap, { kind: 'svg' }>,
  area: Area,
): Promise<{ project: Project; drawn: Area }> {
  const { width, height } = live.svg.getBoundingClientRect();
  if (width === 0 || height === 0) throw new Error('the map has no size');
  const k = Math.min(area.w / width, area.h / height);
  const ox = (area.w - width * k) / 2;
  const oy = (area.h - height * k) / 2;
  ctx.fillStyle = input.theme.ocean;
  ctx.fillRect(area.x, area.y, area.w, area.h);
  ctx.save();
  ctx.translate(area.x + ox, area.y + oy);
  ctx.scale(k, k);
  await drawSvgMap(live.svg, ctx, 0, 0, k * input.scale);
  ctx.restore();
  // Labels only over the drawn map, not over the ocean bands beside it.
  const drawn = { x: area.x + ox, y: area.y + oy, w: width * k, h: height * k };
  const project: Project = (ll) => {
    const p = live.project(ll);
    return { x: p.x * k, y: p.y * k };
  };
  return { project, drawn };
}

/** The caption's lines at the largest size that fits CAPTION_MAX_LINES, or at the smallest size in as many as it takes. */
function captionLayout(
  ctx: CanvasRenderingContext2D,
  caption: string,
  width: number,
): { size: number; lines: string[] } {
  for (const size of CAPTION_SIZES) {
    ctx.font = `600 ${size}px ${FONT}`;
    const lines = fitText(ctx, caption, width);
    if (lines.length <= CAPTION_MAX_LINES || size === CAPTION_SIZES.at(-1)) return { size, lines };
  }
  throw new Error('unreachable');
}

/** The composed image as a PNG blob: title band, the map with the legend and inset beside it, the whole caption and the source line under it. */
export async function exportImage(input: ExportInput): Promise<Blob> {
  const { scale, page, text } = input;
  const canvas = document.createElement('canvas');
  canvas.width = EXPORT_WIDTH * scale;
  canvas.height = EXPORT_HEIGHT * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = page.bg;
  ctx.fillRect(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT);

  // The footer is as tall as the whole caption and source line need: the map gives up the room, never the caption.
  const textWidth = EXPORT_WIDTH - 2 * MARGIN;
  ctx.font = `500 ${SOURCE_SIZE}px ${FONT}`;
  const sourceLines = fitText(ctx, text.sources, textWidth);
  const caption = captionLayout(ctx, text.caption, textWidth);
  const captionLine = Math.round(caption.size * 1.24);
  const footerH = 28 + caption.lines.length * captionLine + 14 + sourceLines.length * 24 + 14;
  const area: Area = { x: 0, y: HEADER_H, w: EXPORT_WIDTH - COLUMN_W, h: EXPORT_HEIGHT - HEADER_H - footerH };

  let project: Project;
  let drawn: Area = area;
  let done = () => {};
  if (input.live.kind === 'svg') ({ project, drawn } = await drawSvgArea(ctx, input, input.live, area));
  else {
    const map = await renderMap(input, input.live.map, area.w, area.h);
    done = map.done;
    ctx.drawImage(map.canvas, area.x, area.y, area.w, area.h);
    project = map.project;
  }
  try {
    // The inset when its islands are the subject or on the map too small to read, as on screen.
    const islands = insetCountries(input.geometry);
    const inset = insetWanted(islands, input.subject, project, { width: drawn.w, height: drawn.h });
    drawLabels(ctx, input, project, drawn, { prefer: 'centre', size: 22, skip: inset ? new Set(islands) : undefined });
    const legendBottom = drawLegend(ctx, input, area.x + area.w + 16, area.y + 16, COLUMN_W - 32);
    if (inset) {
      const top = legendBottom + 16;
      const h = Math.min(area.y + area.h - 16 - top, COLUMN_W - 32);
      if (h > 120) drawInset(ctx, input, { x: area.x + area.w + 16, y: area.y + area.h - 16 - h, w: COLUMN_W - 32, h });
    }
  } finally {
    done();
  }
  ctx.strokeStyle = page.line;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, area.y);
  ctx.lineTo(EXPORT_WIDTH, area.y);
  ctx.moveTo(0, area.y + area.h);
  ctx.lineTo(EXPORT_WIDTH, area.y + area.h);
  ctx.moveTo(area.x + area.w, area.y);
  ctx.lineTo(area.x + area.w, area.y + area.h);
  ctx.stroke();

  // Title band.
  ctx.fillStyle = page.text;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `800 46px ${FONT}`;
  ctx.fillText(text.title, MARGIN, 62, textWidth);
  ctx.fillStyle = page.muted;
  ctx.font = `500 24px ${FONT}`;
  ctx.fillText(text.subtitle, MARGIN, 100, textWidth);

  // The whole caption, then the whole source line.
  ctx.fillStyle = page.text;
  ctx.font = `600 ${caption.size}px ${FONT}`;
  caption.lines.forEach((line, i) => ctx.fillText(line, MARGIN, area.y + area.h + 28 + caption.size + i * captionLine));
  ctx.fillStyle = page.muted;
  ctx.font = `500 ${SOURCE_SIZE}px ${FONT}`;
  sourceLines.forEach((line, i) => ctx.fillText(line, MARGIN, EXPORT_HEIGHT - 20 - (sourceLines.length - 1 - i) * 24));

  return new Promise((ok, fail) =>
    canvas.toBlob((b) => (b ? ok(b) : fail(new Error('the PNG could not be encoded'))), 'image/png'),
  );
}

/** Hands a blob to the browser as a download (no network: a blob: URL). */
export { downloadBlob as download } from '../ui/download.ts';
