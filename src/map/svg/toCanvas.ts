// Draws the SVG map onto a canvas, for the export: the <svg> is serialised
// (its colours, patterns and outlines are attributes, so it needs no
// stylesheet) and loaded as an image from a blob: URL, which the CSP allows
// (img-src blob:) and which does not taint the canvas. Labels are an HTML
// overlay on either renderer, so the export draws them itself, as it does for
// the WebGL canvas.

/** The SVG renderer's <svg> inside a map container, or null when the map is drawn with WebGL. */
export function svgMapElement(root: ParentNode = document): SVGSVGElement | null {
  return root.querySelector<SVGSVGElement>('.map[data-renderer="svg"] svg.svg-map');
}

/**
 * Draws the map at its on-screen size times `pixelRatio` into `ctx` at (x, y)
 * in CSS px (the context's own transform applies). Resolves once drawn.
 */
export async function drawSvgMap(
  svg: SVGSVGElement,
  ctx: CanvasRenderingContext2D,
  x = 0,
  y = 0,
  pixelRatio = 1,
): Promise<void> {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(width * pixelRatio));
  copy.setAttribute('height', String(height * pixelRatio));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const blob = new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    ctx.drawImage(image, x, y, width, height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The map alone as a canvas of its on-screen size times `pixelRatio`. */
export async function svgMapToCanvas(svg: SVGSVGElement, pixelRatio = 2): Promise<HTMLCanvasElement> {
  const { width, height } = svg.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas context for the export');
  ctx.scale(pixelRatio, pixelRatio);
  await drawSvgMap(svg, ctx, 0, 0, pixelRatio);
  return canvas;
}
