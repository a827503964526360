import { describe, expect, it } from 'vitest';
import { siteForUrl } from './guarded-sites';

describe('siteForUrl', () => {
  it.each([
    ['https://chatgpt.com/', 'chatgpt'],
    ['https://chat.openai.com/c/123', 'chatgpt'],
    ['https://claude.ai/new', 'claude'],
    ['https://huggingface.co/chat/', 'huggingchat'],
    ['https://www.perplexity.ai/search?q=x', 'perplexity'],
  ])('%s is guarded as %s', (url, id) => {
    expect(siteForUrl(url)?.id).toBe(id);
  });

  it.each([
    'https://huggingface.co/models',
    'https://evil.com/chatgpt.com/',
    'https://chatgpt.com.evil.com/',
    'http://claude.ai/',
  ])('%s is not a guarded chatbot', (url) => {
    expect(siteForUrl(url)).toBeUndefined();
  });
});
