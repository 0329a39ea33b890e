/** Yen amounts as learners read them: "¥4.2M" in running text, "+¥0.6M" for a change. */

const compact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'JPY',
  notation: 'compact',
  maximumFractionDigits: 1,
});

const full = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'JPY',
  maximumFractionDigits: 0,
});

export function formatYen(value: number): string {
  return compact.format(value);
}

/** Every yen, for screen readers and print: "¥4,200,000". */
export function formatYenInFull(value: number): string {
  return full.format(value);
}

export function formatYenChange(delta: number): string {
  if (delta === 0) return formatYen(0);
  const sign = delta > 0 ? '+' : '−';
  return `${sign}${formatYen(Math.abs(delta))}`;
}

/** A signed whole number with a true minus sign: "+6", "−12". */
export function formatSigned(value: number): string {
  if (value > 0) return `+${value}`;
  if (value < 0) return `−${Math.abs(value)}`;
  return '0';
}
