import { describe, expect, it } from 'vitest';
import { createExtraChatbotSync, type ExtraChatbotApi } from '../background/extra-chatbot-scripts';
import { extraChatbotMatches, extraChatbotRegistration } from './extra-chatbots';

const BUILT_IN = ['https://chatgpt.com/*'];

describe('extraChatbotMatches', () => {
  it.each([
    ['hosts become https match patterns', ['chat.lakeside.example', '*.bots.example'], ['https://chat.lakeside.example/*', 'https://*.bots.example/*']],
    ['built-in and repeated hosts are skipped', ['chatgpt.com', 'a.example', 'A.example'], ['https://a.example/*']],
    ['junk is skipped', ['not a host', '', '*'], []],
  ])('%s', (_name, hosts, expected) => {
    expect(extraChatbotMatches(hosts, BUILT_IN, () => true)).toEqual(expected);
  });

  it('leaves out hosts without access', () => {
    expect(extraChatbotMatches(['a.example', 'b.example'], BUILT_IN, (pattern) => pattern.includes('b.'))).toEqual(['https://b.example/*']);
  });

  it('registers nothing for no hosts', () => {
    expect(extraChatbotRegistration([])).toBeUndefined();
    expect(extraChatbotRegistration(['https://a.example/*'])).toMatchObject({ js: ['content-scripts/chatbot.js'], runAt: 'document_start' });
  });
});

function fakeScripting(granted: string[]) {
  const registered = new Map<string, string[]>();
  const api: ExtraChatbotApi = {
    getRegisteredContentScripts: async ({ ids }) =>
      ids.filter((id) => registered.has(id)).map((id) => ({ id, matches: registered.get(id) })),
    registerContentScripts: async (scripts) => {
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script.matches);
      }
    },
    unregisterContentScripts: async ({ ids }) => ids.forEach((id) => registered.delete(id)),
    hasAccess: async (pattern) => granted.includes(pattern),
  };
  return { api, registered };
}

describe('createExtraChatbotSync', () => {
  it('registers the granted hosts, replaces the registration on change and removes it when none remain', async () => {
    const { api, registered } = fakeScripting(['https://a.example/*', 'https://b.example/*']);
    const sync = createExtraChatbotSync(api, BUILT_IN);
    expect(await sync(['a.example', 'c.example'])).toEqual(['https://a.example/*']);
    expect([...registered.values()]).toEqual([['https://a.example/*']]);
    await sync(['b.example']);
    expect([...registered.values()]).toEqual([['https://b.example/*']]);
    await sync([]);
    expect(registered.size).toBe(0);
  });

  it('leaves a registration that is already right alone', async () => {
    const { api, registered } = fakeScripting(['https://a.example/*']);
    let unregistered = 0;
    const counting = { ...api, unregisterContentScripts: async (filter: { ids: string[] }) => (unregistered++, api.unregisterContentScripts(filter)) };
    const sync = createExtraChatbotSync(counting, BUILT_IN);
    await sync(['a.example']);
    await sync(['a.example']);
    expect(unregistered).toBe(0);
    expect(registered.size).toBe(1);
  });

  it('runs one sync at a time, so overlapping calls never register twice', async () => {
    const { api, registered } = fakeScripting(['https://a.example/*']);
    const sync = createExtraChatbotSync(api, BUILT_IN);
    await Promise.all([sync(['a.example']), sync(['a.example']), sync(['a.example'])]);
    expect(registered.size).toBe(1);
  });
});
