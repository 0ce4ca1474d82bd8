import { describe, expect, it } from 'vitest';
import { PANEL_TABS } from './panelTabs.ts';
import { ariaKeys, isTextField, matchShortcut, SHORTCUTS, type KeyLike } from './shortcuts.ts';

const key = (k: Partial<KeyLike>): KeyLike => ({
  key: '',
  code: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...k,
});

describe('call screen shortcuts', () => {
  it('answer, hold and hang up with Alt and the physical key, even while typing', () => {
    expect(matchShortcut(key({ altKey: true, code: 'KeyD', key: 'd' }), true)).toEqual({ type: 'pickup' });
    // Option+D on a Mac types « ∂ »: the key is still D.
    expect(matchShortcut(key({ altKey: true, code: 'KeyD', key: '∂' }), false)).toEqual({ type: 'pickup' });
    expect(matchShortcut(key({ altKey: true, code: 'KeyA', key: 'a' }), true)).toEqual({
      type: 'toggleHold',
    });
    expect(matchShortcut(key({ altKey: true, code: 'KeyR', key: 'r' }), true)).toEqual({ type: 'hangup' });
  });

  it('open each panel tab with Alt+1 … Alt+6, digits on AZERTY too', () => {
    PANEL_TABS.forEach((tab, i) => {
      expect(matchShortcut(key({ altKey: true, code: `Digit${i + 1}`, key: '&' }), true)).toEqual({
        type: 'tab',
        tab: tab.id,
      });
    });
  });

  it('keep « ? » for typing in a text field, and help elsewhere', () => {
    expect(matchShortcut(key({ key: '?', code: 'Comma' }), false)).toEqual({ type: 'help' });
    expect(matchShortcut(key({ key: '?', code: 'Comma' }), true)).toBeUndefined();
    expect(matchShortcut(key({ key: 'Escape', code: 'Escape' }), true)).toEqual({ type: 'close' });
  });

  it('ignore plain letters, Ctrl and AltGr combinations', () => {
    expect(matchShortcut(key({ key: 'd', code: 'KeyD' }), false)).toBeUndefined();
    expect(matchShortcut(key({ altKey: true, ctrlKey: true, code: 'KeyD' }), true)).toBeUndefined();
    expect(matchShortcut(key({ metaKey: true, code: 'KeyR' }), true)).toBeUndefined();
  });

  it('list each key once, with a French label, for the help overlay', () => {
    const keys = SHORTCUTS.map((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['Alt+D', 'Alt+A', 'Alt+R', 'Alt+1', 'Alt+6', '?', 'Échap']));
    for (const s of SHORTCUTS) expect(s.label).toMatch(/^[A-ZÉ]/);
  });

  it('give controls their aria-keyshortcuts from the same table', () => {
    expect(ariaKeys('pickup')).toBe('Alt+D');
    expect(ariaKeys('tab', 'agenda')).toBe('Alt+2');
    expect(ariaKeys('close')).toBe('Escape');
  });

  it('tell text fields from buttons', () => {
    const input = (type: string) => Object.assign({ tagName: 'INPUT', type, isContentEditable: false });
    expect(isTextField(input('text') as unknown as EventTarget)).toBe(true);
    expect(isTextField(input('tel') as unknown as EventTarget)).toBe(true);
    expect(isTextField(input('checkbox') as unknown as EventTarget)).toBe(false);
    expect(isTextField({ tagName: 'TEXTAREA', isContentEditable: false } as unknown as EventTarget)).toBe(
      true,
    );
    expect(isTextField({ tagName: 'BUTTON', isContentEditable: false } as unknown as EventTarget)).toBe(
      false,
    );
    expect(isTextField(null)).toBe(false);
  });
});
