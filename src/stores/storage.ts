/**
 * The storage engine behind every persistent store: localStorage when it works, memory when it
 * does not (disabled, private mode, SecurityError, quota exceeded). It never throws; it reports
 * its health so the interface can say honestly that progress is not being saved.
 */
import { atom } from 'nanostores';

export type StorageHealth = { state: 'ok' } | { state: 'unavailable'; reason: string };

export const $storageHealth = atom<StorageHealth>({ state: 'ok' });

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function openLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch (error) {
    $storageHealth.set({ state: 'unavailable', reason: describe(error) });
    return undefined;
  }
}

/** A key–value object in the shape @nanostores/persistent expects, backed safely. */
export function createSafeStorage(
  backing: Storage | undefined = openLocalStorage(),
): Record<string, string> {
  const memory = new Map<string, string>();
  let writable = backing !== undefined;
  // Find out now, not at the first save, whether this browser lets us write at all.
  try {
    backing?.setItem('shinrai:probe', '1');
    backing?.removeItem('shinrai:probe');
  } catch (error) {
    writable = false;
    $storageHealth.set({ state: 'unavailable', reason: describe(error) });
  }
  if (!backing && $storageHealth.get().state === 'ok') {
    $storageHealth.set({ state: 'unavailable', reason: 'localStorage is not available' });
  }

  const fail = (error: unknown) => {
    writable = false;
    $storageHealth.set({ state: 'unavailable', reason: describe(error) });
  };
  const read = (key: string): string | undefined => {
    if (memory.has(key)) return memory.get(key);
    try {
      return backing?.getItem(key) ?? undefined;
    } catch (error) {
      fail(error);
      return undefined;
    }
  };

  return new Proxy(
    {},
    {
      get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
      has: (_, key) => typeof key === 'string' && read(key) !== undefined,
      set: (_, key, value) => {
        if (typeof key !== 'string') return true;
        memory.set(key, String(value));
        if (writable) {
          try {
            backing?.setItem(key, String(value));
            memory.delete(key); // saved for real; memory only holds what could not be saved
          } catch (error) {
            fail(error);
          }
        }
        return true;
      },
      deleteProperty: (_, key) => {
        if (typeof key !== 'string') return true;
        memory.delete(key);
        try {
          backing?.removeItem(key);
        } catch (error) {
          fail(error);
        }
        return true;
      },
    },
  );
}
