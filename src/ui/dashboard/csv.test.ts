import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../scenarios/schema.ts';
import { BOM, attemptsCsv, csvDate, csvText, frenchNumber } from './csv.ts';
import { summary } from './summaries.testing.ts';

describe('csv cells', () => {
  it('writes numbers with a decimal comma and leaves missing ones empty', () => {
    expect(frenchNumber(72.5)).toBe('72,5');
    expect(frenchNumber(80)).toBe('80');
    expect(frenchNumber(null)).toBe('');
    expect(frenchNumber(Number.NaN)).toBe('');
  });

  it('quotes text holding a separator, a quote or a line break', () => {
    expect(csvText('simple')).toBe('simple');
    expect(csvText('a;b')).toBe('"a;b"');
    expect(csvText('il dit "non"')).toBe('"il dit ""non"""');
    expect(csvText('deux\nlignes')).toBe('"deux\nlignes"');
  });

  it('defuses a text that a spreadsheet would run as a formula', () => {
    expect(csvText('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvText('+33 5')).toBe("'+33 5");
    expect(csvText('-1')).toBe("'-1");
    expect(csvText('@moi')).toBe("'@moi");
  });

  it('writes dates Excel recognises, in local time', () => {
    const time = new Date(2026, 2, 17, 9, 5).getTime();
    expect(csvDate(time)).toBe('2026-03-17 09:05');
    expect(csvDate(Number.NaN)).toBe('');
  });
});

describe('attemptsCsv', () => {
  const list = [
    summary({
      scenarioId: 'urgence',
      time: new Date(2026, 2, 17, 9, 5).getTime(),
      total: 42,
      outcomeLabel: 'Rendez-vous donné; à revoir',
      critical: ['red-flag'],
      passed: false,
      criteria: { accuracy: null },
    }),
    summary({ scenarioId: 'anxieux', total: 88 }),
  ];
  const text = attemptsCsv(list, (id) => (id === 'urgence' ? 'Douleur thoracique' : 'Une maman inquiète'));

  it('starts with the byte-order mark and ends lines with CRLF', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')).toHaveLength(list.length + 2); // header, rows, final empty
  });

  it('has a French header with one column per criterion, separated by semicolons', () => {
    const header = text.slice(1).split('\r\n')[0]!.split(';');
    expect(header.slice(0, 6)).toEqual([
      'Date',
      'Scénario',
      'Identifiant du scénario',
      'Issue',
      'Résultat',
      'Note globale',
    ]);
    expect(header).toHaveLength(6 + CRITERIA.length + 1);
    expect(header).toContain('Écoute et empathie');
    expect(header.at(-1)).toBe('Échec critique');
  });

  it('writes one row per attempt', () => {
    const row = text.slice(1).split('\r\n')[1]!;
    expect(
      row.startsWith(
        '2026-03-17 09:05;Douleur thoracique;urgence;"Rendez-vous donné; à revoir";non réussi;42;',
      ),
    ).toBe(true);
    expect(row.endsWith(';Urgence vitale non orientée vers le 15')).toBe(true);
    const cells = row.replace('"Rendez-vous donné; à revoir"', 'issue').split(';');
    expect(cells[6 + CRITERIA.indexOf('accuracy')]).toBe('');
    expect(text).toContain(';réussi;88;');
  });
});
