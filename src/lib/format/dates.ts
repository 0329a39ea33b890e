/**
 * Dates and times as the page's locale writes them, in the learner's own time zone: a run
 * finished at 08:00 in Tokyo is that day's run, not the day before in UTC. `timeZone` is for
 * tests; the browser's own zone is the default.
 */

type Style = 'date' | 'dateTime';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(style: Style, locale: string, timeZone: string | undefined) {
  const key = `${style} ${locale} ${timeZone ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(style === 'dateTime' && { timeStyle: 'short' }),
      ...(timeZone && { timeZone }),
    });
    formats.set(key, format);
  }
  return format;
}

// Timestamps can come from a storage key or an imported file: one that isn't a date is shown as
// it is rather than throwing a RangeError into the page.
function format(style: Style, timestamp: string, locale: string, timeZone: string | undefined) {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? timestamp : formatFor(style, locale, timeZone).format(date);
}

/** "Nov 29, 2026"; in Japanese "2026/11/29". */
export function formatDate(timestamp: string, locale: string, timeZone?: string): string {
  return format('date', timestamp, locale, timeZone);
}

/** "Nov 29, 2026, 10:00 AM"; in Japanese "2026/11/29 10:00". */
export function formatDateTime(timestamp: string, locale: string, timeZone?: string): string {
  return format('dateTime', timestamp, locale, timeZone);
}
