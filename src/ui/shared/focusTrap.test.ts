// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cycleFocus } from './focusTrap.ts';

function dialog() {
  document.body.innerHTML =
    '<div id="d"><button>Un</button><button disabled>Deux</button><button>Trois</button></div>';
  const root = document.getElementById('d')!;
  root.addEventListener('keydown', (e) => cycleFocus(e));
  const [first, , last] = [...root.querySelectorAll('button')];
  return { first: first!, last: last! };
}

function tab(target: HTMLElement, shiftKey = false) {
  const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => (document.body.innerHTML = ''));

describe('cycleFocus', () => {
  it('goes from the last enabled control back to the first, and from the first to the last with Shift', () => {
    const { first, last } = dialog();
    last.focus();
    expect(tab(last).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(first);
    expect(tab(first, true).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(last);
  });

  it('lets Tab move normally inside the dialog', () => {
    const { first } = dialog();
    first.focus();
    expect(tab(first).defaultPrevented).toBe(false);
  });
});
