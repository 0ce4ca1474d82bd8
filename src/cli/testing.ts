/**
 * For the CLI's tests (vitest only): what a command printed, and a temporary folder for the
 * files it reads, both reset around every test.
 *
 *   const cli = captureCli();
 *   expect(await run([cli.file('a.json', {...})])).toBe(0);
 *   expect(cli.out.join('\n')).toContain('…');
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

export interface CliCapture {
  /** Lines written to standard output, then to standard error, by the test so far. */
  readonly out: string[];
  readonly err: string[];
  /** A path in this test's temporary folder (nothing written). */
  path(name: string): string;
  /** Writes a file there (JSON unless a string) and returns its path. */
  file(name: string, content: unknown): string;
}

export function captureCli(): CliCapture {
  const out: string[] = [];
  const err: string[] = [];
  let dir = '';
  beforeEach(() => {
    out.length = 0;
    err.length = 0;
    dir = mkdtempSync(join(tmpdir(), 'decroche-cli-'));
    vi.spyOn(console, 'log').mockImplementation((...args) => void out.push(args.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...args) => void err.push(args.join(' ')));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });
  const path = (name: string) => join(dir, name);
  return {
    out,
    err,
    path,
    file(name, content) {
      writeFileSync(path(name), typeof content === 'string' ? content : JSON.stringify(content));
      return path(name);
    },
  };
}
