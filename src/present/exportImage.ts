// A slide-ready PNG of the current view: title, map, legend, caption and a
// source line on a solid background, at 1920×1080 (or 2× for print). The map
// is redrawn at that size by a second, hidden MapLibre map built from the live
// one's style (its sources carry their data inline), so nothing is fetched:
// the export works offline and from file://. With the SVG renderer (no WebGL)
// the on-screen <svg> is drawn instead, scaled to fit the map area.
import { Map as MapLibreMap, type LngLatBoundsLike } from 'maplibre-gl';
import type { AtlasIndex } from '../data/joins.ts';
import type { Atlas, Geometry } from '../data/load.ts';
import { INITIATIVE_IDS, type InitiativeId, type Iso3, type Lang } from '../data/types.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../map/camera.ts';
import type { AtlasLooks } from '../map/looks.ts';
import { INITIATIVE_COLORS, type Look, type ThemeColors } from '../map/palette.ts';
import { ensurePatterns, patternCanvas, PIXEL_RATIO } from '../map/patterns.ts';
import { COUNTRY_SOURCE, MICRO_SOURCE } from '../map/style.ts';
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
export type LiveMap = { kind: 'webgl'; map: MapLibreMap } | { kind: 'svg'; svg: SVGSVGElement; project: MapViewport['project'] };

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
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif";
const HEADER_H = 120;
const FOOTER_H = 190;
const MARGIN = 48;

/** The map drawn at w×h CSS pixels on a hidden map, with the live map's looks, dimming and selection. */
async function renderMap(input: ExportInput, live: MapLibreMap, w: number, h: number): Promise<{ canvas: HTMLCanvasElement; project: (ll: [number, number]) => { x: number; y: number }; done: () => void }> {
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
    const data: Record<string, GeoJSON.FeatureCollection> = { [COUNTRY_SOURCE]: input.geometry.countries, [MICRO_SOURCE]: input.micro };
    for (const [id, source] of Object.entries(liveStyle.sources)) map.addSource(id, source.type === 'geojson' && data[id] ? { ...source, data: data[id] } : source);
    for (const layer of layers) map.addLayer(layer);
    // Dimming and selection live in feature state, which a style does not carry: from the looks, without the
    // pointer's or the keyboard's highlight.
    for (const [iso, state] of input.states)
      if (state.dim || state.selected)
        for (const source of [COUNTRY_SOURCE, MICRO_SOURCE]) map.setFeatureState({ source, id: iso }, { dim: state.dim, selected: state.selected });
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
function stripeFill(ctx: CanvasRenderingContext2D, look: Extract<Look, { kind: 'pattern' }>, land: string): CanvasPattern | string {
  const pattern = ctx.createPattern(patternCanvas(look, land), 'repeat');
  if (!pattern) return land;
  pattern.setTransform(new DOMMatrix().scale(1 / PIXEL_RATIO));
  return pattern;
}

function swatch(ctx: CanvasRenderingContext2D, look: Look | string, land: string, x: number, y: number, w: number, h: number, ink: string) {
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

function drawLegend(ctx: CanvasRenderingContext2D, input: ExportInput, x: number, bottom: number) {
  const { index, lang, theme, page, text } = input;
  const rows: [string, Look | string, boolean][] = [
    ...INITIATIVE_IDS.filter((id) => !input.hidden.includes(id)).map((id): [string, Look | string, boolean] => [index.initiatives.get(id)!.shortName[lang], INITIATIVE_COLORS[id], true]),
    ...text.key.map(([label, look]): [string, Look | string, boolean] => [label, look, false]),
  ];
  const row = 38;
  ctx.font = `600 24px ${FONT}`;
  const width = Math.min(620, 80 + Math.max(...rows.map(([label]) => ctx.measureText(label).width), ctx.measureText(text.legendTitle).width));
  const height = 24 + 34 + rows.length * row + 12;
  const y = bottom - height;
  ctx.fillStyle = page.bg;
  ctx.fillRect(x, y, width + 32, height);
  ctx.strokeStyle = page.line;
  ctx.lineWidth = 2;
  ctx.strokeRect(x, y, width + 32, height);
  ctx.fillStyle = page.text;
  ctx.textBaseline = 'middle';
  ctx.font = `700 26px ${FONT}`;
  ctx.fillText(text.legendTitle, x + 16, y + 30);
  rows.forEach(([label, look, strong], i) => {
    const ry = y + 24 + 34 + i * row;
    swatch(ctx, look, theme.land, x + 16, ry, 40, 26, page.text);
    ctx.fillStyle = strong ? page.text : page.muted;
    ctx.font = `${strong ? 700 : 500} ${strong ? 24 : 21}px ${FONT}`;
    ctx.fillText(label, x + 68, ry + 14, width - 40);
  });
}

function drawLabels(ctx: CanvasRenderingContext2D, input: ExportInput, project: (ll: [number, number]) => { x: number; y: number }, area: { x: number; y: number; w: number; h: number }) {
  const { index, geometry, lang, looks, page } = input;
  const size = (iso: Iso3) => {
    const b = geometry.bounds.get(iso);
    return b ? (b[2] - b[0]) * (b[3] - b[1]) : 0;
  };
  const candidates = index.data.countries
    .filter((c) => geometry.labels.has(c.iso3))
    .sort((a, b) => (looks.has(b.iso3) ? 1e6 : 0) + size(b.iso3) - ((looks.has(a.iso3) ? 1e6 : 0) + size(a.iso3)));
  ctx.font = `700 22px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const taken: [number, number, number, number][] = [];
  for (const c of candidates) {
    const name = c.name[lang];
    const p = project(geometry.labels.get(c.iso3)!);
    const w = ctx.measureText(name).width + 6;
    const box: [number, number, number, number] = [area.x + p.x - w / 2, area.y + p.y - 14, area.x + p.x + w / 2, area.y + p.y + 14];
    if (box[0] < area.x || box[2] > area.x + area.w || box[1] < area.y || box[3] > area.y + area.h) continue;
    if (taken.some((t) => box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1])) continue;
    taken.push(box);
    ctx.strokeStyle = page.bg;
    ctx.lineWidth = 6;
    ctx.strokeText(name, area.x + p.x, area.y + p.y);
    ctx.fillStyle = page.text;
    ctx.fillText(name, area.x + p.x, area.y + p.y);
  }
  ctx.textAlign = 'left';
}

/** The SVG map as it shows, scaled to fit the area and centred on the theme's ocean, with its labels. */
async function drawSvgArea(ctx: CanvasRenderingContext2D, input: ExportInput, live: Extract<LiveMap, { kind: 'svg' }>, area: { x: number; y: number; w: number; h: number }) {
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
  drawLabels(ctx, input, (ll) => {
    const p = live.project(ll);
    return { x: p.x * k, y: p.y * k };
  }, drawn);
}

/** The composed image as a PNG blob. */
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

  const area = { x: 0, y: HEADER_H, w: EXPORT_WIDTH, h: EXPORT_HEIGHT - HEADER_H - FOOTER_H };
  if (input.live.kind === 'svg') await drawSvgArea(ctx, input, input.live, area);
  else {
    const map = await renderMap(input, input.live.map, area.w, area.h);
    try {
      ctx.drawImage(map.canvas, area.x, area.y, area.w, area.h);
      drawLabels(ctx, input, map.project, area);
    } finally {
      map.done();
    }
  }
  ctx.strokeStyle = page.line;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, area.y);
  ctx.lineTo(EXPORT_WIDTH, area.y);
  ctx.moveTo(0, area.y + area.h);
  ctx.lineTo(EXPORT_WIDTH, area.y + area.h);
  ctx.stroke();

  // Title band.
  ctx.fillStyle = page.text;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `800 46px ${FONT}`;
  ctx.fillText(text.title, MARGIN, 62, EXPORT_WIDTH - 2 * MARGIN);
  ctx.fillStyle = page.muted;
  ctx.font = `500 24px ${FONT}`;
  ctx.fillText(text.subtitle, MARGIN, 100, EXPORT_WIDTH - 2 * MARGIN);

  drawLegend(ctx, input, 24, area.y + area.h - 24);

  // Caption and source line.
  ctx.font = `500 19px ${FONT}`;
  const sourceLines = fitText(ctx, text.sources, EXPORT_WIDTH - 2 * MARGIN).slice(0, 2);
  // Three caption lines reach the source line when it takes two: then two, the second ending in an ellipsis.
  ctx.font = `600 34px ${FONT}`;
  const allCaption = fitText(ctx, text.caption, EXPORT_WIDTH - 2 * MARGIN);
  const captionLines = allCaption.slice(0, sourceLines.length > 1 ? 2 : 3);
  if (captionLines.length < allCaption.length) {
    let last = captionLines.at(-1)!;
    while (ctx.measureText(`${last} …`).width > EXPORT_WIDTH - 2 * MARGIN && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
    captionLines[captionLines.length - 1] = `${last} …`;
  }
  ctx.fillStyle = page.text;
  captionLines.forEach((line, i) => ctx.fillText(line, MARGIN, area.y + area.h + 50 + i * 42));
  ctx.fillStyle = page.muted;
  ctx.font = `500 19px ${FONT}`;
  sourceLines.forEach((line, i) => ctx.fillText(line, MARGIN, EXPORT_HEIGHT - 20 - (sourceLines.length - 1 - i) * 24));

  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('the PNG could not be encoded'))), 'image/png'));
}

/** Hands a blob to the browser as a download (no network: a blob: URL). */
export { downloadBlob as download } from '../dataOut/download.ts';

