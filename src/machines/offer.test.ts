import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.ts';
import { withoutNested } from './offer.ts';

const dates = (text: string) =>
  withoutNested(analyze(text, { now: '2026-03-18T14:20' }).entities ?? [])
    .filter((e) => e.kind === 'date')
    .map((e) => e.value);

describe('the day an offer names', () => {
  it('reads « le mercredi 29 avril » as the 29th of April, not as next Wednesday', () => {
    expect(dates('Je peux vous proposer le mercredi 29 avril à 9 h, ou le lundi 4 mai à 9 h.')).toEqual([
      '2026-04-29',
      '2026-05-04',
    ]);
  });

  it('keeps a weekday said alone', () => {
    expect(dates('Je peux vous proposer mercredi à 9 h.')).toEqual(['2026-03-25']);
  });
});
