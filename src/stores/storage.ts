/**
 * The storage engine behind every persistent store: localStorage when it works, memory when it
 * does not (disabled, private mode, SecurityError, quota exceeded). It never throws; it reports
 * its health so the interface can say honestly that progress is not being saved, or that the
 * browser's space for the course is nearly used up, before a write fails.
 */
import { atom } from 'nanostores';

export type StorageHealth =
  | { state: 'ok' }
  | { state: 'nearly-full'; percent: number }
  | { state: 'unavailable'; reason: string };

export const $storageHealth = atom<StorageHealth>({ state: 'ok' });

/**
 * What browsers allow one site in localStorage: 5 MiB counted in UTF-16 code units of keys and
 * values (measured in Chromium: 5,242,880; Firefox and Safari allow about the same).
 */
export const STORAGE_QUOTA = 5 * 1024 * 1024;
/** Warn while there is still room to export: a 1 MB import plus its kept copy still fits. */
export const NEARLY_FULL = 0.8;

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

/** Every key stored, in the browser's order. */
function keysIn(backing: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < backing.length; index++) {
    const key = backing.key(index);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** Code units used by every key and value, as the quota counts them. */
function measure(backing: Storage): Map<string, number> {
  return new Map(
    keysIn(backing).map((key) => [key, key.length + (backing.getItem(key)?.length ?? 0)]),
  );
}

/** A key–value object in the shape @nanostores/persistent expects, backed safely. */
export function createSafeStorage(
  backing: Storage | undefined = openLocalStorage(),
): Record<string, string> {
  const memory = new Map<string, string>();
  let writable = backing !== undefined;
  let sizes = new Map<string, number>();
  // Find out now, not at the first save, whether this browser lets us write at all.
  try {
    backing?.setItem('shinrai:probe', '1');
    backing?.removeItem('shinrai:probe');
    if (backing) sizes = measure(backing);
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
  const checkRoom = () => {
    if (!writable) return;
    let used = 0;
    for (const size of sizes.values()) used += size;
    const share = used / STORAGE_QUOTA;
    $storageHealth.set(
      share >= NEARLY_FULL
        ? { state: 'nearly-full', percent: Math.min(100, Math.round(share * 100)) }
        : { state: 'ok' },
    );
  };
  checkRoom();
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
      // Listing what is stored (Reflect.ownKeys) is how kept copies are found: what the browser
      // holds and what only memory could keep.
      ownKeys: () => {
        let stored: string[] = [];
        try {
          stored = backing ? keysIn(backing) : [];
        } catch {
          // storage unavailable: only memory can be listed
        }
        return [...new Set([...stored, ...memory.keys()])];
      },
      set: (_, key, value) => {
        if (typeof key !== 'string') return true;
        const text = String(value);
        memory.set(key, text);
        if (writable) {
          try {
            backing?.setItem(key, text);
            memory.delete(key); // saved for real; memory only holds what could not be saved
            sizes.set(key, key.length + text.length);
            checkRoom();
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
          sizes.delete(key);
          checkRoom();
        } catch (error) {
          fail(error);
        }
        return true;
      },
    },
  );
}
