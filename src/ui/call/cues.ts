/**
 * What the call's new log entries sound like: rings, the pickup click, hold music, the caller's
 * voice, the busy tone. Pure, so the screen's audio follows the log and a test can read it.
 */
import type { LogEntry } from '../../machines/events.ts';
import type { SoundName } from '../audio/sound.ts';

export type CallCue =
  | { type: 'play'; sound: SoundName }
  | { type: 'stop'; sound?: SoundName }
  | { type: 'speak'; text: string }
  | { type: 'hush' };

export function cuesFor(entries: readonly LogEntry[]): CallCue[] {
  const cues: CallCue[] = [];
  for (const entry of entries) {
    switch (entry.type) {
      case 'ring':
        cues.push({ type: 'play', sound: 'ring' });
        break;
      case 'pickup':
        cues.push({ type: 'stop', sound: 'ring' }, { type: 'play', sound: 'pickup' });
        break;
      case 'caller.say':
        cues.push({ type: 'speak', text: entry.text });
        break;
      case 'hold':
        cues.push({ type: 'hush' }, { type: 'play', sound: 'hold' });
        break;
      case 'resume':
        cues.push({ type: 'stop', sound: 'hold' });
        break;
      case 'hangup':
        // The caller's last words are spoken first; the busy tone follows the line going dead.
        cues.push({ type: 'stop' }, { type: 'play', sound: 'hangup' });
        break;
    }
  }
  return cues;
}
