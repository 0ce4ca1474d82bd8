import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import {
  cleanLine,
  cleanText,
  cleanUntrusted,
  decodeUtf8,
  firstInvalidUtf8,
  hasLoneSurrogate,
  parseJson,
} from './clean.ts';

const NFD = 'Donnez-lui du parace\u0301tamol.';

describe('text hygiene', () => {
  it('composes accents and removes what hides words', () => {
    expect(cleanLine(NFD)).toBe('Donnez-lui du paracétamol.');
    expect(cleanLine('Donnez\u200b-lui du para\u200dcétamol.\u0000')).toBe('Donnez-lui du paracétamol.');
    expect(cleanLine(' ligne\nsuivante\t ')).toBe('ligne suivante');
    expect(cleanText('a\r\nb\u0007\u00adc\n')).toBe('a\nbc\n');
  });

  it('lets the analyser see medical advice written in NFD or with zero-width characters', () => {
    const acts = (text: string) => analyze(cleanLine(text)).acts.map((a) => a.type);
    expect(acts(NFD)).toContain('medical_advice');
    expect(acts('Donnez-lui du para\u200bcétamol.')).toContain('medical_advice');
  });

  it('refuses lone surrogates in untrusted text', () => {
    expect(hasLoneSurrogate('a\ud800b')).toBe(true);
    expect(hasLoneSurrogate('a\udc00')).toBe(true);
    expect(hasLoneSurrogate('😀')).toBe(false);
    expect(cleanUntrusted('titre\ud800')).toBeNull();
    expect(cleanUntrusted('titre 😀')).toBe('titre 😀');
  });

  it('is idempotent, well formed and free of controls on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const line = cleanLine(s);
        expect(cleanLine(line)).toBe(line);
        expect(hasLoneSurrogate(line)).toBe(false);
        // eslint-disable-next-line no-control-regex -- no control may remain
        expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b\ufeff]/);
        expect(line.normalize('NFC')).toBe(line);
        const text = cleanText(s);
        expect(cleanText(text)).toBe(text);
      }),
    );
  });

  it('decodes UTF-8 strictly and names the line of the first invalid byte', () => {
    const latin1 = Uint8Array.from([...Buffer.from('titre: ok\nnom: '), 0xe9, ...Buffer.from('t\u00e9\n')]);
    const result = decodeUtf8(latin1);
    expect(result).toMatchObject({ ok: false, line: 2, column: 6 });
    expect(!result.ok && result.message).toMatch(/pas en UTF-8 \(octet invalide ligne 2, colonne 6\)/);
    expect(decodeUtf8(Buffer.from('\ufeffé'))).toEqual({ ok: true, text: 'é' });
  });

  it('agrees with the platform decoder on which byte strings are UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses JSON with a BOM and says where it breaks, in French', () => {
    expect(parseJson('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJson('{\n  "a": 1,\n  oops\n}')).toEqual({
      ok: false,
      message: 'JSON invalide ligne 3, colonne 3',
    });
    expect(parseJson('')).toEqual({ ok: false, message: 'JSON invalide : le fichier est vide' });
    expect(parseJson('{"a":')).toMatchObject({ ok: false, message: expect.stringMatching(/^JSON invalide/) });
  });
});
