import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/tools/chromium';

/** The LMS harness tests: they serve packages/*.zip themselves, so no web server is started. */
export default defineConfig({
  testDir: 'tests/lms',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: launchOptions() } },
  ],
});
