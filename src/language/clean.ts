/**
 * Text hygiene at every entry (typed lines, pack files, imports, CLI files): one pure module so
 * that everything the app reads is the same kind of text. NFC (a decomposed « é » is one
 * « é »), zero-width and control characters removed, lone surrogates refused, UTF-8 decoded
 * strictly with the line of the first invalid byte.
 */

/** Zero-width and invisible formatting characters that hide words from the analyser. */
const INVISIBLE = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- these marks are what is removed
  String.raw`[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]`,
  'g',
);
/** C0 and C1 controls but tab and line breaks. */
// eslint-disable-next-line no-control-regex -- controls are what is removed
const CONTROL_KEEP_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Every C0 and C1 control. */
// eslint-disable-next-line no-control-regex -- see above
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when the string holds a lone surrogate (not text: it cannot be written as UTF-8). */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/**
 * A multi-line text (a file, a message) cleaned: NFC, invisible and control characters removed
 * (tabs and line breaks kept, `\r\n` → `\n`), lone surrogates dropped. Idempotent.
 */
export function cleanText(text: string): string {
  let out = text.replace(/\r\n?/g, '\n').replace(CONTROL_KEEP_LINES, '').replace(INVISIBLE, '');
  if (hasLoneSurrogate(out)) out = out.replace(new RegExp(LONE_SURROGATE.source, 'g'), '');
  return out.normalize('NFC');
}

/**
 * One typed line cleaned: like `cleanText`, line breaks and tabs become spaces and the line is
 * trimmed. What the call logs and analyses, so the spans of its acts index this text.
 */
export function cleanLine(text: string): string {
  let out = text.replace(CONTROL_ALL, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : ''));
  out = out.replace(INVISIBLE, '');
  if (hasLoneSurrogate(out)) out = out.replace(new RegExp(LONE_SURROGATE.source, 'g'), '');
  return out.normalize('NFC').trim();
}

/**
 * A string from an untrusted file checked and cleaned: `null` when it holds a lone surrogate
 * (the caller says why, in French), else `cleanText` of it.
 */
export function cleanUntrusted(text: string): string | null {
  return hasLoneSurrogate(text) ? null : cleanText(text);
}

export type Decoded =
  { ok: true; text: string } | { ok: false; line: number; column: number; message: string };

/** The 1-based line and column (in bytes) of a byte offset. */
function byteLine(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  return { line, column: offset - start + 1 };
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) return i;
    const min = [0, 0x80, 0x800, 0x10000][need]!;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Bytes read as UTF-8, strictly: a BOM is dropped; a file in another encoding (Latin-1,
 * Windows-1252…) is refused with the line of its first invalid byte rather than read with
 * « � » in place of its accents. The text is not cleaned (`cleanText` does that).
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const { line, column } = byteLine(bytes, offset);
    return {
      ok: false,
      line,
      column,
      message: `le fichier n’est pas en UTF-8 (octet invalide ligne ${line}, colonne ${column}) : enregistrez-le en UTF-8`,
    };
  }
}

/** 1-based line and column of a character offset in a text. */
export function lineOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  return { line, column: end - start + 1 };
}

/**
 * JSON.parse with a French message on failure, pointing to the line and column (the engine's
 * own message is English and varies between engines). A BOM is accepted.
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : '';
    const lineCol = /line (\d+) column (\d+)/.exec(raw);
    const position = /position (\d+)/.exec(raw);
    if (body.trim() === '') return { ok: false, message: 'JSON invalide : le fichier est vide' };
    const where = lineCol
      ? { line: Number(lineCol[1]), column: Number(lineCol[2]) }
      : position
        ? lineOf(body, Number(position[1]))
        : /end of|unterminated|Unexpected end/i.test(raw)
          ? lineOf(body, body.length)
          : undefined;
    return {
      ok: false,
      message: where ? `JSON invalide ligne ${where.line}, colonne ${where.column}` : 'JSON invalide',
    };
  }
}
