import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapterForSite, adapterForUrl, GENERIC_SITE_DATA, SITE_DATA } from './adapters';
import { GUARDED_SITES } from './guarded-sites';

const here = dirname(fileURLToPath(import.meta.url));
/** Files in lib/sites that are not one chatbot's data. */
const INFRASTRUCTURE = new Set(['adapters.ts', 'composer.ts', 'guarded-sites.ts', 'site-adapter.ts', 'generic.ts']);

describe('site adapters', () => {
  it('every guarded chatbot has its own adapter, and every adapter a guarded chatbot', () => {
    expect(SITE_DATA.map((site) => site.id).sort()).toEqual(GUARDED_SITES.map((site) => site.id).sort());
  });

  it('every chatbot file in lib/sites is registered', () => {
    const files = readdirSync(here).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !INFRASTRUCTURE.has(file));
    expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual(SITE_DATA.map((site) => site.id).sort());
  });

  it.each(SITE_DATA.map((site) => [site.id, site] as const))('%s has composer and send selectors', (_id, site) => {
    expect(site.composer.length).toBeGreaterThan(0);
    expect(site.send.length).toBeGreaterThan(0);
  });

  it.each([
    ['https://chatgpt.com/c/abc', 'chatgpt'],
    ['https://gemini.google.com/app', 'gemini'],
    ['https://huggingface.co/chat/conversation/1', 'huggingchat'],
    ['https://chat.example-health.org/', GENERIC_SITE_DATA.id],
  ])('%s is handled by the %s adapter', (url, id) => {
    expect(adapterForUrl(url).id).toBe(id);
  });

  it('falls back to the generic adapter for an unknown id', () => {
    expect(adapterForSite('practice').id).toBe('generic');
    expect(adapterForSite(undefined).id).toBe('generic');
  });
});

describe('composer selectors', () => {
  // jsdom is not installed: selectors are checked for syntax with a tiny parser-free probe instead.
  it.each([...SITE_DATA, GENERIC_SITE_DATA].flatMap((site) => [...site.composer, ...site.send].map((selector) => [site.id, selector] as const)))(
    '%s: %s is a balanced selector',
    (_id, selector) => {
      const count = (char: string) => selector.split(char).length - 1;
      expect(count('[')).toBe(count(']'));
      expect(count('(')).toBe(count(')'));
      expect(count('"') % 2).toBe(0);
    },
  );
});
