/**
 * The message for the doctor, composed from the form's fields: the text the doctor reads (and
 * the scorer checks against the practice's `messageMustContain`) carries every field, and the
 * action carries each field the form had (rubric 2 does not deduct an item the form had no
 * field for: a field left out of the action means « no such field »).
 */
import type { ToolAction } from '../../machines/events.ts';
import { fold } from '../../scoring/text.ts';

export interface MessageFields {
  from: string;
  birthDate: string;
  callbackNumber: string;
  reason: string;
  urgency: 'normal' | 'urgent';
  /** Treatments in progress; `undefined` when the practice does not ask for them (no field). */
  treatment?: string;
  /** A practitioner id, or '' for whoever is concerned. */
  for?: string;
}

/** Does the practice want treatments in its messages (« traitements en cours (anticoagulants) »)? */
export function asksForTreatment(messageMustContain: readonly string[]): boolean {
  return messageMustContain.some((item) => /traitement|medicament|anticoag/.test(fold(item)));
}

/**
 * « Message urgent de Mme Durand, née le 03/05/1958 — motif : fièvre depuis 3 jours —
 * traitement : Kardégic — rappeler au 06 12 34 56 78 ».
 */
export function composeMessageText(fields: MessageFields): string {
  const from = fields.from.trim();
  const birth = fields.birthDate.trim();
  const number = fields.callbackNumber.trim();
  const reason = fields.reason.trim();
  const treatment = fields.treatment?.trim();
  const who = `${from ? ` de ${from}` : ''}${birth ? `${from ? ',' : ''} né(e) le ${birth}` : ''}`;
  const head = `${fields.urgency === 'urgent' ? 'Message urgent' : 'Message'}${who}`;
  return [
    head,
    reason && `motif : ${reason}`,
    treatment && `traitement : ${treatment}`,
    number && `rappeler au ${number}`,
  ]
    .filter(Boolean)
    .join(' — ');
}

export function messageAction(fields: MessageFields): Extract<ToolAction, { kind: 'message' }> {
  const from = fields.from.trim();
  const number = fields.callbackNumber.trim();
  return {
    kind: 'message',
    text: composeMessageText(fields),
    urgency: fields.urgency,
    birthDate: fields.birthDate.trim(),
    ...(fields.treatment !== undefined ? { treatment: fields.treatment.trim() } : {}),
    ...(from ? { from } : {}),
    ...(number ? { callbackNumber: number } : {}),
    ...(fields.for ? { for: fields.for } : {}),
  };
}
