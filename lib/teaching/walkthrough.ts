/**
 * The guided walkthrough for a class: a fixed sequence of steps over one sample note, moved by
 * keyboard (arrow keys, space, Page Up/Down as sent by presenter clickers) or buttons.
 */
export const WALKTHROUGH_STEPS = [
  'intro',
  'receive',
  'identifiers',
  'training',
  'review',
  'breach',
  'redacted',
  'combination',
  'takeaways',
] as const;
export type WalkthroughStep = (typeof WALKTHROUGH_STEPS)[number];

export type WalkthroughAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** The step index after an action, kept within the walkthrough. `exit` leaves it unchanged. */
export function moveStep(index: number, action: WalkthroughAction, total = WALKTHROUGH_STEPS.length): number {
  switch (action) {
    case 'next':
      return Math.min(index + 1, total - 1);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return total - 1;
    case 'exit':
      return index;
  }
}

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** The focused element's tag (upper case), so that typing and buttons keep their own keys. */
  targetTag?: string;
}

/**
 * What a key does in the walkthrough, or undefined to leave it alone. Space on a button is the
 * button's own (it clicks it); in a text field every key is the field's.
 */
export function walkthroughActionFor({ key, shiftKey, altKey, ctrlKey, metaKey, targetTag }: KeyPress): WalkthroughAction | undefined {
  if (altKey || ctrlKey || metaKey) return undefined;
  if (targetTag === 'TEXTAREA' || targetTag === 'INPUT' || targetTag === 'SELECT') return undefined;
  const onButton = targetTag === 'BUTTON' || targetTag === 'A';
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
    case 'Spacebar':
      if (onButton) return undefined;
      return shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return undefined;
  }
}
