#!/usr/bin/env node
// Generates the call screen's sounds into public/sounds/ (git-ignored; `npm run build` runs this
// first). Small mono 8-bit WAVs, synthesised here so the repository ships no binary audio:
//   ring.wav    French ring: 440 Hz for 1.5 s (the screen plays it once per ring, every 5 s)
//   pickup.wav  the click of a handset picked up
//   hold.wav    a short, gentle loop for hold
//   hangup.wav  busy tone: 440 Hz, 0.5 s on / 0.5 s off, three times
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const RATE = 8000;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'sounds');

/** A mono 8-bit PCM WAV from samples in [-1, 1]. */
export function wav(samples, rate = RATE) {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28); // byte rate: 1 byte per sample
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(samples.length, 40);
  const data = Buffer.alloc(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    data[i] = Math.round(128 + s * 127); // 8-bit WAV is unsigned, 128 = silence
  }
  return Buffer.concat([header, data]);
}

/** A tone with short fades, so it starts and stops without a click. */
function tone(seconds, frequency, amplitude, fade = 0.01) {
  const n = Math.round(seconds * RATE);
  const fadeN = Math.max(1, Math.round(fade * RATE));
  return Array.from({ length: n }, (_, i) => {
    const envelope = Math.min(1, i / fadeN, (n - 1 - i) / fadeN);
    return amplitude * envelope * Math.sin((2 * Math.PI * frequency * i) / RATE);
  });
}

const silence = (seconds) => new Array(Math.round(seconds * RATE)).fill(0);

function ring() {
  return tone(1.5, 440, 0.6);
}

function busy() {
  const on = tone(0.5, 440, 0.6);
  const off = silence(0.5);
  return [...on, ...off, ...on, ...off, ...on, ...off];
}

function click() {
  // A damped low thump and a few milliseconds of decaying noise, from a fixed seed.
  let seed = 7;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 2 - 1;
  const n = Math.round(0.06 * RATE);
  return Array.from({ length: n }, (_, i) => {
    const t = i / RATE;
    return 0.5 * Math.exp(-t * 90) * Math.sin(2 * Math.PI * 150 * t) + 0.35 * Math.exp(-t * 400) * noise();
  });
}

function holdMusic() {
  // A soft arpeggio in C major, each note a sine with a bell-like decay that ends at zero,
  // so the loop joins without a click: C E G E, A G E D.
  const notes = [523.25, 659.25, 783.99, 659.25, 880.0, 783.99, 659.25, 587.33];
  const noteSeconds = 0.4;
  return notes.flatMap((f) => {
    const n = Math.round(noteSeconds * RATE);
    return Array.from({ length: n }, (_, i) => {
      const t = i / RATE;
      const attack = Math.min(1, i / (0.015 * RATE));
      const release = Math.min(1, (n - 1 - i) / (0.03 * RATE));
      const body = Math.sin(2 * Math.PI * f * t) + 0.25 * Math.sin(2 * Math.PI * 2 * f * t);
      return 0.3 * attack * release * Math.exp(-t * 4) * body;
    });
  });
}

const SOUNDS = { 'ring.wav': ring, 'pickup.wav': click, 'hold.wav': holdMusic, 'hangup.wav': busy };

function main() {
  mkdirSync(outDir, { recursive: true });
  let total = 0;
  for (const [name, make] of Object.entries(SOUNDS)) {
    const bytes = wav(make());
    writeFileSync(join(outDir, name), bytes);
    total += bytes.length;
    console.log(`  ${name.padEnd(11)} ${(bytes.length / 1024).toFixed(1).padStart(5)} Ko`);
  }
  console.log(`Sons écrits dans ${relative(root, outDir)}/ : ${(total / 1024).toFixed(1)} Ko au total.`);
  if (total > 100 * 1024) {
    console.error('Les sons dépassent le budget de 100 Ko.');
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
