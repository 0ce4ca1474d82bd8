/**
 * The forms view of a draft: the parts trainers change most, as fields read from the YAML and
 * written back into it (the same document: comments and the rest of the file kept). Pure: a
 * field is a path in a file; `writeField` returns the file's new text. The YAML stays the one
 * source: the forms are read again from it after every change, so both views agree.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { MOODS, VERDICTS, type Mood } from '../../scenarios/vocabulary.ts';

export type FieldPath = (string | number)[];

export interface TextField {
  kind: 'text' | 'long' | 'list' | 'verdict';
  /** The file the field is in. */
  file: string;
  path: FieldPath;
  label: string;
  /** A list field's value is its items joined by « , ». */
  value: string;
}

export interface FormSection {
  id: 'consignes' | 'lines' | 'facts' | 'outcomes' | 'debrief';
  title: string;
  /** Sub-groups (one per node, fact, outcome), each with its fields. */
  groups: { title: string; fields: TextField[] }[];
}

const MOOD_LABELS: Record<Mood, string> = { calm: 'calme', tense: 'tendu', upset: 'énervé' };
export const VERDICT_LABELS: Record<(typeof VERDICTS)[number], string> = {
  correct: 'correcte',
  acceptable: 'acceptable',
  wrong: 'à revoir',
};

function read(text: string): Document | undefined {
  try {
    const doc = parseDocument(text, { uniqueKeys: false });
    return doc.errors.length ? undefined : doc;
  } catch {
    return undefined;
  }
}

const str = (v: unknown) => (isScalar(v) && typeof v.value === 'string' ? v.value : undefined);

/** A caller line's fields: one text, or one per mood written. */
function lineFields(doc: Document, file: string, path: FieldPath, what: string): TextField[] {
  const node = doc.getIn(path, true);
  const one = str(node);
  if (one !== undefined) return [{ kind: 'long', file, path, label: what, value: one }];
  if (!isMap(node)) return [];
  return MOODS.flatMap((mood) => {
    const value = str(node.get(mood, true));
    return value === undefined
      ? []
      : [
          {
            kind: 'long' as const,
            file,
            path: [...path, mood],
            label: `${what} (${MOOD_LABELS[mood]})`,
            value,
          },
        ];
  });
}

/** The form sections of a draft's scenario and practice files (none when a file does not read). */
export function readForms(
  scenario: { path: string; text: string },
  practice?: { path: string; text: string },
): FormSection[] {
  const sections: FormSection[] = [];
  const pdoc = practice && read(practice.text);
  if (practice && pdoc) {
    const consignes = pdoc.get('consignes', true);
    if (isSeq(consignes))
      sections.push({
        id: 'consignes',
        title: 'Consignes du cabinet',
        groups: [
          {
            title: 'Consignes',
            fields: consignes.items.flatMap((item, i) => {
              const value = str(item);
              return value === undefined
                ? []
                : [
                    {
                      kind: 'long' as const,
                      file: practice.path,
                      path: ['consignes', i],
                      label: `Consigne ${i + 1}`,
                      value,
                    },
                  ];
            }),
          },
        ],
      });
  }
  const doc = read(scenario.text);
  if (!doc) return sections;
  const file = scenario.path;

  const nodes = doc.get('nodes', true);
  if (isMap(nodes))
    sections.push({
      id: 'lines',
      title: 'Répliques de l’appelant',
      groups: nodes.items.flatMap((pair) => {
        const id = str(pair.key) ?? String(isScalar(pair.key) ? pair.key.value : '');
        const fields = [
          ...lineFields(doc, file, ['nodes', id, 'say'], 'Réplique'),
          ...lineFields(doc, file, ['nodes', id, 'prompt'], 'Relance après un silence'),
        ];
        return fields.length ? [{ title: `Nœud « ${id} »`, fields }] : [];
      }),
    });

  const facts = doc.get('facts', true);
  if (isSeq(facts))
    sections.push({
      id: 'facts',
      title: 'Informations à recueillir',
      groups: facts.items.flatMap((item, i) => {
        if (!isMap(item)) return [];
        const label = str(item.get('label', true));
        const keywords = item.get('keywords', true);
        const words = isSeq(keywords) ? keywords.items.map(str).filter((w) => w !== undefined) : [];
        const id = str(item.get('id', true)) ?? String(i + 1);
        return [
          {
            title: `Information « ${id} »`,
            fields: [
              ...(label !== undefined
                ? [
                    {
                      kind: 'text' as const,
                      file,
                      path: ['facts', i, 'label'],
                      label: 'Libellé',
                      value: label,
                    },
                  ]
                : []),
              {
                kind: 'list' as const,
                file,
                path: ['facts', i, 'keywords'],
                label: 'Mots qui la montrent (séparés par des virgules)',
                value: words.join(', '),
              },
            ],
          },
        ];
      }),
    });

  const outcomes = doc.get('outcomes', true);
  if (isMap(outcomes))
    sections.push({
      id: 'outcomes',
      title: 'Issues, verdicts et raisons',
      groups: outcomes.items.flatMap((pair) => {
        const id = str(pair.key);
        if (id === undefined || !isMap(pair.value)) return [];
        const field = (key: string, kind: TextField['kind'], label: string): TextField[] => {
          const value = str((pair.value as { get(k: string, keep: true): unknown }).get(key, true));
          return value === undefined ? [] : [{ kind, file, path: ['outcomes', id, key], label, value }];
        };
        return [
          {
            title: `Issue « ${id} »`,
            fields: [
              ...field('label', 'text', 'Libellé'),
              ...field('verdict', 'verdict', 'Verdict'),
              ...field('reason', 'long', 'Raison (montrée au débriefing)'),
            ],
          },
        ];
      }),
    });

  const debrief = doc.get('debrief', true);
  if (isSeq(debrief))
    sections.push({
      id: 'debrief',
      title: 'Points clés du débriefing',
      groups: [
        {
          title: 'Points clés',
          fields: debrief.items.flatMap((item, i) => {
            const value = str(item);
            return value === undefined
              ? []
              : [{ kind: 'long' as const, file, path: ['debrief', i], label: `Point ${i + 1}`, value }];
          }),
        },
      ],
    });
  return sections;
}

/** The file's text with the field set to `value` (a list field: items split on commas). */
export function writeField(text: string, field: Pick<TextField, 'kind' | 'path'>, value: string): string {
  const doc = read(text);
  if (!doc) return text;
  if (field.kind === 'list') {
    const items = value
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean);
    const seq = doc.createNode(items);
    seq.flow = true;
    doc.setIn(field.path, seq);
  } else {
    const old = doc.getIn(field.path, true);
    if (isScalar(old)) old.value = value;
    else doc.setIn(field.path, value);
  }
  return doc.toString({ lineWidth: 0 });
}
