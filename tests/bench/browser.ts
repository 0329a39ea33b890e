/**
 * What the bench's parts share: one way to start Chromium, a preview server for a built site
 * and its stopping, and timing helpers that run in the page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { launchOptions } from '../tools/chromium.ts';

export { launchOptions } from '../tools/chromium.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

export interface Preview {
  origin: string;
  stop: () => void;
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

/** `astro preview` of the site built in `root`, in its own process group so stop ends it all. */
export async function startPreview(root: string, port: number): Promise<Preview> {
  const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const server: ChildProcess = spawn(
    process.execPath,
    [astroBin, 'preview', '--port', String(port), '--ignore-lock'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  const stop = () => {
    try {
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const origin = `http://localhost:${port}`;
  try {
    await waitForServer(`${origin}/`);
  } catch (error) {
    stop();
    throw error;
  }
  return { origin, stop };
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};
