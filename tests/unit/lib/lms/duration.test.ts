import { describe, expect, it } from 'vitest';
import { iso8601Duration, scorm12Timespan } from '../../../../src/lib/lms/duration';

describe('session time', () => {
  it('is written as SCORM 1.2 wants it', () => {
    expect(scorm12Timespan(0)).toBe('0000:00:00.00');
    expect(scorm12Timespan(3_723_450)).toBe('0001:02:03.45');
    expect(scorm12Timespan(-5)).toBe('0000:00:00.00');
    expect(scorm12Timespan(Number.NaN)).toBe('0000:00:00.00');
  });

  it('stays within SCORM 1.2’s four hour digits', () => {
    expect(scorm12Timespan(10_000 * 3600 * 1000)).toBe('9999:59:59.99');
  });

  it('is written as an ISO 8601 duration for SCORM 2004 and cmi5', () => {
    expect(iso8601Duration(0)).toBe('PT0S');
    expect(iso8601Duration(3500)).toBe('PT3.5S');
    expect(iso8601Duration(3_723_450)).toBe('PT1H2M3.45S');
    expect(iso8601Duration(120_000)).toBe('PT2M0S');
  });
});
