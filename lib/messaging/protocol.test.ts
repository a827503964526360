import { describe, expect, it } from 'vitest';
import { isFromBackground, isMessageFor, isOwnSender } from './protocol';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isMessageFor', () => {
  it.each([
    [{ to: 'background', kind: 'detect', text: 'x' }, 'background', true],
    [{ to: 'background', kind: 'record-outcome' }, 'background', true],
    [{ to: 'background', kind: 'get-page-settings', site: 'chatgpt.com' }, 'background', true],
    [{ to: 'detector', kind: 'detect', text: 'x' }, 'background', false],
    [{ to: 'background', kind: 'steal-settings' }, 'background', false],
    [{ to: 'detector', kind: 'detect' }, 'detector', true],
    ['detect', 'background', false],
    [null, 'detector', false],
  ] as const)('%j is for %s: %s', (message, to, expected) => {
    expect(isMessageFor(to, message)).toBe(expected);
  });
});

describe('sender checks', () => {
  it('accepts only this extension', () => {
    expect(isOwnSender({ id: ID, tab: {} }, ID)).toBe(true);
    expect(isOwnSender({ id: 'another-extension' }, ID)).toBe(false);
    expect(isOwnSender({ url: 'https://chatgpt.com/' }, ID)).toBe(false);
  });

  it('accepts worker requests only from the background', () => {
    expect(isFromBackground({ id: ID, url: `${ORIGIN}background.js` }, ID, ORIGIN)).toBe(true);
    expect(isFromBackground({ id: ID, url: 'https://chatgpt.com/', tab: { id: 1 } }, ID, ORIGIN)).toBe(false);
    expect(isFromBackground({ id: ID, url: `${ORIGIN}practice.html`, tab: { id: 2 } }, ID, ORIGIN)).toBe(false);
  });
});
