/**
 * A YAML file cut into pieces that read the same alone as together, so that an edit reads again
 * only the piece it touched (the studio checks a 200-node scenario on every edit): one piece per
 * top-level key, and one per node under `nodes:`. Only files written the plain way are cut —
 * no anchor, alias, tag, directive, document marker, tab or flow collection at the top — else
 * `undefined`, and the file is read whole. The caller also reads it whole when a piece has any
 * problem or the pieces disagree (a duplicate key…): the messages are always the whole file's.
 */

export interface Chunk {
  text: string;
  /** 0-based line of the piece's first line in the file. */
  line: number;
  /** The top-level key it holds, and for a node its id. */
  key: string;
  node?: string;
}

const TOP_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ ]|$)/;
const NODE_KEY = /^ {2}([a-z0-9][a-z0-9_-]*):(?:[ ]|$)/i;
const NODES_HEADER = /^nodes:[ ]*(?:#.*)?$/;
/** Anything that could tie a piece to another or change how the whole is read. */
const UNSAFE = /(?:^[ ]*(?:-[ ]+)*|:[ ]+|[[{,][ ]*)[&*!]|^(?:---|\.\.\.|%)|\t|\r|^\uFEFF/m;

const blankOrComment = (line: string) => /^\s*(?:#.*)?$/.test(line);

export function splitChunks(text: string): Chunk[] | undefined {
  if (UNSAFE.test(text)) return undefined;
  const lines = text.split('\n');
  const chunks: { lines: string[]; line: number; key: string; node?: string }[] = [];
  let inNodes = false;
  let sawNodes = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const current = chunks.at(-1);
    if (blankOrComment(line)) {
      if (current) current.lines.push(line);
      else chunks.push({ lines: [line], line: i, key: '' });
      continue;
    }
    if (!line.startsWith(' ')) {
      const top = TOP_KEY.exec(line);
      if (!top) return undefined;
      inNodes = NODES_HEADER.test(line);
      if (inNodes) {
        if (sawNodes) return undefined;
        sawNodes = true;
      }
      chunks.push({ lines: [line], line: i, key: top[1]! });
      continue;
    }
    if (inNodes && /^ {2}\S/.test(line)) {
      const node = NODE_KEY.exec(line);
      if (!node) return undefined;
      chunks.push({ lines: [line], line: i, key: 'nodes', node: node[1]! });
      continue;
    }
    if (!current || current.key === '') return undefined;
    current.lines.push(line);
  }
  // Leading comments belong to the first piece (a piece of comments alone reads as empty).
  if (chunks[0]?.key === '' && chunks.length > 1) {
    const [lead, next] = [chunks[0], chunks[1]!];
    chunks.splice(0, 2, { ...next, lines: [...lead.lines, ...next.lines], line: lead.line });
  }
  if (chunks.some((c) => c.key === '')) return undefined;
  return chunks.map((c) => ({
    text: c.lines.join('\n'),
    line: c.line,
    key: c.key,
    ...(c.node !== undefined && { node: c.node }),
  }));
}
