// A Chromium profile on disk, for persistence tests and storage benchmarks: a default Playwright
// context keeps IndexedDB in memory, a persistent one writes it like a real browser does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, watchContext, watchPage } from './browser.js';

/**
 * Launches Chromium on a profile directory (a new temporary one unless `dir` is given). Every page
 * of the context is watched for problems. `restart()` closes the browser and opens the same profile
 * again, as a user quitting and coming back; `close()` also deletes a temporary profile.
 * @param {{ dir?: string, allow?: RegExp[] }} [options]
 */
export async function launchPersistent({ dir, allow } = {}) {
  const ownDir = !dir;
  const profile = dir ?? (await mkdtemp(join(tmpdir(), 'decroche-profile-')));

  async function open() {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      locale: 'fr-FR',
    });
    await watchContext(context);
    for (const page of context.pages()) watchPage(page, { allow });
    context.on('page', (page) => watchPage(page, { allow }));
    return context;
  }

  const session = {
    dir: profile,
    context: await open(),
    /** The context's first page (a persistent context opens with one). */
    async page() {
      return session.context.pages()[0] ?? (await session.context.newPage());
    },
    async restart() {
      await session.context.close();
      session.context = await open();
      return session.context;
    },
    async close() {
      await session.context.close().catch(() => {});
      // Chromium's helper processes may still be writing for a moment after the close.
      if (ownDir) await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
  return session;
}
