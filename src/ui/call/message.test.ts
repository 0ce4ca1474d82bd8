import { describe, expect, it } from 'vitest';
import { asksForTreatment, composeMessageText, messageAction } from './message.ts';

const fields = {
  from: 'Bernard Quéré',
  birthDate: '12/04/1961',
  callbackNumber: '06 12 34 56 78',
  reason: 'douleur thoracique, orienté vers le 15',
  urgency: 'urgent' as const,
};

describe('the message form', () => {
  it('writes every field into the text the doctor reads', () => {
    expect(composeMessageText({ ...fields, treatment: 'Kardégic' })).toBe(
      'Message urgent de Bernard Quéré, né(e) le 12/04/1961 — motif : douleur thoracique, orienté vers le 15 — traitement : Kardégic — rappeler au 06 12 34 56 78',
    );
  });

  it('carries the date of birth always, and the treatment only where the practice has the field', () => {
    expect(messageAction({ ...fields, birthDate: '' })).toMatchObject({ birthDate: '' });
    expect(messageAction(fields)).not.toHaveProperty('treatment');
    expect(messageAction({ ...fields, treatment: ' ' })).toMatchObject({ treatment: '' });
  });

  it('shows a treatment field only when the consignes ask for it', () => {
    expect(asksForTreatment(['nom et prénom du patient', 'traitements en cours (anticoagulants)'])).toBe(
      true,
    );
    expect(asksForTreatment(['Médicaments pris'])).toBe(true);
    expect(asksForTreatment(['nom et prénom du patient', 'numéro de rappel'])).toBe(false);
  });
});
