/**
 * The variations editor's model: the scenario's `variables` read from its YAML, where each one is
 * used (`{name}` or `{name.field}` in a text, with its line), and the edits the forms make
 * (add or remove a variable or a value, change a value), each returning the file's new text.
 * Pure, like forms.ts: the YAML stays the one source, the editor is read again after each edit.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Pair, Scalar, visit, type Document } from 'yaml';
import { formatPath } from '../../scenarios/errors.ts';
import { PLACEHOLDER, placeholdersIn, type VariableValue } from '../../scenarios/variables.ts';

export const VARIABLE_NAME = /^[a-z][a-zA-Z0-9]*$/;

export interface Usage {
  /** The placeholder as written: `{prenom}`, `{rdv.dit}`. */
  placeholder: string;
  /** Where, as the problem list says it: `nodes.accueil.say`. */
  path: string;
  line: number;
  column: number;
}

export interface VariableForm {
  name: string;
  values: VariableValue[];
  line: number;
  /** Every place a `{name…}` is written outside `variables`. */
  usages: Usage[];
}

export interface Variations {
  variables: VariableForm[];
  /** Placeholders of no declared variable (the lint says so too). */
  unknown: Usage[];
}

function read(text: string): { doc: Document; lines: LineCounter } | undefined {
  const lines = new LineCounter();
  try {
    const doc = parseDocument(text, { uniqueKeys: false, lineCounter: lines });
    return doc.errors.length || !isMap(doc.contents) ? undefined : { doc, lines };
  } catch {
    return undefined;
  }
}

const scalarText = (node: unknown) =>
  isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value)
    : undefined;

/** Every string scalar (keys too) outside `variables`, with its path and offset. */
function texts(node: unknown, path: (string | number)[], out: [string, (string | number)[], number][]) {
  if (isMap(node))
    for (const pair of node.items) {
      const key = scalarText(pair.key);
      if (key === undefined) continue;
      if (path.length === 0 && key === 'variables') continue;
      const at = (pair.key as { range?: [number] }).range?.[0] ?? 0;
      if (key.includes('{')) out.push([key, [...path, key], at]);
      texts(pair.value, [...path, key], out);
    }
  else if (isSeq(node)) node.items.forEach((item, i) => texts(item, [...path, i], out));
  else if (isScalar(node) && typeof node.value === 'string')
    out.push([node.value, path, (node as { range?: [number] }).range?.[0] ?? 0]);
}

/** The variations of a scenario file; undefined when the file does not read as YAML. */
export function readVariations(text: string): Variations | undefined {
  const read_ = read(text);
  if (!read_) return undefined;
  const { doc, lines } = read_;
  const declared = doc.get('variables', true);
  const variables: VariableForm[] = [];
  if (isMap(declared))
    for (const pair of declared.items) {
      const name = scalarText(pair.key);
      if (name === undefined) continue;
      const seq = pair.value;
      const values: VariableValue[] = isSeq(seq)
        ? seq.items.map((item) => {
            if (isMap(item)) {
              const fields: Record<string, string> = {};
              for (const p of item.items) {
                const k = scalarText(p.key);
                if (k !== undefined) fields[k] = scalarText(p.value) ?? '';
              }
              return fields;
            }
            return scalarText(item) ?? '';
          })
        : [];
      const { line } = lines.linePos((pair.key as { range?: [number] }).range?.[0] ?? 0);
      variables.push({ name, values, line, usages: [] });
    }
  const byName = new Map(variables.map((v) => [v.name, v]));
  const unknown: Usage[] = [];
  const found: [string, (string | number)[], number][] = [];
  try {
    texts(doc.contents, [], found);
  } catch {
    // Nesting deeper than the stack (a hostile file): the problem list says what is wrong.
    return undefined;
  }
  for (const [value, path, offset] of found) {
    const { line, col } = lines.linePos(offset);
    for (const [name, field] of placeholdersIn(value)) {
      const usage = {
        placeholder: `{${field === undefined ? name : `${name}.${field}`}}`,
        path: formatPath(path),
        line,
        column: col,
      };
      (byName.get(name)?.usages ?? unknown).push(usage);
    }
  }
  return { variables, unknown };
}

/** Why a new variable's name cannot be used, in French (undefined: it can). */
export function nameProblem(name: string, taken: readonly string[]): string | undefined {
  if (!VARIABLE_NAME.test(name))
    return `« ${name} » ne peut pas nommer une variable : une lettre minuscule d’abord, puis des lettres et des chiffres, sans accent ni espace (par exemple « prenom » ou « jourRdv »)`;
  if (taken.includes(name)) return `la variable « ${name} » existe déjà`;
  return undefined;
}

/** Why a variable's list of values is not a variation yet, in French (undefined: it is). */
export function valuesProblem(name: string, values: readonly VariableValue[]): string | undefined {
  if (values.length === 0)
    return `« ${name} » n’a aucune valeur : ajoutez-en au moins deux, ou supprimez la variable`;
  if (values.length === 1)
    return `« ${name} » n’a qu’une valeur : ajoutez-en au moins une autre (une seule n’est pas une variation)`;
  const empty = values.findIndex((v) =>
    typeof v === 'string' ? v.trim() === '' : Object.values(v).some((f) => f.trim() === ''),
  );
  if (empty >= 0) return `la valeur ${empty + 1} de « ${name} » est vide : écrivez-la ou retirez-la`;
  return undefined;
}

/** Values typed in one field, separated by « ; » (a value may hold commas). */
export function splitValues(typed: string): string[] {
  return typed
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);
}

function edit(text: string, change: (doc: Document) => void): string {
  const read_ = read(text);
  if (!read_) return text;
  try {
    change(read_.doc);
    return read_.doc.toString({ lineWidth: 0 });
  } catch {
    // Nesting deeper than the stack (a hostile file): left as it is, the problem list says why.
    return text;
  }
}

/**
 * The file with a new variable: `variables` is created before `start` when the file has none
 * (where the format guide puts it), else the variable is added at its end.
 */
export function addVariable(text: string, name: string, values: readonly string[]): string {
  return edit(text, (doc) => {
    const seq = doc.createNode([...values]);
    seq.flow = true;
    const declared = doc.get('variables', true);
    if (isMap(declared)) {
      declared.set(name, seq);
      return;
    }
    const map = doc.createNode({ [name]: [...values] });
    const inner = (map as { items: Pair[] }).items[0]!;
    inner.value = seq;
    const root = doc.contents as { items: Pair[] };
    const at = root.items.findIndex((p) => scalarText(p.key) === 'start');
    const pair = new Pair(new Scalar('variables'), map);
    if (at < 0) root.items.push(pair);
    else root.items.splice(at, 0, pair);
  });
}

export function removeVariable(text: string, name: string): string {
  return edit(text, (doc) => {
    doc.deleteIn(['variables', name]);
    const declared = doc.get('variables', true);
    if (isMap(declared) && declared.items.length === 0) doc.delete('variables');
  });
}

/** A new value: a text, or (for a variable with fields) a copy of its last value's fields. */
export function addValue(text: string, name: string, value: string): string {
  return edit(text, (doc) => {
    const seq = doc.getIn(['variables', name], true);
    if (!isSeq(seq)) return;
    const last = seq.items.at(-1);
    if (isMap(last)) {
      const copy = doc.createNode(last.toJSON() as Record<string, unknown>);
      if (isMap(copy)) copy.flow = true;
      seq.add(copy);
    } else seq.add(doc.createNode(value));
  });
}

export function removeValue(text: string, name: string, index: number): string {
  return edit(text, (doc) => {
    doc.deleteIn(['variables', name, index]);
  });
}

/** One value (`field` for a value with fields) set to `value`. */
export function setValue(
  text: string,
  name: string,
  index: number,
  field: string | undefined,
  value: string,
): string {
  return edit(text, (doc) => {
    const path = ['variables', name, index, ...(field === undefined ? [] : [field])];
    const old = doc.getIn(path, true);
    if (isScalar(old)) old.value = value;
    else doc.setIn(path, value);
  });
}

/** The value at `from` moved to `to` (both within the list; otherwise the text is unchanged). */
export function moveValue(text: string, name: string, from: number, to: number): string {
  return edit(text, (doc) => {
    const seq = doc.getIn(['variables', name], true);
    if (!isSeq(seq) || from === to) return;
    if (from < 0 || to < 0 || from >= seq.items.length || to >= seq.items.length) return;
    const [item] = seq.items.splice(from, 1);
    seq.items.splice(to, 0, item);
  });
}

/** `text` with its placeholders of `from` (`{from}`, `{from.field}`) written for `to`. */
function renamedIn(text: string, from: string, to: string): string {
  return text.replace(PLACEHOLDER, (whole, name: string, field: string | undefined) =>
    name === from ? `{${to}${field === undefined ? '' : `.${field}`}}` : whole,
  );
}

/**
 * The variable `from` renamed `to`, in its place among the variables, and every `{from}` or
 * `{from.field}` written outside `variables` (texts and keys) renamed with it.
 * The caller checks the name first (`nameProblem`).
 */
export function renameVariable(text: string, from: string, to: string): string {
  return edit(text, (doc) => {
    const declared = doc.get('variables', true);
    if (!isMap(declared)) return;
    const pair = declared.items.find((p) => scalarText(p.key) === from);
    if (!pair) return;
    pair.key = isScalar(pair.key) ? Object.assign(pair.key, { value: to }) : new Scalar(to);
    const root = doc.contents as { items: Pair[] };
    for (const top of root.items) {
      if (scalarText(top.key) === 'variables') continue;
      const rename = (node: unknown) => {
        if (isScalar(node) && typeof node.value === 'string' && node.value.includes('{'))
          node.value = renamedIn(node.value, from, to);
      };
      rename(top.key);
      visit(top.value as never, {
        Pair: (_, p) => rename(p.key),
        Scalar: (_, node) => rename(node),
      });
    }
  });
}
