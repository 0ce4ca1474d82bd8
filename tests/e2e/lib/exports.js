// The team server's exports as a spreadsheet or an LRS reads them: the CSV for French spreadsheets
// (UTF-8 BOM, `;`, CRLF, quoted cells) parsed into one object per line, and xAPI statements checked
// with Learning Locker's validator.
import assert from 'node:assert/strict';
import validation from '@learninglocker/xapi-validation';

// A CommonJS module: its function is `default`, or the module.
const validateStatement = validation.default ?? validation;

/** RFC 4180 cells separated by `;` (a quoted cell may hold `;`, `""` and line breaks). */
function cells(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/**
 * The CSV export (bytes): it must start with the UTF-8 BOM and be `;`-separated with one header;
 * every line has the header's number of cells. Returns the header and each line as an object.
 * @param {Buffer} bytes
 */
export function readFrenchCsv(bytes) {
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV starts with a UTF-8 BOM');
  const [header, ...lines] = cells(bytes.subarray(3).toString('utf8'));
  assert.ok(header.length > 10, `a ;-separated header: ${header.join(' | ')}`);
  for (const line of lines) assert.equal(line.length, header.length, `a line of the CSV: ${line.join(';')}`);
  return { header, rows: lines.map((line) => Object.fromEntries(header.map((h, i) => [h, line[i]]))) };
}

/** Every statement valid for Learning Locker's xAPI validator (no error listed). */
export function assertValidStatements(statements) {
  assert.ok(Array.isArray(statements), 'the xAPI export is a JSON array');
  for (const statement of statements)
    assert.deepEqual(validateStatement(statement), [], `xAPI statement ${statement.id}`);
}
