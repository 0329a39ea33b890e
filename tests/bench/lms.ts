/**
 * The LMS figures: the size of each package zip, and of the suspend data for the fullest
 * realistic learner (every lesson, quiz and the assessment done, with 1, 10 and 500 runs of
 * every scenario), as encoded and as fitted to SCORM 1.2's 4,096 characters.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { encodeSuspendData, fitSuspendData, SUSPEND_LIMITS } from '../../src/lib/lms/suspend.ts';
import { realisticProgress } from '../unit/lib/lms/realistic.ts';

export interface LmsFigures {
  zips: { name: string; bytes: number }[];
  suspendData: {
    runsPerScenario: number;
    chars: number;
    fittedChars: number;
    runsDropped: number;
  }[];
}

export function measureLms(root: string): LmsFigures {
  const built = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: 'ignore' });
  if (built.status !== 0) throw new Error('npm run package failed');
  const dir = join(root, 'packages');
  const zips = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.zip'))
        .map((name) => ({ name, bytes: statSync(join(dir, name)).size }))
    : [];
  const suspendData = [1, 10, 500].map((runsPerScenario) => {
    const progress = realisticProgress(runsPerScenario);
    const fitted = fitSuspendData(progress, SUSPEND_LIMITS.scorm12);
    return {
      runsPerScenario,
      chars: encodeSuspendData(progress).length,
      fittedChars: fitted.text.length,
      runsDropped: fitted.droppedRuns,
    };
  });
  return { zips, suspendData };
}

export function lmsReport({ zips, suspendData }: LmsFigures): string {
  const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
  return [
    '',
    'LMS packages',
    ...zips.map(({ name, bytes }) => `  ${name.padEnd(24)} ${kb(bytes)}`),
    '',
    'Suspend data for the fullest learner (SCORM 1.2 allows 4,096 characters)',
    ...suspendData.map(
      ({ runsPerScenario, chars, fittedChars, runsDropped }) =>
        `  ${String(runsPerScenario).padStart(3)} runs per scenario: ${chars.toLocaleString('en')} characters; fitted ${fittedChars.toLocaleString('en')}, ${runsDropped.toLocaleString('en')} oldest runs left out`,
    ),
    '',
  ].join('\n');
}
