// Keyboard-only driving: reach a control with Tab / Shift+Tab as a trainee would, never with a
// click, and say where the focus is when it cannot be reached.

/** A short description of the focused element, for error messages. */
async function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const name =
      el.getAttribute('aria-label') ||
      (el.labels && el.labels[0]?.textContent) ||
      el.textContent ||
      el.getAttribute('placeholder') ||
      '';
    const id = el.id ? `#${el.id}` : '';
    return `<${el.tagName.toLowerCase()}${id}> « ${name.replace(/\s+/g, ' ').trim().slice(0, 60)} »`;
  });
}

/**
 * Presses Tab (or Shift+Tab when the target comes before the focus in the page) until the
 * element of `locator` has the focus; fails after `max` presses. Returns the number of presses.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} locator
 * @param {{ max?: number, timeout?: number }} [options]
 */
export async function focusByTab(page, locator, { max = 200, timeout = 10_000 } = {}) {
  await locator.waitFor({ state: 'visible', timeout });
  const target = await locator.elementHandle({ timeout });
  const isFocused = () => target.evaluate((el) => el === document.activeElement);
  if (await isFocused()) return 0;
  const backward = await target.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body || active === document.documentElement) return false;
    return Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING);
  });
  const key = backward ? 'Shift+Tab' : 'Tab';
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (await isFocused()) return presses;
  }
  const name = await locator.evaluate((el) => el.getAttribute('aria-label') || el.textContent || el.tagName);
  throw new Error(
    `focusByTab: « ${String(name).replace(/\s+/g, ' ').trim().slice(0, 80)} » not reached after ${max} × ${key}; ` +
      `the focus is on ${await describeFocus(page)}`,
  );
}

/** Focuses by Tab, then presses `key` (Enter by default) on the element. */
export async function activateByKeyboard(page, locator, key = 'Enter', options) {
  await focusByTab(page, locator, options);
  await page.keyboard.press(key);
}

/**
 * Sets a <select> to the option whose value is `value` with the arrow keys (the focus must be on it).
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} select
 * @param {string} value
 */
export async function chooseOptionByKeyboard(page, select, value) {
  await focusByTab(page, select);
  const { from, to, values } = await select.evaluate(
    (el, wanted) => ({
      from: el.selectedIndex,
      to: [...el.options].findIndex((o) => o.value === wanted),
      values: [...el.options].map((o) => o.value),
    }),
    value,
  );
  if (to < 0) throw new Error(`no option « ${value} » in the select (options: ${values.join(', ')})`);
  const key = to > from ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(key);
  const now = await select.evaluate((el) => el.value);
  if (now !== value) throw new Error(`the select shows « ${now} », not « ${value} », after the arrow keys`);
}

/** True when the element of `locator` has the focus. */
export function hasFocus(locator) {
  return locator.evaluate((el) => el === document.activeElement);
}
