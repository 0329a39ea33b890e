/**
 * Dates inside islands, in the page's locale and the learner's time zone. The rules are pure and
 * take the locale: src/lib/format/dates.ts.
 */
import { pageLocale } from './client';
import * as dates from '../lib/format/dates';

export const formatDate = (timestamp: string) => dates.formatDate(timestamp, pageLocale());
export const formatDateTime = (timestamp: string) => dates.formatDateTime(timestamp, pageLocale());
