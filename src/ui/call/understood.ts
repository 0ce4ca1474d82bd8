/**
 * The chips of a trainee's line in practice mode: what the analyser understood (acts, intents,
 * entities), in French. Pure, so the wording is tested without a DOM.
 */
import { CLARIFY_BELOW } from '../../language/confidence.ts';
import type { Entity } from '../../language/labels.ts';
import type { LogEntryOf } from '../../machines/events.ts';
import { formatDate, formatTime } from './format.ts';
import { typo } from '../i18n/typography.ts';
import { understood as fr } from './strings.understood.ts';

export interface Chip {
  /** `fault`: an act that costs points (minimizing, blunt…). */
  kind: 'act' | 'fault' | 'intent' | 'entity';
  text: string;
  /** The reading is unsure (below the caller's threshold for reacting). */
  unsure?: boolean;
}

const FAULTS = new Set(['minimizing', 'blunt', 'medical_advice', 'familiarity']);

function entityValue(entity: Entity): string {
  if (entity.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(entity.value)) return formatDate(entity.value);
  if (entity.kind === 'time')
    return /^\d{2}:\d{2}$/.test(entity.value)
      ? formatTime(entity.value)
      : (fr.parts[entity.value] ?? entity.value);
  return entity.value;
}

export function chipsOf(entry: LogEntryOf<'trainee.say'>): Chip[] {
  const chips: Chip[] = [];
  const unsure = (c: number | undefined) => (c !== undefined && c < CLARIFY_BELOW ? { unsure: true } : {});
  const seen = new Set<string>();
  for (const act of entry.acts ?? []) {
    if (seen.has(act.type)) continue;
    seen.add(act.type);
    chips.push({
      kind: FAULTS.has(act.type) ? 'fault' : 'act',
      text: fr.acts[act.type] ?? act.type,
      ...unsure(act.confidence),
    });
  }
  for (const intent of entry.intents ?? []) {
    if (seen.has(intent.type)) continue;
    seen.add(intent.type);
    chips.push({
      kind: 'intent',
      text: fr.intents[intent.type] ?? intent.type,
      ...unsure(intent.confidence),
    });
  }
  for (const entity of entry.entities ?? []) {
    const text = typo(`${fr.entities[entity.kind] ?? entity.kind} : ${entityValue(entity)}`);
    if (seen.has(text)) continue;
    seen.add(text);
    chips.push({ kind: 'entity', text, ...unsure(entity.confidence) });
  }
  return chips;
}
