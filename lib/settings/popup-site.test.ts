import { describe, expect, it } from 'vitest';
import { hostOfMatchPattern, popupSiteFor } from './popup-site';

const PRACTICE = 'chrome-extension://abc/practice.html';

describe('popupSiteFor', () => {
  it.each([
    ['https://chatgpt.com/c/123', { key: 'chatgpt.com', name: 'ChatGPT' }],
    ['https://claude.ai/new', { key: 'claude.ai', name: 'Claude' }],
    [`${PRACTICE}?sample=1`, { key: 'practice', name: 'the practice chatbot' }],
    ['https://example.org/', undefined],
    [undefined, undefined],
  ])('%s → %j', (url, expected) => {
    expect(popupSiteFor(url, PRACTICE, 'the practice chatbot')).toEqual(expected);
  });
});

describe('hostOfMatchPattern', () => {
  it.each([
    ['https://chatgpt.com/*', 'chatgpt.com'],
    ['https://huggingface.co/chat*', 'huggingface.co'],
  ])('%s → %s', (pattern, host) => expect(hostOfMatchPattern(pattern)).toBe(host));
});
