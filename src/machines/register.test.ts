import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.ts';
import { actsForCaller } from './register.ts';

const familiar = (text: string, age: number) =>
  actsForCaller(analyze(text).acts, text, { age }).some((a) => a.type === 'familiarity');

describe('the register owed to the caller', () => {
  it.each([
    'Tu es très courageux. Est-ce que maman respire ?',
    'Reste avec moi, tu peux me dire ton adresse ?',
  ])('lets « tu » be said to a child: « %s »', (text) => {
    expect(familiar(text, 35)).toBe(true);
    expect(familiar(text, 7)).toBe(false);
  });

  it('keeps familiar words a fault, even with a child', () => {
    expect(familiar('Ok ça marche ma belle.', 7)).toBe(true);
  });

  it('keeps every other act of the line', () => {
    const text = 'Tu es très courageux. Est-ce que maman respire ?';
    const kept = actsForCaller(analyze(text).acts, text, { age: 7 }).map((a) => a.type);
    expect(kept).toContain('question');
  });
});
