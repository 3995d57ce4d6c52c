import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildServer } from '../../src/api/server.js';
import type { ApiServer } from '../../src/api/route.js';
import { createApp, type App } from '../../src/app.js';
import { PROJECT_ROOT } from '../../src/config.js';

/** Debian's Chromium, headless and quiet: no network of its own, no first-run work. */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-quic',
    '--no-first-run',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export const SCREENSHOTS = join(PROJECT_ROOT, 'docs', 'screenshots');

export interface Stage {
  app: App;
  server: ApiServer;
  browser: Browser;
  page: Page;
  url: string;
}

/**
 * The real thing, in process: the UI built if stale, a fresh SQLite file loaded with the real reference data,
 * the server on a free loopback port, Chromium on a laptop-sized window.
 */
export async function openStage(): Promise<Stage> {
  await import('../../web/build-if-needed.js');
  const app = await createApp({ db: join(mkdtempSync(join(tmpdir(), 'entente-e2e-')), 'e2e.sqlite'), logLevel: 'warn' });
  await app.ensureLoaded();
  const server = await buildServer(app, { webRoot: join(PROJECT_ROOT, 'web', 'dist') });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch(CHROMIUM);
  // Playwright evaluates a string predicate (waitForFunction) with eval, which the app's CSP forbids; the CSP is
  // checked on a page that enforces it, in test/security/ui-links.test.ts.
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
  page.setDefaultTimeout(60_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    // A 4xx the UI answers in words still logs "Failed to load resource"; that is not a fault of the page.
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(m.text());
  });
  (page as Page & { problems: string[] }).problems = problems;
  return { app, server, browser, page, url };
}

export async function closeStage(s: Stage | undefined): Promise<void> {
  await s?.browser.close();
  await s?.server.close();
  await s?.app.close();
}

/** Errors the page logged or threw (a failed request the UI handles shows in words, not here). */
export function pageProblems(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}
