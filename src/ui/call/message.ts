/**
 * The message for the doctor, composed from the form's fields: the text the doctor reads (and
 * the scorer checks against the practice's `messageMustContain`) carries every field.
 */
import type { ToolAction } from '../../machines/events.ts';

export interface MessageFields {
  from: string;
  /** The patient's date of birth, as typed (« 14/09/2021 »). */
  birthdate?: string;
  callbackNumber: string;
  /** Treatments in progress, where the practice asks for them. */
  treatment?: string;
  reason: string;
  urgency: 'normal' | 'urgent';
  /** A practitioner id, or '' for whoever is concerned. */
  for?: string;
}

/**
 * « Message urgent de Mme Durand — née le 03/02/1950 — motif : fièvre depuis 3 jours — traitement :
 * Kardégic — rappeler au 06 12 34 56 78 ».
 */
export function composeMessageText(fields: MessageFields): string {
  const from = fields.from.trim();
  const number = fields.callbackNumber.trim();
  const reason = fields.reason.trim();
  const birthdate = fields.birthdate?.trim();
  const treatment = fields.treatment?.trim();
  const head = `${fields.urgency === 'urgent' ? 'Message urgent' : 'Message'}${from ? ` de ${from}` : ''}`;
  return [
    head,
    birthdate && `date de naissance : ${birthdate}`,
    reason && `motif : ${reason}`,
    treatment && `traitement : ${treatment}`,
    number && `rappeler au ${number}`,
  ]
    .filter(Boolean)
    .join(' — ');
}

/** The practice wants the treatments in progress in a message (« traitements en cours… »). */
export function asksTreatment(mustContain: readonly string[]): boolean {
  return mustContain.some((item) => /traitement/i.test(item));
}

export function messageAction(fields: MessageFields): Extract<ToolAction, { kind: 'message' }> {
  const from = fields.from.trim();
  const number = fields.callbackNumber.trim();
  const birthdate = fields.birthdate?.trim();
  const treatment = fields.treatment?.trim();
  return {
    kind: 'message',
    text: composeMessageText(fields),
    urgency: fields.urgency,
    ...(from ? { from } : {}),
    ...(birthdate ? { birthdate } : {}),
    ...(number ? { callbackNumber: number } : {}),
    ...(treatment ? { treatment } : {}),
    ...(fields.for ? { for: fields.for } : {}),
  };
}
