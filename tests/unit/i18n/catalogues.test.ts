import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../src/i18n';
import type { Message } from '../../../src/i18n/format';
import { locales } from '../../../src/lib/routes';

const dir = join(import.meta.dirname, '..', '..', '..', 'src', 'i18n');
const read = (file: string) =>
  JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, Message>;
const en = read('en.json');
const files = readdirSync(dir).filter((file) => file.endsWith('.json'));

/** The placeholders a message fills, across all its plural forms. */
const placeholders = (message: Message) =>
  [
    ...new Set(
      (typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
      ),
    ),
  ].sort();

describe('the message catalogues', () => {
  it('exist for the default locale and only for known locales', () => {
    expect(Object.keys(catalogues)).toContain('en');
    for (const locale of Object.keys(catalogues)) expect(locales).toContain(locale);
  });

  for (const file of files) {
    describe(file, () => {
      const catalogue = read(file);

      it('has exactly the keys of en.json', () => {
        const keys = Object.keys(catalogue);
        expect(Object.keys(en).filter((key) => !keys.includes(key))).toEqual([]);
        expect(keys.filter((key) => !(key in en))).toEqual([]);
      });

      it('fills the same placeholders as en.json, and gives every plural message `other`', () => {
        for (const [key, message] of Object.entries(catalogue)) {
          const english = en[key];
          if (english === undefined) continue;
          // A form may leave the count out where its category means exactly one ("a run").
          const filled = placeholders(message).filter((name) => name !== 'n');
          expect(filled, `${file} › ${key}`).toEqual(
            placeholders(english).filter((name) => name !== 'n'),
          );
          if (typeof message !== 'string')
            expect(message.other, `${file} › ${key}`).toBeTypeOf('string');
          expect(typeof message === 'string', `${file} › ${key} is plural in one locale only`).toBe(
            typeof english === 'string',
          );
        }
      });
    });
  }
});
