/**
 * How every test and the bench start Chromium: Playwright's own where it is installed, otherwise
 * Debian's (Playwright cannot download browsers here), with the flags that keep it off the network.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchOptions(extraArgs: string[] = []): LaunchOptions {
  return {
    ...(existsSync(chromium.executablePath()) ? {} : { executablePath: '/usr/bin/chromium' }),
    args: [...chromiumArgs, ...extraArgs],
  };
}
