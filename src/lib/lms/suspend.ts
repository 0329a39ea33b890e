/**
 * The progress document as LMS suspend data (SCORM cmi.suspend_data, or a cmi5 state document),
 * so a learner resumes on any computer the LMS launches the course on.
 *
 * Format "s1": the text "s1." and then the document's JSON, deflated (level 9) and written as
 * base64url without padding: a full document with one run per scenario takes about 3,400
 * characters where its JSON takes 8,400. A later format takes the next prefix ("s2."), so an
 * older course can tell "newer than me" from "damaged". Reading goes through the same parser as
 * localStorage and imported files (src/lib/progress/parse.ts), migrations included, and never
 * throws. SCORM 1.2 keeps only 4,096 characters, so fitSuspendData gives up the oldest scenario
 * runs until the text fits (src/lib/lms/runs.ts says which go first).
 */
import { Inflate, deflateSync } from 'fflate';
import type { Progress } from '../../schemas/progress';
import { MAX_IMPORT_BYTES, parseProgress } from '../progress/parse';
import { fromBase64url, toBase64url } from './base64url';
import { runsInDropOrder, withoutRuns } from './runs';

const PREFIX = 's1.';

/**
 * The most a document may inflate to: the same 1 MB an imported file may have. A few kilobytes
 * of deflate can inflate to gigabytes, so reading stops as soon as the output passes this.
 */
export const MAX_SUSPEND_JSON_BYTES = MAX_IMPORT_BYTES;

/** Longer text cannot be a document within the limit above, so it is refused unread. */
const MAX_SUSPEND_TEXT = PREFIX.length + 2 * MAX_SUSPEND_JSON_BYTES;

/** Compressed bytes handed to the inflater at a time: each can inflate to at most about 1 MB. */
const INFLATE_STEP = 1024;

export type SuspendFailure = {
  ok: false;
  /**
   * empty: nothing stored yet. unknown-format: written in a format or progress version this
   * course does not know (a newer course), or not by this course at all. corrupt: the text is
   * damaged or larger than any document. invalid: it reads, but is not a valid progress document.
   */
  reason: 'empty' | 'unknown-format' | 'corrupt' | 'invalid';
  /** For logs and support: what exactly did not read. */
  detail?: string;
};

export type SuspendResult = { ok: true; progress: Progress } | SuspendFailure;

/** What cmi.suspend_data holds at most: SCORM 1.2's CMIString4096, SCORM 2004's SPM of 64,000. */
export const SUSPEND_LIMITS = { scorm12: 4_096, scorm2004: 64_000 } as const;

/** The text, and whether it reads back: JSON.stringify already leaves out undefined fields. */
function encoded(progress: Progress): { text: string; readsBack: boolean } {
  const json = new TextEncoder().encode(JSON.stringify(progress));
  return {
    text: PREFIX + toBase64url(deflateSync(json, { level: 9 })),
    readsBack: json.length <= MAX_SUSPEND_JSON_BYTES,
  };
}

/**
 * Any document; decodeSuspendData reads back those whose JSON is within MAX_SUSPEND_JSON_BYTES.
 * What goes to an LMS should come from fitSuspendData, which keeps to that as well.
 */
export function encodeSuspendData(progress: Progress): string {
  return encoded(progress).text;
}

export interface FittedSuspendData {
  text: string;
  /** Scenario runs left out to make it fit, oldest first. */
  droppedRuns: number;
  /** False when even without any runs the text is longer than the limit: then it is the shortest. */
  fits: boolean;
}

/**
 * The document as suspend data of at most `limit` characters that decodeSuspendData reads back,
 * keeping as many of the newest runs as fit; every other record is kept whole. Finds the most
 * runs that fit by doubling and then halving the gap, so it encodes about 2 log2(runs) times,
 * mostly small documents. That search takes a run more never to make the text shorter, as is so
 * of deflate in practice; were it ever not, a run or two more would go, and the text still fits.
 */
export function fitSuspendData(progress: Progress, limit: number): FittedSuspendData {
  const order = runsInDropOrder(progress);
  const total = order.length;
  const keeping = (kept: number) => {
    const { text, readsBack } = encoded(withoutRuns(progress, order.slice(0, total - kept)));
    return { kept, text, fits: readsBack && text.length <= limit };
  };
  const whole = keeping(total);
  if (whole.fits) return { text: whole.text, droppedRuns: 0, fits: true };
  const bare = keeping(0);
  if (!bare.fits) return { text: bare.text, droppedRuns: total, fits: false };
  let best = bare;
  let tooMany = total;
  for (let kept = 1; kept < tooMany; kept *= 2) {
    const trial = keeping(kept);
    if (trial.fits) best = trial;
    else tooMany = kept;
  }
  while (tooMany - best.kept > 1) {
    const trial = keeping(Math.floor((best.kept + tooMany) / 2));
    if (trial.fits) best = trial;
    else tooMany = trial.kept;
  }
  return { text: best.text, droppedRuns: total - best.kept, fits: true };
}

/** The inflated bytes, or why not; stops feeding input as soon as the output passes `limit`. */
function inflateAtMost(deflated: Uint8Array, limit: number): Uint8Array | 'too-large' | 'damaged' {
  const chunks: Uint8Array[] = [];
  // Written by the inflater's callback, so kept in an object the compiler does not narrow.
  const out = { size: 0, ended: false };
  const inflater = new Inflate((chunk, final) => {
    out.size += chunk.length;
    if (out.size <= limit) chunks.push(chunk);
    out.ended = final;
  });
  try {
    for (let at = 0; at < deflated.length && out.size <= limit; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, deflated.length);
      inflater.push(deflated.subarray(at, end), end === deflated.length);
    }
  } catch {
    return 'damaged';
  }
  if (out.size > limit) return 'too-large';
  if (!out.ended) return 'damaged';
  const bytes = new Uint8Array(out.size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

const corrupt = (detail: string): SuspendFailure => ({ ok: false, reason: 'corrupt', detail });
const tooLarge = corrupt(`inflates to more than ${MAX_SUSPEND_JSON_BYTES} bytes`);

export function decodeSuspendData(text: string | null | undefined): SuspendResult {
  if (text === null || text === undefined || text === '') return { ok: false, reason: 'empty' };
  if (!text.startsWith(PREFIX)) {
    const format = /^s(\d{1,6})\./.exec(text)?.[1];
    return {
      ok: false,
      reason: 'unknown-format',
      detail: format ? `suspend format s${format} is not s1` : 'not Shinrai suspend data',
    };
  }
  if (text.length > MAX_SUSPEND_TEXT) return corrupt('longer than any progress document');
  const deflated = fromBase64url(text.slice(PREFIX.length));
  if (!deflated) return corrupt('not base64url');
  const inflated = inflateAtMost(deflated, MAX_SUSPEND_JSON_BYTES);
  if (inflated === 'too-large') return tooLarge;
  if (inflated === 'damaged') return corrupt('not deflate data');
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return corrupt('not UTF-8 text');
  }
  const parsed = parseProgress(json, MAX_SUSPEND_JSON_BYTES);
  if (parsed.ok) return parsed;
  switch (parsed.reason) {
    case 'too-large':
      return tooLarge;
    case 'not-json':
      return corrupt('not JSON');
    case 'not-progress':
      return { ok: false, reason: 'invalid', detail: 'not a progress document' };
    case 'future-version':
      return {
        ok: false,
        reason: 'unknown-format',
        detail: `progress version ${parsed.version} is newer than this course`,
      };
    case 'invalid':
      return { ok: false, reason: 'invalid', detail: parsed.detail };
  }
}
