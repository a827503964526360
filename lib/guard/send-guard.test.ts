import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../detect/types';
import type { SiteAdapter } from '../sites/site-adapter';
import type { DialogChoice } from './dialog-state';
import type { GuardEvents } from './guard-events';
import { AllowedFindings, type GuardDeps } from './review';
import { guardSends, isSendKey } from './send-guard';

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

/** The send guard on a page with one composer and one send control, driven by hand-made events. */
function guardedPage() {
  const pageSaw: string[] = [];
  const control = {
    isConnected: true,
    dispatchEvent: (event: Event) => pageSaw.push(event.type) > 0,
    click: () => pageSaw.push('click'),
  } as unknown as HTMLElement;
  const composer = {} as HTMLElement;
  const adapter = {
    readText: () => 'Call (608) 555-0143 today',
    sendControlFor: (target: unknown) => (target === control ? { control, composer } : null),
    findSendButton: () => control,
  } as unknown as SiteAdapter;
  const listeners = new Map<string, ((event: Event) => void)[]>();
  const events = {
    on: (type: string, handler: (event: Event) => void) => listeners.set(type, [...(listeners.get(type) ?? []), handler]),
  } as unknown as GuardEvents;
  let choose: (choice: DialogChoice) => void = () => {};
  const choice = new Promise<DialogChoice>((resolve) => (choose = resolve));
  const deps: GuardDeps = {
    window: globalThis as unknown as Window,
    detect: async () => ({ ok: true, findings: [PHONE], modelStatus: 'ready', elapsedMs: 1 }),
    recordOutcome: () => {},
    openDialog: () => ({ update: () => {}, choice, close: () => {} }),
    dateStyle: () => 'placeholder',
  };
  guardSends(deps, { adapter, allowed: new AllowedFindings(), events });

  /**
   * A trusted event, on the send control unless `elsewhere`; `detail` is 0 for a click from the
   * keyboard. Returns whether the page would see it.
   */
  const fire = (type: string, { detail = 1, elsewhere = false } = {}) => {
    let stopped = false;
    const target = elsewhere ? {} : control;
    const event = {
      type,
      isTrusted: true,
      button: 0,
      detail,
      target,
      composedPath: () => [target],
      preventDefault: () => {},
      stopImmediatePropagation: () => (stopped = true),
    } as unknown as Event;
    for (const listener of listeners.get(type) ?? []) if (!stopped) listener(event);
    return !stopped;
  };
  return { pageSaw, fire, choose: (choice: DialogChoice) => choose(choice) };
}

const PHONE: Finding = { start: 5, end: 19, label: 'PHONE', score: 0.9, source: 'phone' };
const PRESS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'];

describe('guardSends: a press on the send control', () => {
  beforeAll(() => {
    vi.stubGlobal('MouseEvent', Event);
    vi.stubGlobal('PointerEvent', Event);
  });
  afterAll(() => vi.unstubAllGlobals());

  it('is held from its pointerdown, for pages that send on it; the page gets the whole press once the person chose', async () => {
    const page = guardedPage();
    expect(PRESS.map((type) => page.fire(type))).toEqual(PRESS.map(() => false));
    page.choose({ action: 'paste-original' });
    await vi.waitFor(() => expect(page.pageSaw).toEqual(PRESS));

    // The text is now the one the person let through: the next press passes untouched.
    expect(PRESS.map((type) => page.fire(type))).toEqual(PRESS.map(() => true));
  });

  it('keeps the end of a held press from the page wherever it lands, but not a click from the keyboard', () => {
    const page = guardedPage();
    page.fire('pointerdown');
    // The person answers the dialog by keyboard while the mouse button is still down.
    expect(page.fire('click', { detail: 0, elsewhere: true })).toBe(true);
    // The pointer was released off the button: the click lands on a parent, still this press.
    expect(page.fire('pointerup', { elsewhere: true })).toBe(false);
    expect(page.fire('click', { elsewhere: true })).toBe(false);
    // That click ended the press.
    expect(page.fire('click', { elsewhere: true })).toBe(true);
  });

  it('holds a click that had no press (the keyboard on the control) and sends with a click alone', async () => {
    const page = guardedPage();
    expect(page.fire('click', { detail: 0 })).toBe(false);
    page.choose({ action: 'paste-original' });
    await vi.waitFor(() => expect(page.pageSaw).toEqual(['click']));
  });
});
