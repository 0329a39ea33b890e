/**
 * `npm run package`: builds the course for LMSs into dist-package/, under the marker base path
 * and with index.html in every address; ./lms-packages.ts then makes the addresses relative and
 * writes the zips to packages/.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PACKAGE_MARKER } from './package-marker.ts';

const result = spawnSync('npx', ['astro', 'build'], {
  cwd: join(import.meta.dirname, '..', '..'),
  stdio: 'inherit',
  env: {
    ...process.env,
    BASE_PATH: PACKAGE_MARKER,
    PUBLIC_INDEX_FILES: 'true',
    OUT_DIR: 'dist-package',
  },
});
process.exit(result.status ?? 1);
