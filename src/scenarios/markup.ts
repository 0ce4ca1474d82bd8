/**
 * HTML in a pack's texts: a pack is data from outside, and its texts are shown as text, never
 * as markup. A tag (`<b>`, `<script …>`, `</p>`, `<!-- -->`, `<img src=x onerror=…>`) anywhere in
 * a text value is refused, so that what a trainer publishes reads the same everywhere. Pure.
 */
import type { PathSegment } from './errors.ts';

/** A tag or a comment, as a browser would start one: `<` then a letter, `/`, `!` or `?`. */
const TAG = /<\s*[/!?]?\s*[a-z][^<>]*>|<!--/i;

export interface MarkupHit {
  path: PathSegment[];
  /** The tag found, shortened. */
  tag: string;
}

/** Every text value (and key) of parsed data that holds a tag, at most `limit` of them. */
export function findMarkup(data: unknown, limit = 20): MarkupHit[] {
  const hits: MarkupHit[] = [];
  const walk = (value: unknown, path: PathSegment[]) => {
    if (hits.length >= limit) return;
    if (typeof value === 'string') {
      const match = TAG.exec(value);
      if (match) hits.push({ path, tag: match[0].slice(0, 40) });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const match = TAG.exec(key);
        if (match) hits.push({ path: [...path, key], tag: match[0].slice(0, 40) });
        walk(item, [...path, key]);
      }
    }
  };
  walk(data, []);
  return hits;
}
