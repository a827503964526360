import { describe, expect, it } from 'vitest';
import { isSendKey } from './send-guard';

const key = (overrides: Partial<Parameters<typeof isSendKey>[0]>) => ({
  key: 'Enter',
  shiftKey: false,
  altKey: false,
  isComposing: false,
  keyCode: 13,
  ...overrides,
});

describe('isSendKey', () => {
  it.each([
    ['Enter', key({}), true],
    ['Ctrl/Cmd+Enter', key({}), true],
    ['Shift+Enter (a new line)', key({ shiftKey: true }), false],
    ['Alt+Enter', key({ altKey: true }), false],
    ['Enter while an input method composes', key({ isComposing: true }), false],
    ['Enter reported as keyCode 229 (an input method had it)', key({ keyCode: 229 }), false],
    ['another key', key({ key: 'a', keyCode: 65 }), false],
  ])('%s', (_name, event, expected) => {
    expect(isSendKey(event)).toBe(expected);
  });
});
