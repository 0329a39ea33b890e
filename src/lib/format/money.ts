/**
 * Yen amounts as learners read them, in the page's locale: "¥4.2M" in running text (in Japanese
 * "¥420万"), "+¥0.6M" for a change, every yen for screen readers. Islands call these through
 * src/i18n/money.ts, which supplies the page's locale.
 */

interface YenFormats {
  compact: Intl.NumberFormat;
  full: Intl.NumberFormat;
}

// Number formats are costly to build and a page has one locale, so each is made once.
const formatsByLocale = new Map<string, YenFormats>();

function yenFormats(locale: string): YenFormats {
  let formats = formatsByLocale.get(locale);
  if (!formats) {
    formats = {
      compact: new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'JPY',
        notation: 'compact',
        maximumFractionDigits: 1,
      }),
      full: new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'JPY',
        maximumFractionDigits: 0,
      }),
    };
    formatsByLocale.set(locale, formats);
  }
  return formats;
}

export function formatYen(value: number, locale: string): string {
  return yenFormats(locale).compact.format(value);
}

/** Every yen, for screen readers and print: "¥4,200,000". */
export function formatYenInFull(value: number, locale: string): string {
  return yenFormats(locale).full.format(value);
}

export function formatYenChange(delta: number, locale: string): string {
  if (delta === 0) return formatYen(0, locale);
  const sign = delta > 0 ? '+' : '−';
  return `${sign}${formatYen(Math.abs(delta), locale)}`;
}

/** A signed whole number with a true minus sign: "+6", "−12". */
export function formatSigned(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${Math.abs(value)}`;
  return '0';
}
