/**
 * The course as an LMS serves it: built under a base path into dist-base/, then the e2e smoke
 * tests (tagged @smoke) run against it, every address under /training/shinrai/. `npm test` runs
 * this last; extra arguments go to Playwright (`npm run test:e2e:base -- --grep search`).
 */
import { spawnSync } from 'node:child_process';

// Beside the main suite's server (PORT, default 4321), never on it.
const port = Number(process.env['PORT'] ?? 4321) + 1;
const env = {
  ...process.env,
  BASE_PATH: '/training/shinrai/',
  OUT_DIR: 'dist-base',
  PORT: String(port),
};

function run(command: string, args: string[]): void {
  console.log(`under-base: ${command} ${args.join(' ')} (BASE_PATH=${env.BASE_PATH})`);
  const result = spawnSync(command, args, { env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['astro', 'build']);
run('npx', ['playwright', 'test', '--grep', '@smoke', ...process.argv.slice(2)]);
