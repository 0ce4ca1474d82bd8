import { describe, expect, it } from 'vitest';
import { Scanner, tailAfterGap, words } from './scan.ts';
import { alternativesOf, re } from './rules.ts';

describe('tailAfterGap', () => {
  it('returns what follows a top-level gap', () => {
    expect(tailAfterGap('il faut[^.?!]{0,40}?(?<![a-z])(?:doliprane|advil)')).toBe(
      '(?<![a-z])(?:doliprane|advil)',
    );
  });
  it('ignores a gap inside a group or an alternative without a gap', () => {
    expect(tailAfterGap('une collegue(?:[^.?!]{0,80})accepte')).toBeUndefined();
    expect(tailAfterGap('je vous [^a] comprends')).toBeUndefined();
  });
});

describe('Scanner with a gapped alternative', () => {
  const sources = ['il faut[^.?!]{0,40}?(?<![a-z])(?:doliprane|advil)', 'il faut rappeler'];
  const scanner = new Scanner([
    {
      tag: 'x',
      pattern: re(sources.map((s) => `(?:${s})`).join('|'), 'y', false),
      alternatives: alternativesOf(sources),
    },
  ]);
  const scan = (text: string) => scanner.scan(text, words(text)).map((m) => text.slice(m.start, m.end));
  it('finds the drug after the gap, and the other alternatives when the drug is absent', () => {
    expect(scan('il faut lui donner du doliprane')).toEqual(['il faut lui donner du doliprane']);
    expect(scan('il faut rappeler demain')).toEqual(['il faut rappeler']);
    expect(scan('il faut lui donner du doliprane. il faut rappeler')).toEqual([
      'il faut lui donner du doliprane',
      'il faut rappeler',
    ]);
  });
});
