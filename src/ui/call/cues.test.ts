import { describe, expect, it } from 'vitest';
import { cuesFor } from './cues.ts';

describe('what the call sounds like', () => {
  it('rings each ring, clicks on pickup, speaks the caller, plays music on hold and a busy tone at the end', () => {
    expect(
      cuesFor([
        { t: 0, type: 'ring', n: 1 },
        { t: 5000, type: 'ring', n: 2 },
        { t: 6000, type: 'pickup' },
        { t: 6000, type: 'caller.say', text: 'Allô ?', node: 'accueil', mood: 'calm', cause: 'node' },
        { t: 9000, type: 'stress', value: 40, delta: -5, why: 'act' },
        { t: 9000, type: 'hold' },
        { t: 20000, type: 'resume' },
        { t: 30000, type: 'hangup', by: 'trainee', reason: 'trainee' },
      ]),
    ).toEqual([
      { type: 'play', sound: 'ring' },
      { type: 'play', sound: 'ring' },
      { type: 'stop', sound: 'ring' },
      { type: 'play', sound: 'pickup' },
      { type: 'speak', text: 'Allô ?' },
      { type: 'hush' },
      { type: 'play', sound: 'hold' },
      { type: 'stop', sound: 'hold' },
      { type: 'stop' },
      { type: 'play', sound: 'hangup' },
    ]);
  });
});
