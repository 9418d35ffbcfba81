// The SVG map, the fallback without WebGL: fetched only when it is needed.
import { lazyPart } from '../ui/lazyPart.tsx';

export const SvgMapView = lazyPart(() => import('./svg/SvgMapView.tsx').then((m) => m.SvgMapView), 'map-wrap');
