/**
 * What "course complete" means: every lesson completed, every scenario played to an ending at
 * least once, and the final assessment passed. The status says how far along the learner is in
 * terms the progress page can show and an LMS can later report (completion, success, a measure).
 */
import type { Progress } from '../../schemas/progress';
import { lessonStatus, scenarioProgress } from './summary';

export type AssessmentStatus = 'not-taken' | 'failed' | 'passed';

export interface CourseStatus {
  complete: boolean;
  lessons: { done: number; total: number };
  /** Scenarios played to an ending at least once. */
  scenarios: { done: number; total: number };
  /** "failed" until an attempt passes; a pass is kept whatever comes after. */
  assessment: AssessmentStatus;
  /** Share of the course done, 0–1, each lesson, scenario and the assessment counting as one part. */
  progress: number;
}

/** The course's lessons and scenarios by id; records for ids the course lacks don't count. */
export interface CourseIds {
  lessons: readonly string[];
  scenarios: readonly string[];
}

export function courseStatus(progress: Progress, course: CourseIds): CourseStatus {
  const lessons = course.lessons.filter((id) => lessonStatus(progress, id) === 'completed').length;
  const scenarios = course.scenarios.filter(
    (id) => (scenarioProgress(progress, id)?.endings.length ?? 0) > 0,
  ).length;
  const assessment = !progress.assessment
    ? 'not-taken'
    : progress.assessment.passed
      ? 'passed'
      : 'failed';
  const passed = assessment === 'passed' ? 1 : 0;
  const parts = course.lessons.length + course.scenarios.length + 1;
  return {
    complete: lessons + scenarios + passed === parts,
    lessons: { done: lessons, total: course.lessons.length },
    scenarios: { done: scenarios, total: course.scenarios.length },
    assessment,
    progress: (lessons + scenarios + passed) / parts,
  };
}
