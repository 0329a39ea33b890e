/**
 * Money inside islands, in the page's locale (registered with its strings, see ./client.ts). The
 * rules are pure and take the locale: src/lib/format/money.ts. Apart from ./dates.ts so that the
 * players don't download date formats.
 */
import { pageLocale } from './client';
import * as money from '../lib/format/money';

export { formatSigned } from '../lib/format/money';

export const formatYen = (value: number) => money.formatYen(value, pageLocale());
export const formatYenInFull = (value: number) => money.formatYenInFull(value, pageLocale());
export const formatYenChange = (delta: number) => money.formatYenChange(delta, pageLocale());
