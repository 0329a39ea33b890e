/**
 * Refuses to test a dist/ older than its sources (see tests/tools/build-age.ts). Playwright runs
 * it as the globalSetup, which comes after the preview server has started; the web server
 * command also runs it as a script first, because astro preview stops on a missing dist/ before
 * any globalSetup, with a message that doesn't say how to get a build.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleBuild } from '../tools/build-age.ts';

const root = join(import.meta.dirname, '..', '..');

export default function globalSetup(): void {
  const problem = staleBuild(root);
  if (problem) throw new Error(problem);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = staleBuild(root);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
