import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROMIUM = '/usr/bin/chromium';

export function assertChromium() {
  // Not a skip: a machine without Chromium cannot say the web apps work.
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y --no-install-recommends chromium`,
    );
  }
}

/** Debian's Chromium, headless, with the background traffic this closed network refuses switched off. */
export function launchChromium(): Promise<Browser> {
  assertChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Builds a web workspace the way `npm start` does, so the server serves exactly what users get. */
export function buildWorkspace(workspace: 'miniapp' | 'web-dashboard') {
  try {
    execFileSync('npm', ['run', 'build', '-w', workspace], { cwd: ROOT, stdio: 'pipe', env: process.env });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`${workspace} build failed:\n${err.stdout?.toString() ?? ''}\n${err.stderr?.toString() ?? ''}`);
  }
}
