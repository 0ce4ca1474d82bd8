/** An attempt log as a French transcript for the terminal. */
import type { LogEntry } from '../machines/events.ts';
import { clock } from '../scoring/report.ts';

function line(e: LogEntry): string | undefined {
  switch (e.type) {
    case 'ring':
      return `☎ sonnerie ${e.n}`;
    case 'pickup':
      return '☎ décroché';
    case 'caller.say':
      return `Appelant : ${e.text}`;
    case 'trainee.say':
      return `Vous : ${e.text}${e.acts.length ? `   [${e.acts.map((a) => a.type).join(', ')}]` : ''}`;
    case 'trainee.action':
      return `→ action ${e.action.kind}${e.slot ? ` ${e.slot.start}` : ''}${e.refused ? ` (refusée : ${e.refused})` : ''}`;
    case 'hold':
      return '⏸ mise en attente';
    case 'resume':
      return '▶ reprise';
    case 'outcome':
      return `★ issue : ${e.id} (${e.verdict}${e.critical ? `, critique : ${e.critical}` : ''})`;
    case 'hangup':
      return `☎ raccroché par ${e.by === 'trainee' ? 'vous' : 'l’appelant'} (${e.reason})`;
    default:
      return undefined;
  }
}

export function formatLog(log: readonly LogEntry[]): string {
  return log
    .flatMap((e) => {
      const text = line(e);
      return text ? [`${clock(e.t).padStart(5)}  ${text}`] : [];
    })
    .join('\n');
}
