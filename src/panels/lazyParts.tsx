// The D3 panels and the comparison: what the first view does not need, fetched when a panel first shows.
import { lazyPart } from '../ui/lazyPart.tsx';

export const AssistanceMatrix = lazyPart(() =>
  import('./assistance/AssistanceMatrix.tsx').then((m) => m.AssistanceMatrix),
);
export const FundingChart = lazyPart(() => import('./funding/FundingChart.tsx').then((m) => m.FundingChart));
export const GoalsPanel = lazyPart(() => import('./goals/GoalsPanel.tsx').then((m) => m.GoalsPanel));
export const PartnersPanel = lazyPart(() => import('./partners/PartnersPanel.tsx').then((m) => m.PartnersPanel));
export const TimelinePanel = lazyPart(() => import('./timeline/TimelinePanel.tsx').then((m) => m.TimelinePanel));
export const CompareView = lazyPart(() => import('./compare/CompareView.tsx').then((m) => m.CompareView));
