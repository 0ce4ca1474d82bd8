import { describe, expect, it } from 'vitest';
import { asksTreatment, messageAction } from './message.ts';

describe('the message for the doctor', () => {
  it('carries the date of birth and the treatment when they are given, in the text the doctor reads', () => {
    const action = messageAction({
      from: 'M. Quéré',
      birthdate: '11/04/1964',
      callbackNumber: '06 58 21 73 04',
      reason: 'douleur thoracique, orienté vers le 15',
      treatment: 'aspirine, traitement pour la tension',
      urgency: 'urgent',
    });
    expect(action).toMatchObject({
      birthdate: '11/04/1964',
      treatment: 'aspirine, traitement pour la tension',
    });
    expect(action.text).toBe(
      'Message urgent de M. Quéré — date de naissance : 11/04/1964 — motif : douleur thoracique, orienté vers le 15 — traitement : aspirine, traitement pour la tension — rappeler au 06 58 21 73 04',
    );
    const bare = messageAction({
      from: '',
      birthdate: ' ',
      callbackNumber: '',
      reason: 'rappeler',
      urgency: 'normal',
    });
    expect(bare).toEqual({ kind: 'message', text: 'Message — motif : rappeler', urgency: 'normal' });
  });

  it('asks for the treatment where the practice’s consignes want it', () => {
    expect(asksTreatment(['nom et prénom du patient', 'traitements en cours (anticoagulants)'])).toBe(true);
    expect(asksTreatment(['nom et prénom du patient', 'numéro de rappel'])).toBe(false);
  });
});
