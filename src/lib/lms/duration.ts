/**
 * How long the learner spent in this visit, as each SCORM version writes a time span:
 * SCORM 1.2 CMITimespan "HHHH:MM:SS.SS", SCORM 2004 an ISO 8601 duration "PT1H2M3.5S".
 */

/** Whole hundredths of a second, never negative, never more than SCORM 1.2's 9999 hours. */
function hundredths(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0) return 0;
  return Math.min(Math.round(ms / 10), 9999 * 3600 * 100 + 3599 * 100 + 99);
}

export function scorm12Timespan(ms: number): string {
  const total = hundredths(ms);
  const hours = Math.floor(total / 360_000);
  const minutes = Math.floor((total % 360_000) / 6000);
  const seconds = (total % 6000) / 100;
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

export function iso8601Duration(ms: number): string {
  const total = hundredths(ms);
  const hours = Math.floor(total / 360_000);
  const minutes = Math.floor((total % 360_000) / 6000);
  const seconds = (total % 6000) / 100;
  // Trailing zeros of the seconds are dropped: "PT3.5S", "PT0S".
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${Number(seconds.toFixed(2))}S`;
}
