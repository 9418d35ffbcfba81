// What the first view does not need, split out of the first bundle and fetched
// on first use: the D3 panels, the comparison, the table and the SVG fallback
// map, the presentation and the embed's bridge to its host. Each waits in its own Suspense boundary, so a panel's heading and text
// show at once while its charts arrive. (The offline build inlines them all.)
import { lazy, Suspense, type ComponentProps, type ComponentType, type JSX } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

function lazyPart<C extends AnyComponent>(
  load: () => Promise<C>,
  className: string | null = 'part-loading',
): (props: ComponentProps<C>) => JSX.Element {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function LazyPart(props: ComponentProps<C>) {
    return (
      <Suspense fallback={className === null ? null : <div className={className} aria-busy="true" />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

export const AssistanceMatrix = lazyPart(() =>
  import('../panels/assistance/AssistanceMatrix.tsx').then((m) => m.AssistanceMatrix),
);
export const FundingChart = lazyPart(() => import('../panels/funding/FundingChart.tsx').then((m) => m.FundingChart));
export const GoalsPanel = lazyPart(() => import('../panels/goals/GoalsPanel.tsx').then((m) => m.GoalsPanel));
export const PartnersPanel = lazyPart(() =>
  import('../panels/partners/PartnersPanel.tsx').then((m) => m.PartnersPanel),
);
export const TimelinePanel = lazyPart(() =>
  import('../panels/timeline/TimelinePanel.tsx').then((m) => m.TimelinePanel),
);
export const CompareView = lazyPart(() => import('../panels/compare/CompareView.tsx').then((m) => m.CompareView));
export const CountryTable = lazyPart(() => import('../a11y/CountryTable.tsx').then((m) => m.CountryTable));
export const SvgMapView = lazyPart(() => import('../map/svg/SvgMapView.tsx').then((m) => m.SvgMapView), 'map-wrap');
// Nothing to show while they load: the presentation's bar comes with its slide, the bridge has no view.
export const PresentMode = lazyPart(() => import('../present/PresentMode.tsx').then((m) => m.PresentMode), null);
export const DeckEditor = lazyPart(
  () => import('../present/deckEditor/DeckEditor.tsx').then((m) => m.DeckEditor),
  null,
);
export const EmbedBridge = lazyPart(() => import('../embed/EmbedBridge.tsx').then((m) => m.EmbedBridge), null);
