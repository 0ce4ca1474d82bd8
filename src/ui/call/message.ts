/**
 * The message for the doctor, composed from the form's fields: the text the doctor reads (and
 * the scorer checks against the practice's `messageMustContain`) carries every field.
 */
import type { ToolAction } from '../../machines/events.ts';

export interface MessageFields {
  from: string;
  callbackNumber: string;
  reason: string;
  urgency: 'normal' | 'urgent';
  /** A practitioner id, or '' for whoever is concerned. */
  for?: string;
}

/** « Message urgent de Mme Durand — motif : fièvre depuis 3 jours — rappeler au 06 12 34 56 78 ». */
export function composeMessageText(fields: MessageFields): string {
  const from = fields.from.trim();
  const number = fields.callbackNumber.trim();
  const reason = fields.reason.trim();
  const head = `${fields.urgency === 'urgent' ? 'Message urgent' : 'Message'}${from ? ` de ${from}` : ''}`;
  return [head, reason && `motif : ${reason}`, number && `rappeler au ${number}`].filter(Boolean).join(' — ');
}

export function messageAction(fields: MessageFields): Extract<ToolAction, { kind: 'message' }> {
  const from = fields.from.trim();
  const number = fields.callbackNumber.trim();
  return {
    kind: 'message',
    text: composeMessageText(fields),
    urgency: fields.urgency,
    ...(from ? { from } : {}),
    ...(number ? { callbackNumber: number } : {}),
    ...(fields.for ? { for: fields.for } : {}),
  };
}
