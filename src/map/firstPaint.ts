// The countries' first frames, drawn by the atlas in MapLibre's WebGL context (a custom layer) from the geometry
// already parsed on the main thread. The GeoJSON layers cannot draw until MapLibre's worker has started and tiled
// the countries, most of a second after MapLibre's own first frame on a slow machine; this layer draws the
// coloured countries, their borders and the micro-state markers in that first frame instead, and follows the same
// feature state (dim, hover, selected) as the tiled layers, so a click or the arrow keys are answered before they
// exist. Once the tiled layers have drawn, MapView removes it: they draw the same over it.
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { ringsOf } from '../data/load.ts';
import { COUNTERPART, type Iso3 } from '../data/types.ts';
import { mercatorUnit, mercatorX, mercatorY } from './camera.ts';
import {
  COUNTRY_SOURCE, DIM_OPACITY, HOVER_WIDTH, MARKER_RING, MICRO_SOURCE, MICRO_STROKE_PX, SELECTED_WIDTH, dimMarker, microColors,
  microRadius,
} from './style.ts';
import { mix, parseHex, stripeRuns, type Look, type ThemeColors } from './palette.ts';

export const FIRST_PAINT_LAYER = 'country-first-paint';

/** Texels in a row of the looks texture: a whole number of periods of every stripe pattern (6, 12, … 30 px). */
const ROW = 360;

/** The stencil bit the fills are drawn through (see render). */
const STENCIL_BIT = 0x80;

// Every program draws each copy of the world in view as an instance, the westernmost being u_wrap (visibleWraps).
const FILL_VS = `#version 300 es
uniform mat4 u_matrix;
uniform float u_wrap;
in vec2 a_pos;
in float a_row;
flat out int v_row;
void main() {
  v_row = int(a_row + 0.5);
  gl_Position = u_matrix * vec4(a_pos.x + u_wrap + float(gl_InstanceID), a_pos.y, 0.0, 1.0);
}`;
// 45° stripes by screen position, as the pattern images MapLibre repeats: colour by (x + y) mod period, y down.
const FILL_FS = `#version 300 es
precision highp float;
uniform sampler2D u_looks;
uniform float u_ratio;
flat in int v_row;
out vec4 color;
void main() {
  float k = mod(floor(gl_FragCoord.x / u_ratio) - floor(gl_FragCoord.y / u_ratio), ${ROW}.0);
  color = texelFetch(u_looks, ivec2(int(k), v_row), 0);
}`;
// Each border segment is a quad of its own (writeQuad): along it, u_half_width device pixels each side, overlapping
// its neighbours by as much at the ends so that corners close.
const LINE_VS = `#version 300 es
uniform mat4 u_matrix;
uniform float u_wrap;
uniform vec2 u_half_viewport;
uniform float u_half_width;
in vec4 a_seg;
in vec2 a_corner;
void main() {
  float wrap = u_wrap + float(gl_InstanceID);
  vec4 ca = u_matrix * vec4(a_seg.x + wrap, a_seg.y, 0.0, 1.0);
  vec4 cb = u_matrix * vec4(a_seg.z + wrap, a_seg.w, 0.0, 1.0);
  vec2 sa = ca.xy / ca.w * u_half_viewport;
  vec2 sb = cb.xy / cb.w * u_half_viewport;
  vec2 d = sb - sa;
  float len = length(d);
  vec2 dir = len > 1e-6 ? d / len : vec2(1.0, 0.0);
  vec2 n = vec2(-dir.y, dir.x);
  bool atA = a_corner.x < 0.5;
  vec4 c = atA ? ca : cb;
  vec2 s = (atA ? sa - dir * u_half_width : sb + dir * u_half_width) + n * a_corner.y * u_half_width;
  gl_Position = vec4(s / u_half_viewport * c.w, c.z, c.w);
}`;
const LINE_FS = `#version 300 es
precision highp float;
uniform vec4 u_color;
out vec4 color;
void main() { color = u_color; }`;
// Micro-state markers as point sprites: a disc of the first band's colour in a ring of the second's, as MapLibre's
// circle layer draws them (the ring outside the radius).
const MARKER_VS = `#version 300 es
uniform mat4 u_matrix;
uniform float u_wrap;
uniform float u_radius;
uniform float u_ratio;
in vec2 a_pos;
in vec4 a_fill;
in vec4 a_stroke;
out vec4 v_fill;
out vec3 v_stroke;
out float v_width;
void main() {
  v_fill = a_fill;
  v_stroke = a_stroke.rgb;
  v_width = a_stroke.a * u_ratio;
  gl_PointSize = 2.0 * (u_radius + v_width) + 2.0;
  gl_Position = u_matrix * vec4(a_pos.x + u_wrap + float(gl_InstanceID), a_pos.y, 0.0, 1.0);
}`;
const MARKER_FS = `#version 300 es
precision highp float;
uniform float u_radius;
in vec4 v_fill;
in vec3 v_stroke;
in float v_width;
out vec4 color;
void main() {
  float size = 2.0 * (u_radius + v_width) + 2.0;
  float d = length((gl_PointCoord - 0.5) * size);
  float outer = clamp(u_radius + v_width + 0.5 - d, 0.0, 1.0);
  if (outer <= 0.0) discard;
  vec3 rgb = mix(v_stroke, v_fill.rgb, clamp(u_radius + 0.5 - d, 0.0, 1.0));
  color = vec4(rgb, 1.0) * v_fill.a * outer;
}`;

/**
 * Fans, border segments and marker positions in Web Mercator (0..1 across the world), built once. A country is filled
 * by the fans of its rings through the stencil (see render), not by a triangulation: triangulating the hemisphere
 * (earcut) took ~0.1 s of a slow machine's main thread before the first frame; a fan is its ring's points about their
 * mean.
 */
interface Mesh {
  rows: Map<Iso3, number>;
  /** Each row's border segments: [first, count]. */
  ranges: [number, number][];
  /**
   * Each group of countries drawn through the stencil at once, as [first, count] ranges of `triangles`: the fans of
   * their rings, which set the stencil, and a box for each country, which colours what the fans set.
   */
  fills: { fans: [number, number]; covers: [number, number] }[];
  positions: Float32Array;
  rowOf: Float32Array;
  triangles: Uint32Array;
  /** The border segments, each a quad as the GPU takes them (writeQuad). */
  borders: { vertices: Float32Array; indices: Uint32Array };
  markers: { iso3: Iso3; x: number; y: number }[];
}

/** West, north, east, south in Web Mercator units (y down). */
type Box = [number, number, number, number];

/** A country's box is its points' box widened by this, in Web Mercator units (a pixel at zoom 9 is ~3.8e-6). */
const BOX_MARGIN = 1e-6;

function meet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

export function buildMesh(
  countries: FeatureCollection<Polygon | MultiPolygon, { iso3: Iso3 }>,
  micro: FeatureCollection<Point, { iso3: Iso3 }>,
): Mesh {
  // This runs once, before the first frame, in code the engine has not compiled yet: there, every array grown point by
  // point and every [x, y] pair made cost time, and as much again to collect (~40 ms on a slow machine). So the mesh is
  // sized first and each point is projected once, straight into the arrays the GPU takes.
  const features = countries.features;
  // Holes too: a hole's fan turns its pixels back to outside. A ring of fewer than four positions (GeoJSON's least,
  // the first repeated at the end) encloses nothing and is left out.
  const ringsByRow = features.map((f) => ringsOf(f.geometry).filter((ring) => ring.length >= 4));
  let ringCount = 0;
  let pointCount = 0; // GeoJSON repeats a ring's first point at its end: not counted; as many border segments as points
  for (const rings of ringsByRow)
    for (const ring of rings) {
      ringCount++;
      pointCount += ring.length - 1;
    }
  // Each ring's anchor and points, then each country's box (four corners).
  const vertexCount = ringCount + pointCount + 4 * features.length;
  const positions = new Float32Array(vertexCount * 2);
  const rowOf = new Float32Array(vertexCount);
  const borders = { vertices: new Float32Array(pointCount * 4 * 6), indices: new Uint32Array(pointCount * 6) };
  const ringAnchor = new Uint32Array(ringCount);
  const ringPoints = new Uint32Array(ringCount);
  const firstRing = new Uint32Array(features.length + 1);
  const rows = new Map<Iso3, number>();
  const ranges: [number, number][] = [];
  const boxes: Box[] = [];
  let v = 0;
  let r = 0;
  let segment = 0;
  for (let row = 0; row < features.length; row++) {
    rows.set(features[row]!.properties.iso3, row);
    firstRing[row] = r;
    const firstSegment = segment;
    let west = Infinity, north = Infinity, east = -Infinity, south = -Infinity;
    for (const ring of ringsByRow[row]!) {
      // Each ring's fan turns about the mean of its points: inside its box, so a fan covers no pixel outside the
      // country's box, and (for most shapes) few pixels more than once.
      const count = ring.length - 1;
      const anchor = v++;
      rowOf[anchor] = row;
      ringAnchor[r] = anchor;
      ringPoints[r++] = count;
      let px = 0, py = 0, sx = 0, sy = 0;
      for (let i = 0; i <= count; i++) {
        const point = ring[i]!;
        const x = mercatorX(point[0]!);
        const y = mercatorY(point[1]!);
        // A segment from each point to the next; the last closes the ring.
        if (i > 0) writeQuad(borders, segment++, px, py, x, y);
        if (i < count) {
          positions[2 * v] = x;
          positions[2 * v + 1] = y;
          rowOf[v++] = row;
          sx += x;
          sy += y;
          if (x < west) west = x;
          if (x > east) east = x;
          if (y < north) north = y;
          if (y > south) south = y;
        }
        px = x;
        py = y;
      }
      positions[2 * anchor] = sx / count;
      positions[2 * anchor + 1] = sy / count;
    }
    ranges.push([firstSegment, segment - firstSegment]);
    // Widened a little (~0.25 px at the closest zoom), so that the box colours every pixel its fans set: on its exact
    // edge the GPU's rule for pixels on a shared edge need not agree between a fan and the box.
    boxes.push([west - BOX_MARGIN, north - BOX_MARGIN, east + BOX_MARGIN, south + BOX_MARGIN]);
  }
  firstRing[features.length] = r;
  // Countries whose boxes do not meet go through the stencil together: no fan of one covers a pixel of another.
  const groups: { boxes: Box[]; rows: number[] }[] = [];
  boxes.forEach((box, row) => {
    let group = groups.find((g) => g.boxes.every((other) => !meet(box, other)));
    if (!group) groups.push((group = { boxes: [], rows: [] }));
    group.boxes.push(box);
    group.rows.push(row);
  });
  // Each country's box, as two triangles: drawn through the stencil its fans set, it colours the country with a
  // fraction of the triangles of drawing the fans again (SwiftShader: ~30 ms less a frame at 1920×1080). Within a
  // group the boxes do not meet, so a box colours no pixel of another country's.
  const corners = boxes.map(([west, north, east, south], row) => {
    const first = v;
    positions.set([west, north, east, north, east, south, west, south], 2 * first);
    v += 4;
    rowOf.fill(row, first, v);
    return first;
  });
  // A triangle per point of each ring, about its anchor; two per box.
  const triangles = new Uint32Array(3 * pointCount + 6 * features.length);
  const fills: Mesh['fills'] = [];
  let t = 0;
  for (const group of groups) {
    const firstFan = t;
    for (const row of group.rows)
      for (let ring = firstRing[row]!; ring < firstRing[row + 1]!; ring++) {
        const anchor = ringAnchor[ring]!;
        const count = ringPoints[ring]!;
        for (let i = 0; i < count; i++) {
          triangles[t++] = anchor;
          triangles[t++] = anchor + 1 + i;
          triangles[t++] = anchor + 1 + ((i + 1) % count);
        }
      }
    const firstCover = t;
    for (const row of group.rows) {
      const c = corners[row]!;
      triangles.set([c, c + 1, c + 2, c, c + 2, c + 3], t);
      t += 6;
    }
    fills.push({ fans: [firstFan, firstCover - firstFan], covers: [firstCover, t - firstCover] });
  }
  return {
    rows,
    ranges,
    fills,
    positions,
    rowOf,
    triangles,
    borders,
    markers: micro.features.map((f) => {
      const [x, y] = mercatorUnit(f.geometry.coordinates[0]!, f.geometry.coordinates[1]!);
      return { iso3: f.properties.iso3, x, y };
    }),
  };
}

/** One texture row per country: the colours along its stripe pattern (one colour throughout when solid). */
export function looksTexture(mesh: Mesh, looks: ReadonlyMap<Iso3, Look>, theme: ThemeColors, dimmed: ReadonlySet<Iso3>): Uint8Array {
  const data = new Uint8Array(ROW * mesh.rows.size * 4);
  for (const [iso, row] of mesh.rows) {
    const look = looks.get(iso) ?? { kind: 'none' };
    let runs: [string, number][];
    if (look.kind === 'pattern') runs = stripeRuns(look.bands, theme.land);
    else runs = [[look.kind === 'solid' ? look.color : iso === COUNTERPART ? theme.counterpart : theme.land, 1]];
    // One period of the pattern, as red, green, blue; then repeated along the row (byte by byte: this runs before the
    // first frame, where an array made for each texel cost ~10 ms).
    const period: number[] = [];
    for (const [color, len] of runs) {
      const [r, g, b] = parseHex(dimmed.has(iso) ? mix(color, theme.dim, DIM_OPACITY) : color);
      for (let k = 0; k < len; k++) period.push(r, g, b);
    }
    const length = period.length / 3;
    for (let x = 0, o = row * ROW * 4; x < ROW; x++, o += 4) {
      const k = (x % length) * 3;
      data[o] = period[k]!;
      data[o + 1] = period[k + 1]!;
      data[o + 2] = period[k + 2]!;
      data[o + 3] = 255;
    }
  }
  return data;
}

interface Gpu {
  fill: { program: WebGLProgram; vao: WebGLVertexArrayObject; texture: WebGLTexture };
  line: { program: WebGLProgram; vao: WebGLVertexArrayObject; count: number };
  marker: { program: WebGLProgram; vao: WebGLVertexArrayObject; buffer: WebGLBuffer };
  buffers: WebGLBuffer[];
}

/**
 * Every program's attributes at fixed locations, bound before linking: asking a program for a location (or its
 * link status) stalls the main thread until the GPU process has compiled it, most of a second on SwiftShader.
 */
const AT = { a_pos: 0, a_row: 1, a_corner: 2, a_seg: 3, a_fill: 4, a_stroke: 5 } as const;

/** Starts compiling and linking a program without waiting for it. */
function compile(gl: WebGL2RenderingContext, vs: string, fs: string): WebGLProgram {
  const program = gl.createProgram();
  for (const [type, source] of [[gl.VERTEX_SHADER, vs], [gl.FRAGMENT_SHADER, fs]] as const) {
    const shader = gl.createShader(type)!;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
    gl.deleteShader(shader);
  }
  for (const [name, at] of Object.entries(AT)) gl.bindAttribLocation(program, at, name);
  gl.linkProgram(program);
  return program;
}

interface Programs {
  fill: WebGLProgram;
  line: WebGLProgram;
  marker: WebGLProgram;
}

/** The programs compiling or compiled in each context: started by prepareFirstPaint, taken by the layer. */
const programsByContext = new WeakMap<WebGL2RenderingContext, Programs>();

function programsFor(gl: WebGL2RenderingContext): Programs {
  let programs = programsByContext.get(gl);
  if (!programs) {
    programs = { fill: compile(gl, FILL_VS, FILL_FS), line: compile(gl, LINE_VS, LINE_FS), marker: compile(gl, MARKER_VS, MARKER_FS) };
    programsByContext.set(gl, programs);
  }
  return programs;
}

/**
 * Starts compiling the first paint's programs in a new map's context, so that the GPU process compiles them while
 * MapLibre loads its style and draws its first frame, rather than after.
 */
export function prepareFirstPaint(gl: WebGL2RenderingContext): void {
  programsFor(gl);
}

/** Uniform locations, asked once per program once it has linked (each ask is a lookup by name, every frame else). */
const uniformLocations = new WeakMap<WebGLProgram, Map<string, WebGLUniformLocation | null>>();

function uniform(gl: WebGL2RenderingContext, program: WebGLProgram, name: string): WebGLUniformLocation | null {
  let known = uniformLocations.get(program);
  if (!known) uniformLocations.set(program, (known = new Map()));
  if (!known.has(name)) known.set(name, gl.getUniformLocation(program, name));
  return known.get(name)!;
}

function attribute(gl: WebGL2RenderingContext, at: number, size: number, stride = 0, offset = 0, divisor = 0): void {
  gl.enableVertexAttribArray(at);
  gl.vertexAttribPointer(at, size, gl.FLOAT, false, stride, offset);
  gl.vertexAttribDivisor(at, divisor);
}

export class FirstPaintLayer implements CustomLayerInterface {
  readonly id = FIRST_PAINT_LAYER;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  /** Whether its programs have linked: null until asked, at the first frame. */
  private linked: boolean | null = null;
  /** The looks on screen, and when a frame first drew them (performance.now()). */
  private shown: { looks: ReadonlyMap<Iso3, Look>; at: number } | null = null;
  /** Who waits to hear that some looks are on screen. */
  private waiters: { looks: ReadonlyMap<Iso3, Look>; shown: (at: number) => void }[] = [];
  private readonly mesh: Mesh;
  private gpu: Gpu | null = null;
  private looks: ReadonlyMap<Iso3, Look> = new Map();
  private theme: ThemeColors | null = null;
  /** The feature state last uploaded, as a key: colours are uploaded again when it changes. */
  private uploaded = '';
  private map: MapLibreMap | null = null;

  /** @param onFail called when WebGL will not build the programs: the map must wait for the tiled layers. */
  constructor(
    countries: FeatureCollection<Polygon | MultiPolygon, { iso3: Iso3 }>,
    micro: FeatureCollection<Point, { iso3: Iso3 }>,
    private readonly onFail: (reason: string) => void,
  ) {
    this.mesh = buildMesh(countries, micro);
  }

  setLooks(looks: ReadonlyMap<Iso3, Look>, theme: ThemeColors): void {
    if (looks === this.looks && theme === this.theme) return; // as they are: nothing to upload again
    this.looks = looks;
    this.theme = theme;
    this.uploaded = '';
  }

  /** Resolves, with the time it was drawn, once a frame with these looks has been drawn: the countries are on screen. */
  whenShown(looks: ReadonlyMap<Iso3, Look>): Promise<number> {
    if (this.shown?.looks === looks) return Promise.resolve(this.shown.at);
    return new Promise((shown) => this.waiters.push({ looks, shown }));
  }

  /** The countries and markers in each feature state, read from the map as the tiled layers read it. */
  private featureState(map: MapLibreMap): { dim: Set<Iso3>; hover: Iso3[]; selected: Iso3[]; markers: Map<Iso3, 'hover' | 'selected' | 'dim'> } {
    const dim = new Set<Iso3>();
    const hover: Iso3[] = [];
    const selected: Iso3[] = [];
    const markers = new Map<Iso3, 'hover' | 'selected' | 'dim'>();
    // The first frames come before the tiled layers' sources, and so before any feature state.
    if (!map.getSource(COUNTRY_SOURCE) || !map.getSource(MICRO_SOURCE)) return { dim, hover, selected, markers };
    for (const iso of this.mesh.rows.keys()) {
      const state = map.getFeatureState({ source: COUNTRY_SOURCE, id: iso });
      if (state.dim) dim.add(iso);
      if (state.hover) hover.push(iso);
      if (state.selected) selected.push(iso);
    }
    for (const { iso3 } of this.mesh.markers) {
      const state = map.getFeatureState({ source: MICRO_SOURCE, id: iso3 });
      const which = state.selected ? 'selected' : state.hover ? 'hover' : state.dim ? 'dim' : null;
      if (which) markers.set(iso3, which);
    }
    return { dim, hover, selected, markers };
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.build(gl);
  }

  private build(gl: WebGL2RenderingContext): void {
    const buffers: WebGLBuffer[] = [];
    const buffer = (target: number, data: ArrayBufferView, usage: number = gl.STATIC_DRAW) => {
      const b = gl.createBuffer();
      buffers.push(b);
      gl.bindBuffer(target, b);
      gl.bufferData(target, data, usage);
      return b;
    };
    const m = this.mesh;

    const { fill: fillProgram, line: lineProgram, marker: markerProgram } = programsFor(gl);
    const fillVao = gl.createVertexArray();
    gl.bindVertexArray(fillVao);
    buffer(gl.ARRAY_BUFFER, m.positions);
    attribute(gl, AT.a_pos, 2);
    buffer(gl.ARRAY_BUFFER, m.rowOf);
    attribute(gl, AT.a_row, 1);
    buffer(gl.ELEMENT_ARRAY_BUFFER, m.triangles);
    const texture = gl.createTexture();

    const lineVao = gl.createVertexArray();
    gl.bindVertexArray(lineVao);
    buffer(gl.ARRAY_BUFFER, m.borders.vertices);
    attribute(gl, AT.a_seg, 4, 24, 0);
    attribute(gl, AT.a_corner, 2, 24, 16);
    buffer(gl.ELEMENT_ARRAY_BUFFER, m.borders.indices);

    const markerVao = gl.createVertexArray();
    gl.bindVertexArray(markerVao);
    const markerBuffer = buffer(gl.ARRAY_BUFFER, new Float32Array(m.markers.length * 10), gl.DYNAMIC_DRAW);
    attribute(gl, AT.a_pos, 2, 40, 0);
    attribute(gl, AT.a_fill, 4, 40, 8);
    attribute(gl, AT.a_stroke, 4, 40, 24);
    gl.bindVertexArray(null);

    this.gpu = {
      fill: { program: fillProgram, vao: fillVao, texture },
      line: { program: lineProgram, vao: lineVao, count: m.borders.indices.length / 6 },
      marker: { program: markerProgram, vao: markerVao, buffer: markerBuffer },
      buffers,
    };
    this.uploaded = '';
    this.linked = null;
  }

  onRemove(_map: unknown, gl: WebGL2RenderingContext): void {
    const gpu = this.gpu;
    this.gpu = null;
    if (!gpu || gl.isContextLost()) return;
    programsByContext.delete(gl);
    for (const part of [gpu.fill, gpu.line, gpu.marker]) {
      gl.deleteProgram(part.program);
      gl.deleteVertexArray(part.vao);
    }
    gl.deleteTexture(gpu.fill.texture);
    for (const b of gpu.buffers) gl.deleteBuffer(b);
  }

  /** Colours to the GPU: the texture of looks and the markers' attributes. */
  private upload(gl: WebGL2RenderingContext, gpu: Gpu, theme: ThemeColors, state: ReturnType<FirstPaintLayer['featureState']>): void {
    gl.bindTexture(gl.TEXTURE_2D, gpu.fill.texture);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, ROW, this.mesh.rows.size, 0, gl.RGBA, gl.UNSIGNED_BYTE, looksTexture(this.mesh, this.looks, theme, state.dim));
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
    const markers = new Float32Array(this.mesh.markers.length * 10);
    this.mesh.markers.forEach((mk, i) => {
      const colors = microColors(this.looks.get(mk.iso3) ?? { kind: 'none' }, theme);
      const which = state.markers.get(mk.iso3);
      // Dimmed as the tiled layer dims it: by colour (microExpressions).
      const shade = (color: string) => parseHex(which === 'dim' ? dimMarker(color, theme) : color).map((v) => v / 255);
      const ring = which === 'hover' || which === 'selected' ? MARKER_RING[which] : MICRO_STROKE_PX;
      markers.set([mk.x, mk.y, ...shade(colors.fill), 1, ...shade(colors.stroke), ring], i * 10);
    });
    gl.bindBuffer(gl.ARRAY_BUFFER, gpu.marker.buffer);
    gl.bufferSubData(gl.ARRAY_BUFFER, 0, markers);
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const gpu = this.gpu;
    const theme = this.theme;
    if (!gpu || !theme) return;
    if (this.linked === null) {
      // The first frame asks, by when the GPU process has had the time since the map was created (prepareFirstPaint).
      const programs = [gpu.fill.program, gpu.line.program, gpu.marker.program];
      this.linked = programs.every((p) => gl.getProgramParameter(p, gl.LINK_STATUS));
      if (!this.linked) {
        this.gpu = null;
        this.onFail(`the first paint's shaders did not link: ${programs.map((p) => gl.getProgramInfoLog(p)).join(' ')}`);
        return;
      }
    }
    const state = this.featureState(this.map!);
    const key = JSON.stringify([[...state.dim], [...state.markers]]);
    if (key !== this.uploaded) {
      this.upload(gl, gpu, theme, state);
      this.uploaded = key;
    }
    const matrix = options.defaultProjectionData.mainMatrix;
    const ratio = gl.drawingBufferWidth / (gl.canvas as HTMLCanvasElement).clientWidth || 1;
    const wraps = visibleWraps(this.map!);

    gl.useProgram(gpu.fill.program);
    gl.bindVertexArray(gpu.fill.vao);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, gpu.fill.texture);
    gl.uniform1i(uniform(gl, gpu.fill.program, 'u_looks'), 0);
    gl.uniform1f(uniform(gl, gpu.fill.program, 'u_ratio'), ratio);
    gl.uniformMatrix4fv(uniform(gl, gpu.fill.program, 'u_matrix'), false, matrix);
    gl.uniform1f(uniform(gl, gpu.fill.program, 'u_wrap'), wraps[0]!);
    // The countries through the stencil, a group at a time: their rings' fans flip one stencil bit for each time they
    // cover a pixel, so it is set exactly on the pixels inside a country (odd); then each country's box colours those
    // of its pixels (no other country of the group reaches into its box) and clears the bit.
    // One bit, the highest of MapLibre's tile-mask IDs, assumed clear and left so: it is set only once a source has 128
    // tiles' masks in one frame, and the first paint is gone long before a view holds that many.
    gl.enable(gl.STENCIL_TEST);
    gl.stencilMask(STENCIL_BIT);
    for (const { fans, covers } of this.mesh.fills) {
      if (fans[1] === 0) continue;
      gl.colorMask(false, false, false, false);
      gl.stencilFunc(gl.ALWAYS, 0, STENCIL_BIT);
      gl.stencilOp(gl.KEEP, gl.KEEP, gl.INVERT);
      gl.drawElementsInstanced(gl.TRIANGLES, fans[1], gl.UNSIGNED_INT, fans[0] * 4, wraps.length);
      gl.colorMask(true, true, true, true);
      gl.stencilFunc(gl.NOTEQUAL, 0, STENCIL_BIT);
      gl.stencilOp(gl.KEEP, gl.KEEP, gl.ZERO);
      gl.drawElementsInstanced(gl.TRIANGLES, covers[1], gl.UNSIGNED_INT, covers[0] * 4, wraps.length);
    }
    gl.stencilMask(0xff);
    gl.disable(gl.STENCIL_TEST);

    gl.useProgram(gpu.line.program);
    gl.bindVertexArray(gpu.line.vao);
    gl.uniformMatrix4fv(uniform(gl, gpu.line.program, 'u_matrix'), false, matrix);
    gl.uniform1f(uniform(gl, gpu.line.program, 'u_wrap'), wraps[0]!);
    gl.uniform2f(uniform(gl, gpu.line.program, 'u_half_viewport'), gl.drawingBufferWidth / 2, gl.drawingBufferHeight / 2);
    const lines = (color: string, widthPx: number, ranges: [number, number][]) => {
      // Thinner than a device pixel is drawn a pixel wide and as much fainter, as an antialiased line looks.
      const width = widthPx * ratio;
      const a = Math.min(1, width);
      const [r, g, b] = parseHex(color).map((v) => (v / 255) * a) as [number, number, number];
      gl.uniform1f(uniform(gl, gpu.line.program, 'u_half_width'), Math.max(1, width) / 2);
      gl.uniform4f(uniform(gl, gpu.line.program, 'u_color'), r, g, b, a);
      for (const [first, count] of ranges) gl.drawElementsInstanced(gl.TRIANGLES, count * 6, gl.UNSIGNED_INT, first * 6 * 4, wraps.length);
    };
    const rangesOf = (isos: Iso3[]) => isos.map((iso) => this.mesh.ranges[this.mesh.rows.get(iso)!]!);
    lines(theme.border, theme.borderWidth, [[0, gpu.line.count]]);
    lines(theme.hover, HOVER_WIDTH, rangesOf(state.hover));
    lines(theme.selected, SELECTED_WIDTH, rangesOf(state.selected));

    const radius = microRadius(this.map?.getZoom() ?? 0);
    if (radius > 0 && this.mesh.markers.length) {
      gl.useProgram(gpu.marker.program);
      gl.bindVertexArray(gpu.marker.vao);
      gl.uniformMatrix4fv(uniform(gl, gpu.marker.program, 'u_matrix'), false, matrix);
      gl.uniform1f(uniform(gl, gpu.marker.program, 'u_radius'), radius * ratio);
      gl.uniform1f(uniform(gl, gpu.marker.program, 'u_ratio'), ratio);
      gl.uniform1f(uniform(gl, gpu.marker.program, 'u_wrap'), wraps[0]!);
      gl.drawArraysInstanced(gl.POINTS, 0, this.mesh.markers.length, wraps.length);
    }
    gl.bindVertexArray(null);
    // Heard once this frame has been handed over, as MapLibre's own "idle" and "render" are.
    if (this.shown?.looks !== this.looks) this.shown = { looks: this.looks, at: performance.now() };
    const shown = this.waiters.filter((w) => w.looks === this.looks);
    this.waiters = this.waiters.filter((w) => w.looks !== this.looks);
    for (const w of shown) w.shown(this.shown.at);
  }
}

/** Each corner of a segment's quad: which end (0 at a, 1 at b), which side (1, -1). */
const QUAD_CORNERS = [0, 1, 0, -1, 1, 1, 1, -1];

/**
 * Border segment `i`, from a to b, as a quad of its own four vertices (both ends and a corner each), two triangles: all
 * of them drawn in one call. Drawn as one instanced quad per segment instead, SwiftShader (Chromium's WebGL without a
 * GPU) spent ~2 s of the first frame's GPU time on the borders.
 */
function writeQuad(quads: Mesh['borders'], i: number, ax: number, ay: number, bx: number, by: number): void {
  const { vertices, indices } = quads;
  // Each vertex: the segment's ends, then which end (0, 1) and which side (1, -1) it is the corner of.
  for (let c = 0, o = i * 24; c < 4; c++, o += 6) {
    vertices[o] = ax;
    vertices[o + 1] = ay;
    vertices[o + 2] = bx;
    vertices[o + 3] = by;
    vertices[o + 4] = QUAD_CORNERS[c * 2]!;
    vertices[o + 5] = QUAD_CORNERS[c * 2 + 1]!;
  }
  const v = i * 4;
  const at = i * 6;
  indices[at] = v;
  indices[at + 1] = indices[at + 4] = v + 1;
  indices[at + 2] = indices[at + 3] = v + 2;
  indices[at + 5] = v + 3;
}

/**
 * The copies of the world in view, consecutive, west to east (0 is the one between 180°W and 180°E; the map repeats it both ways).
 * Drawing copies out of view cost SwiftShader as much GPU time as the one in view.
 */
export function visibleWraps(map: Pick<MapLibreMap, 'getBounds'>): number[] {
  const bounds = map.getBounds();
  const wraps: number[] = [];
  for (let w = Math.floor((bounds.getWest() + 180) / 360); -180 + 360 * w < bounds.getEast(); w++) wraps.push(w);
  return wraps;
}
