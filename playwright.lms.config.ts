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
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // The test LRS listens on 127.0.0.1 (tests/lms/lrs.ts), and the test LMS's pages are on a
        // made-up public host: Chromium's local network access checks would refuse the course's
        // requests to it, as they would to any LRS on the learner's own machine.
        launchOptions: launchOptions([
          '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
        ]),
      },
    },
  ],
});
