// A part of the interface fetched on first use, split out of the first bundle, in its own Suspense boundary: a
// panel's heading and text show at once while its charts arrive. (The offline build inlines them all.)
import { lazy, Suspense, type ComponentProps, type ComponentType, type JSX } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

export function lazyPart<C extends AnyComponent>(
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
