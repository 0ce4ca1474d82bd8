/**
 * Storage timings in real Chromium with a persistent profile (a default Playwright context
 * keeps IndexedDB in memory): `npx tsx src/storage/bench.browser.ts [count]`.
 * Bundles `benchPage()` below with esbuild, serves it on localhost, runs it in /usr/bin/chromium.
 */
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const count = Number(process.argv[2] ?? 5000);

async function main() {
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./bench.page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2022',
  });
  const js = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js')
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(js);
    else
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const profile = mkdtempSync(join(tmpdir(), 'decroche-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
  });
  try {
    const page = await context.newPage();
    page.on('console', (m) => console.log(m.text()));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(
      (n) => (window as unknown as { runBench(n: number): Promise<void> }).runBench(n),
      count,
    );
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

void main();
