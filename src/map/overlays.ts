// What sits over the map (the legend, the Caribbean inset, the export buttons, a details sheet or a caption bar that
// overlaps it), measured as drawn: the camera pads its frames for them and the names keep clear of them.
import type { Box } from './placeLabels.ts';

/** Elements that may sit over the map. The inset and any later overlay can also carry data-map-overlay. */
const OVERLAYS = '.legend, .export-buttons, #details, .present-bar, [data-map-overlay]';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * The overlays' boxes in the map's own pixels (from its top left), each cut to the map. `inset`: count the Caribbean
 * inset's box even while it is hidden (a frame moving to the islands makes room for the inset it will bring).
 */
export function overlayBoxes(map: HTMLElement, inset = false): Box[] {
  const m = map.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const el of map.ownerDocument.querySelectorAll<HTMLElement>(OVERLAYS)) {
    if (map.contains(el) || el.contains(map)) continue;
    const r = el.getBoundingClientRect();
    const box: Box = [
      Math.max(r.left, m.left) - m.left,
      Math.max(r.top, m.top) - m.top,
      Math.min(r.right, m.right) - m.left,
      Math.min(r.bottom, m.bottom) - m.top,
    ];
    const shown = getComputedStyle(el).visibility !== 'hidden' || (inset && el.dataset.mapOverlay === 'inset');
    if (box[2] - box[0] > 1 && box[3] - box[1] > 1 && shown) boxes.push(box);
  }
  return boxes;
}

/**
 * The padding that frames a view clear of the overlays: each overlay is cleared on whichever side costs the smaller
 * share of the map (a legend in a corner pads the bottom if it is wide, the left if it is tall; a bar along the
 * bottom pads the bottom). At least `base` on every side; the frame keeps at least 40% of each dimension.
 */
export function paddingFor(width: number, height: number, overlays: readonly Box[], base: number): Padding {
  const pad: Padding = { top: base, right: base, bottom: base, left: base };
  for (const [x0, y0, x1, y1] of overlays) {
    const left = x0 < width - x1;
    const top = y0 < height - y1;
    const across = left ? x1 : width - x0;
    const down = top ? y1 : height - y0;
    if (across / width < down / height) {
      const side = left ? 'left' : 'right';
      pad[side] = Math.max(pad[side], across + base / 2);
    } else {
      const side = top ? 'top' : 'bottom';
      pad[side] = Math.max(pad[side], down + base / 2);
    }
  }
  const fit = (a: 'left' | 'top', b: 'right' | 'bottom', size: number) => {
    const over = pad[a] + pad[b] - size * 0.6;
    if (over <= 0) return;
    const k = (size * 0.6) / (pad[a] + pad[b]);
    pad[a] *= k;
    pad[b] *= k;
  };
  fit('left', 'right', width);
  fit('top', 'bottom', height);
  return pad;
}

/** paddingFor the map element as it is now (`inset`: see overlayBoxes). */
export function overlayPadding(map: HTMLElement, base: number, inset = false): Padding {
  return paddingFor(map.clientWidth, map.clientHeight, overlayBoxes(map, inset), base);
}
