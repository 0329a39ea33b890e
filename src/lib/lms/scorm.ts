/**
 * The report as SCORM data model elements, in the order to set them and as the strings SCORM
 * wants; the runtime calls SetValue with each pair, then Commit. Scores come before statuses,
 * so an LMS that derives a status from the score as it is set still ends with the course's own.
 *
 * SCORM 1.2 has one cmi.core.lesson_status for completion and success together. The course sends
 * "passed" when it is complete (every lesson, every scenario and the assessment passed), "failed"
 * while the assessment has been taken and not yet passed, so the LMS's reports show who needs a
 * retake, and "incomplete" otherwise; never "completed", which a course that requires a pass
 * cannot be without passing. The session ends with cmi.core.exit "suspend" until the course is
 * complete, so an LMS keeps the attempt, and its suspend data, open for the retake. The 1.2
 * manifest leaves out a mastery score, so no LMS re-derives passed from the score alone while
 * scenarios remain. SCORM 2004 keeps completion and success apart, so it gets both as they are.
 */
import type { LmsReport } from './report';

/** [element, value] pairs, in the order to set them. */
export type ScormValues = [element: string, value: string][];

/** A number the way SCORM's decimal types take it: "0.85", "1", never "8.5e-1". */
const decimal = (value: number) => (Math.round(value * 100) / 100).toString();

function lessonStatus(report: LmsReport): 'passed' | 'failed' | 'incomplete' {
  if (report.completion === 'completed') return 'passed';
  return report.success === 'failed' ? 'failed' : 'incomplete';
}

export function scorm12Values(report: LmsReport): ScormValues {
  const { score } = report;
  return [
    ...(score
      ? ([
          ['cmi.core.score.min', decimal(score.min)],
          ['cmi.core.score.max', decimal(score.max)],
          ['cmi.core.score.raw', decimal(score.raw)],
        ] satisfies ScormValues)
      : []),
    ['cmi.core.lesson_status', lessonStatus(report)],
  ];
}

export function scorm2004Values(report: LmsReport): ScormValues {
  const { score } = report;
  return [
    ...(score
      ? ([
          ['cmi.score.min', decimal(score.min)],
          ['cmi.score.max', decimal(score.max)],
          ['cmi.score.raw', decimal(score.raw)],
          ['cmi.score.scaled', decimal(score.scaled)],
        ] satisfies ScormValues)
      : []),
    ['cmi.progress_measure', decimal(report.progressMeasure)],
    ['cmi.success_status', report.success],
    ['cmi.completion_status', report.completion],
  ];
}
