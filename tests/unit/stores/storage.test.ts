import { describe, expect, it } from 'vitest';
import { $storageHealth, createSafeStorage } from '../../../src/stores/storage';

/** A browser's localStorage in memory; `full` refuses every write as a full one would. */
class FakeWebStorage implements Storage {
  private readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

describe('createSafeStorage', () => {
  it('lists what the browser holds and what only memory could keep, each once', () => {
    const backing = new FakeWebStorage();
    backing.setItem('kept', 'a');
    const storage = createSafeStorage(backing);
    storage['saved'] = 'b';
    backing.full = true;
    storage['kept'] = 'c';
    storage['refused'] = 'd';
    expect(Reflect.ownKeys(storage).sort()).toEqual(['kept', 'refused', 'saved']);
    expect(storage['kept']).toBe('c');
    expect($storageHealth.get()).toMatchObject({ state: 'unavailable' });
  });

  it('forgets a removed key in both places', () => {
    const backing = new FakeWebStorage();
    const storage = createSafeStorage(backing);
    storage['gone'] = 'x';
    Reflect.deleteProperty(storage, 'gone');
    expect(Reflect.ownKeys(storage)).toEqual([]);
    expect('gone' in storage).toBe(false);
  });

  it('keeps everything in memory where the browser has no storage', () => {
    const storage = createSafeStorage(undefined);
    storage['only-here'] = 'x';
    expect(Reflect.ownKeys(storage)).toEqual(['only-here']);
    expect($storageHealth.get()).toEqual({
      state: 'unavailable',
      reason: 'localStorage is not available',
    });
  });
});
