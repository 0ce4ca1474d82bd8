import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { evaluate, parseJsonl } from './evaluate.ts';
import type { ActLabel } from './labels.ts';

const labels = (text: string) =>
  analyze(text)
    .acts.map((a) => a.type)
    .sort();
const spanOf = (text: string, type: ActLabel) => {
  const act = analyze(text).acts.find((a) => a.type === type);
  return act ? text.slice(...act.span) : undefined;
};

describe('analyze', () => {
  // The floors sit just under today’s figures (micro-F1 0.981, exact 0.958 over 1,972 lines): the
  // last sets added were written to be hard, and some of their labels follow conventions the rules
  // deliberately do not (a booking recap as a closing only…). A change that loses lines fails.
  it('labels the project’s own examples (written apart from the rules) almost all exactly', () => {
    const examples = parseJsonl(readFileSync(new URL('./examples.jsonl', import.meta.url), 'utf8'));
    expect(examples.length).toBeGreaterThan(1800);
    const report = evaluate(examples, (t) => analyze(t));
    expect(report.microF1).toBeGreaterThanOrEqual(0.98);
    expect(
      report.exactMatch,
      report.misses.map((m) => `l.${m.line} ${m.text}`).join('\n'),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('gives the span of text behind each act', () => {
    const text = 'Je comprends, madame. Depuis quand a-t-il de la fièvre ?';
    expect(spanOf(text, 'empathy')).toBe('Je comprends');
    expect(spanOf(text, 'question')).toBe('Depuis quand a-t-il de la fièvre');
    expect(spanOf('Raccrochez et appelez le 15 tout de suite.', 'redirect')).toBe('le 15');
  });

  it('reads text without accents, in SMS spelling or with typos', () => {
    expect(labels('bjr cabinet du dr lefevre')).toEqual(['greeting']);
    expect(labels('si je comprend bien c pour un certificat')).toEqual(['reformulation']);
    expect(labels('desolee je dois vous faire patienter')).toEqual(['empathy', 'hold_request']);
    expect(labels('tkt je m occupe de tout')).toContain('familiarity');
  });

  it('respects negation: a fault named to be denied is not a fault', () => {
    expect(labels('Je ne vous dis pas de vous calmer, je comprends que vous soyez à bout.')).toEqual([
      'empathy',
    ]);
    expect(labels('Calmez-vous, monsieur.')).toEqual(['minimizing']);
    expect(labels('Je ne vous dis pas que ce n’est rien, le docteur va vous rappeler.')).toEqual([
      'reassurance',
    ]);
  });

  it('tells a relayed instruction of the doctor from medical advice', () => {
    expect(labels('Donnez-lui du paracétamol.')).toEqual(['medical_advice']);
    expect(labels('Le docteur demande d’arrêter l’aspirine cinq jours avant.')).toEqual([]);
    expect(labels('Le docteur demande de vous dire : s’il respire mal, appelez le 15.')).toEqual([
      'redirect',
    ]);
  });

  it('treats a refusal with an alternative as a proposal, without one as blunt', () => {
    expect(labels('C’est complet.')).toEqual(['blunt']);
    expect(labels('C’est complet, mais je peux vous inscrire sur la liste d’attente.')).toEqual(['proposal']);
  });

  it('reads several sentences in one line', () => {
    expect(
      labels('Je suis désolée. Je peux vous proposer jeudi à 10 h. Vous avez un numéro de portable ?'),
    ).toEqual(['empathy', 'proposal', 'question']);
  });

  it('does not take a date or a time for the emergency number', () => {
    expect(labels('Le docteur Rey remplace le docteur Moreau jusqu’au 15 août.')).toEqual([]);
    expect(labels('Je peux vous mettre le 10 à 15 h.')).toEqual(['proposal']);
  });

  it('says which of the scenario’s facts a reformulation covers', () => {
    const facts = [
      { id: 'douleur', keywords: ['poitrine', 'serre'] },
      { id: 'bras', keywords: ['bras', 'épaule'] },
      { id: 'sueurs', keywords: ['transpire', 'sueurs'] },
    ];
    const analysis = analyze(
      'Si je comprends bien, vous avez mal à la poitrine et ça descend dans le bras ?',
      { facts },
    );
    expect(analysis.facts).toEqual(['douleur', 'bras']);
    // Not a reformulation: no facts are credited.
    expect(analyze('Vous avez mal à la poitrine ?', { facts }).facts).toEqual([]);
  });

  it('says whether a greeting named the practice and the speaker', () => {
    const context = { practiceNames: ['Cabinet de cardiologie du Parc', 'Dr Élise Marcillac'] };
    expect(analyze('Cabinet de cardiologie du Parc, Julie à l’appareil, bonjour.', context).greeting).toEqual(
      {
        namesPractice: true,
        namesSpeaker: true,
      },
    );
    expect(analyze('Bonjour !', context).greeting).toEqual({ namesPractice: false, namesSpeaker: false });
    expect(analyze('Cabinet du docteur Marcillac, bonjour.', context).greeting).toEqual({
      namesPractice: true,
      namesSpeaker: false,
    });
  });

  it('never throws, is deterministic and keeps spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const a = analyze(text);
        expect(analyze(text)).toEqual(a);
        for (const act of a.acts) {
          expect(act.span[0]).toBeGreaterThanOrEqual(0);
          expect(act.span[1]).toBeLessThanOrEqual(text.length);
          expect(act.span[1]).toBeGreaterThan(act.span[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the development set (../shared/eval/utterances.dev.jsonl)', () => {
  const file = new URL('../../../shared/eval/utterances.dev.jsonl', import.meta.url);
  const present = existsSync(file);

  it(`meets micro-F1 ≥ 0.90 with no label under 0.80${present ? '' : ' — dev set absent here: checked on the project’s own examples instead'}`, () => {
    const source = present
      ? readFileSync(file, 'utf8')
      : readFileSync(new URL('./examples.jsonl', import.meta.url), 'utf8');
    const report = evaluate(parseJsonl(source), (t) => analyze(t));
    expect(report.microF1).toBeGreaterThanOrEqual(0.9);
    for (const [label, score] of Object.entries(report.labels)) {
      if (score.support > 0) expect(score.f1, label).toBeGreaterThanOrEqual(0.8);
    }
  });
});
