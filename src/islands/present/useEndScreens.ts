/**
 * Loads the end-of-session screens once the presenter is on screen, so the first view carries
 * only what the room sees first. By the time a class reaches the outcome, they are long loaded.
 */
import { useEffect, useState } from 'preact/hooks';
// The end screens' styles load with the page: a lazily loaded chunk must not import CSS
// (src/integrations/no-preload-helper.ts).
import './EndScreens.css';
import './Money.css';
import './ClassDebrief.css';

type EndScreens = typeof import('./EndScreens');

let loading: Promise<EndScreens> | undefined;

export function useEndScreens(): EndScreens | undefined {
  const [screens, setScreens] = useState<EndScreens | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loading ??= import('./EndScreens');
    void loading.then((loaded) => {
      if (live) setScreens(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return screens;
}
