// Accessibility check of the current state of a page with axe-core (the engine Lighthouse uses).
// The page must come from `browser.newContext()` (openPage does that) or a persistent context.
import { AxeBuilder } from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Throws with a readable list when axe finds any violation.
 * @param {import('playwright-core').Page} page
 * @param {{ include?: string, exclude?: string, disableRules?: string[] }} [options]
 */
export async function expectNoAxeViolations(page, { include, exclude, disableRules = [] } = {}) {
  let builder = new AxeBuilder({ page }).withTags(TAGS).disableRules(disableRules);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const { violations } = await builder.analyze();
  if (violations.length === 0) return;
  const lines = violations.map((v) => {
    const targets = v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ');
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : '';
    return `${v.id} [${v.impact}] ${v.help}: ${targets}${more}`;
  });
  throw new Error(`axe: ${violations.length} violation(s) on ${page.url()}:\n  - ${lines.join('\n  - ')}`);
}
