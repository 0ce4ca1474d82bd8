/**
 * Export/import at scale in real Chromium with a persistent profile (IndexedDB on disk):
 * `npx tsx src/storage/scale.browser.ts [count=50000]`. Prints times and the peak JS heap
 * (sampled through the DevTools protocol); exits 1 when the round trip loses or changes anything.
 */
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const count = Number(process.argv[2] ?? 50_000);

async function main(): Promise<number> {
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./scale.page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2022',
    define: { 'import.meta.env.DEV': 'false' },
  });
  const js = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/scale.js')
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(js);
    else
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><meta charset="utf-8"><script src="/scale.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const profile = mkdtempSync(join(tmpdir(), 'decroche-scale-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
  });
  let peak = 0;
  try {
    const page = await context.newPage();
    page.on('console', (m) => console.log(m.text()));
    page.on('pageerror', (e) => console.error(`Erreur dans la page : ${e.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const sampler = setInterval(() => {
      cdp
        .send('Performance.getMetrics')
        .then(({ metrics }) => {
          const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
          peak = Math.max(peak, heap);
        })
        .catch(() => {});
    }, 250);
    await page.goto(`http://127.0.0.1:${port}/`);
    const start = performance.now();
    const figures = await page.evaluate(
      (n) => (window as unknown as { runScale(n: number): Promise<{ roundTrip: boolean }> }).runScale(n),
      count,
    );
    clearInterval(sampler);
    const total = (performance.now() - start) / 1000;
    console.log(`total ${total.toFixed(1)} s; peak JS heap ${(peak / 1048576).toFixed(0)} Mo`);
    console.log(
      JSON.stringify({
        ...figures,
        totalS: Number(total.toFixed(1)),
        peakHeapMb: Math.round(peak / 1048576),
      }),
    );
    return figures.roundTrip ? 0 : 1;
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Échec du banc d’essai : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
