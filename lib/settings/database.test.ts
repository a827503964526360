import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME, NoteGuardDatabase } from './database';
import { pageSettingsFor } from './page-settings';
import { loadSettingsSafely } from './safe-settings';
import { DEFAULT_SETTINGS, isValidAssistantUrl, normaliseSiteHost } from './settings';

const fresh = () => new IDBFactory();

describe('NoteGuardDatabase', () => {
  it('gives the defaults, then what was written', async () => {
    const database = new NoteGuardDatabase(fresh(), IDBKeyRange);
    expect(await database.readSettings()).toEqual(DEFAULT_SETTINGS);
    await database.writeSetting('dateStyle', 'keep-year');
    await database.writeSetting('governedAssistant', { name: 'MyHealth Assistant', url: 'https://assistant.example.org/' });
    const settings = await database.readSettings();
    expect(settings.dateStyle).toBe('keep-year');
    expect(settings.governedAssistant?.name).toBe('MyHealth Assistant');
  });

  it('migrates version 1 personal terms: each gets a kind, trimmed', async () => {
    const indexedDB = fresh();
    const v1 = new Dexie(DATABASE_NAME, { indexedDB, IDBKeyRange });
    v1.version(1).stores({ settings: 'key', personalTerms: '++id', history: '++id, at' });
    await v1.table('personalTerms').add({ term: ' Quillon Abernathy-Tse ' });
    await v1.table('settings').put({ key: 'dateStyle', value: 'remove' });
    v1.close();

    const database = new NoteGuardDatabase(indexedDB, IDBKeyRange);
    expect(await database.listPersonalTerms()).toEqual([{ id: 1, term: 'Quillon Abernathy-Tse', kind: 'other' }]);
    expect((await database.readSettings()).dateStyle).toBe('remove');
    expect(database.verno).toBe(2);
  });

  it('adds personal terms once each, and removes them', async () => {
    const database = new NoteGuardDatabase(fresh(), IDBKeyRange);
    expect(await database.addPersonalTerm('Rosa Whitfield', 'name')).toBe(true);
    expect(await database.addPersonalTerm(' Rosa Whitfield ', 'name')).toBe(false);
    expect(await database.addPersonalTerm('   ', 'other')).toBe(false);
    expect(await database.readPersonalTerms()).toEqual(['Rosa Whitfield']);
    const [row] = await database.listPersonalTerms();
    await database.removePersonalTerm(row.id!);
    expect(await database.readPersonalTerms()).toEqual([]);
  });

  it('pauses a site for 15 minutes, then forgets the pause', async () => {
    const database = new NoteGuardDatabase(fresh(), IDBKeyRange);
    const now = 1_700_000_000_000;
    const until = await database.pauseSite('chatgpt.com', now);
    expect(until).toBe(now + 15 * 60_000);
    expect(await database.pausedUntil('chatgpt.com', now + 60_000)).toBe(until);
    expect(await database.pausedUntil('claude.ai', now)).toBeUndefined();
    expect(await database.pausedUntil('chatgpt.com', until)).toBeUndefined();
    expect(await database.pauses.count()).toBe(0);
  });

  it('counts the notes caught this week and exports counts only', async () => {
    const database = new NoteGuardDatabase(fresh(), IDBKeyRange);
    const now = Date.UTC(2026, 10, 25);
    const day = 24 * 60 * 60 * 1000;
    await database.history.bulkAdd([
      { at: now - 1000, site: 'chatgpt.com', outcome: 'redacted', counts: { NAME: 2 } },
      { at: now - 2 * day, site: 'practice', outcome: 'cancelled', counts: { DATE: 1 } },
      { at: now - 3 * day, site: 'practice', outcome: 'nothing-found', counts: {} },
      { at: now - 9 * day, site: 'practice', outcome: 'pasted-anyway', counts: { ID: 1 } },
    ]);
    expect(await database.caughtThisWeek(now)).toBe(2);
    const exported = await database.exportHistory(now);
    expect(exported.entries).toHaveLength(4);
    expect(Object.keys(exported.entries[0]).sort()).toEqual(['counts', 'day', 'outcome', 'site']);
    await database.clearHistory();
    expect(await database.history.count()).toBe(0);
  });

  it('stores the person’s own sites', async () => {
    const database = new NoteGuardDatabase(fresh(), IDBKeyRange);
    await database.addExtraSite('chat.example.com');
    await database.addExtraSite('ask.example.org');
    expect(await database.listExtraSites()).toEqual(['ask.example.org', 'chat.example.com']);
    await database.removeExtraSite('ask.example.org');
    expect(await database.listExtraSites()).toEqual(['chat.example.com']);
  });
});

/** A corrupted profile: IndexedDB itself fails to open (Chrome reports UnknownError). */
function corruptedIndexedDB(): IDBFactory {
  const factory = fresh();
  factory.open = () => {
    throw new DOMException('Internal error opening backing store', 'UnknownError');
  };
  return factory;
}

describe('a database that cannot open', () => {
  it('falls back to the defaults when the stored database is corrupted', async () => {
    const indexedDB = corruptedIndexedDB();

    const loaded = await loadSettingsSafely(new NoteGuardDatabase(indexedDB, IDBKeyRange));
    expect(loaded.ok).toBe(false);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to the defaults when another tab blocks the upgrade', async () => {
    const indexedDB = fresh();
    // A version-1 connection that never closes blocks the upgrade to version 2.
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(DATABASE_NAME, 10);
      open.onupgradeneeded = () => open.result.createObjectStore('settings', { keyPath: 'key' });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    holder.onversionchange = () => undefined;

    const loaded = await loadSettingsSafely(new NoteGuardDatabase(indexedDB, IDBKeyRange), 300);
    expect(loaded.ok).toBe(false);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    holder.close();
  });

  it('still answers page settings with protection on', async () => {
    const indexedDB = corruptedIndexedDB();
    const answer = await pageSettingsFor(new NoteGuardDatabase(indexedDB, IDBKeyRange), 'chatgpt.com', 'es-MX');
    expect(answer).toEqual({ paused: false, dateStyle: 'placeholder', locale: 'es' });
  });
});

/** The same database name with a different design, as another program or a damaged profile leaves it. */
async function foreignDatabase(): Promise<IDBFactory> {
  const indexedDB = fresh();
  await new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(DATABASE_NAME, 20);
    open.onupgradeneeded = () => open.result.createObjectStore('settings', { keyPath: 'name' });
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
  return indexedDB;
}

describe('a database holding what this version did not write', () => {
  it('falls back to the defaults when a table has another primary key (Dexie cannot open it)', async () => {
    const loaded = await loadSettingsSafely(new NoteGuardDatabase(await foreignDatabase(), IDBKeyRange));
    expect(loaded).toMatchObject({ ok: false, settings: DEFAULT_SETTINGS });
  });

  it.each([
    ['dateStyle', 7],
    ['welcomed', 'yes'],
    ['sensitivity', 'toString'],
    ['locale', 'fr'],
    ['governedAssistant', 'https://assistant.example.org/'],
    ['governedAssistant', { name: 'Assistant', url: 'javascript:alert(1)' }],
    ['governedAssistant', { url: 'https://assistant.example.org/' }],
  ])('falls back to all the defaults, and says so, when %s holds %j', async (key, value) => {
    const database = new NoteGuardDatabase(fresh(), IDBKeyRange);
    await database.writeSetting('sensitivity', 'balanced');
    await database.table('settings').put({ key, value });
    const loaded = await loadSettingsSafely(database);
    expect(loaded).toMatchObject({ ok: false, settings: DEFAULT_SETTINGS });
    expect(loaded.ok || loaded.error).toContain(key);
  });

  it('skips keys it does not know, and keeps the rest', async () => {
    const database = new NoteGuardDatabase(fresh(), IDBKeyRange);
    await database.writeSetting('locale', 'es');
    await database.table('settings').bulkPut([
      { key: 'toString', value: 'not a function' },
      { key: 'settingFromANewerVersion', value: 1 },
    ]);
    expect(await loadSettingsSafely(database)).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, locale: 'es' } });
  });

  it('checks with the personal terms that are text and skips damaged rows', async () => {
    const database = new NoteGuardDatabase(fresh(), IDBKeyRange);
    await database.addPersonalTerm('Rosa Whitfield', 'name');
    await database.table('personalTerms').bulkAdd([{ term: 42, kind: 'mrn' }, { kind: 'name' }, { term: '  ', kind: 'other' }]);
    expect(await database.readPersonalTerms()).toEqual(['Rosa Whitfield']);
  });

  it.each([
    ['not a number', 'soon'],
    ['a number as text', String(Date.UTC(2026, 10, 25) + 60_000)],
    ['a year away', Date.UTC(2027, 10, 25)],
  ])('keeps protection on when a pause holds %s, and drops it', async (_, until) => {
    const database = new NoteGuardDatabase(fresh(), IDBKeyRange);
    const now = Date.UTC(2026, 10, 25);
    await database.table('pauses').put({ site: 'chatgpt.com', until });
    expect((await pageSettingsFor(database, 'chatgpt.com', 'en-US', now)).paused).toBe(false);
    expect(await database.pauses.count()).toBe(0);
  });
});

describe('pageSettingsFor', () => {
  it('reports a pause, the date style, the assistant and the language', async () => {
    const database = new NoteGuardDatabase(fresh(), IDBKeyRange);
    const now = Date.now();
    await database.writeSetting('dateStyle', 'keep-year');
    await database.writeSetting('locale', 'es');
    await database.writeSetting('governedAssistant', { name: 'Asistente', url: 'https://a.example.org/' });
    await database.pauseSite('chatgpt.com', now);
    const answer = await pageSettingsFor(database, 'chatgpt.com', 'en-US', now);
    expect(answer).toMatchObject({
      paused: true,
      dateStyle: 'keep-year',
      locale: 'es',
      governedAssistant: { name: 'Asistente', url: 'https://a.example.org/' },
    });
    expect((await pageSettingsFor(database, 'claude.ai', 'en-US', now)).paused).toBe(false);
  });
});

describe('input checks', () => {
  it.each([
    ['https://assistant.example.org/chat', true],
    ['http://assistant.example.org/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('assistant URL %s is valid: %s', (url, expected) => expect(isValidAssistantUrl(url)).toBe(expected));

  it.each([
    ['chat.example.com', 'chat.example.com'],
    ['https://Chat.Example.com/path', 'chat.example.com'],
    ['localhost', undefined],
    ['', undefined],
    ['not a site', undefined],
  ])('site %s → %s', (input, expected) => expect(normaliseSiteHost(input)).toBe(expected));
});
