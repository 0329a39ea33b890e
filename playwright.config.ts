import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/tools/chromium';
import { basePath } from './tests/e2e/base-path';

// Another preview (a second worktree, say) may hold 4321; PORT=4410 npx playwright test avoids it,
// since reuseExistingServer would otherwise test that server's site instead of this one.
const port = Number(process.env['PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  // The tests run against dist/ as built; an old build would pass or fail for the wrong reasons.
  globalSetup: './tests/e2e/fresh-build.ts',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}${basePath}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: launchOptions(),
      },
    },
  ],
  webServer: {
    // --ignore-lock: the test server must start even if a stale preview lock is left behind.
    // The build is checked first here too: a missing dist/ stops astro preview before globalSetup.
    command: `node tests/e2e/fresh-build.ts && npx astro preview --port ${port} --ignore-lock`,
    url: `http://localhost:${port}${basePath}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
