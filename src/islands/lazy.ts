/**
 * A component whose code loads the first time it is rendered, so an island ships only what its
 * first view shows: a dialog arrives when it is opened, a chart when there is something to chart.
 * It renders nothing until the code has arrived, usually within a frame or two.
 */
import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyComponent<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  return function Lazy(props: P) {
    const [, setArrived] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      loading ??= load().then((module) => {
        loaded = module.default;
      });
      void loading.then(() => {
        if (live) setArrived(true);
      });
      return () => {
        live = false;
      };
    }, []);
    return loaded ? h(loaded, props) : null;
  };
}
