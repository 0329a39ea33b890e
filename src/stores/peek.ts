/**
 * A quick look at stored progress without the store: for every page's marks and for islands that
 * only need to show what was done before (endings found). See src/lib/progress/peek.ts.
 */
import { peekProgress, type Glimpse } from '../lib/progress/peek';
import { PROGRESS_KEY } from './keys';

/** The glimpse, or undefined when the browser won't let the page read storage at all. */
export function peekStored(): Glimpse | undefined {
  let raw: string | null;
  try {
    raw = localStorage.getItem(PROGRESS_KEY);
  } catch {
    return undefined;
  }
  return peekProgress(raw);
}
