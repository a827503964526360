import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_THRESHOLD } from '../detect/engine';
import { DATABASE_NAME, NoteGuardDatabase } from '../settings/database';
import { SENSITIVITY_THRESHOLDS } from '../settings/settings';
import { createDetectionSettings, watchDexieTables } from './detection-settings';

const freshDatabase = () => new NoteGuardDatabase(new IDBFactory(), IDBKeyRange);

/** A WatchTables the test fires by hand. */
function handWatcher() {
  const listeners: { tables: readonly string[]; onChange: () => void }[] = [];
  return {
    watch: (tables: readonly string[], onChange: () => void) => void listeners.push({ tables, onChange }),
    change: () => listeners.forEach((listener) => listener.onChange()),
    listeners,
  };
}

describe('settings for checks', () => {
  it('without a watcher, reads the database on every check', async () => {
    const database = freshDatabase();
    const settings = createDetectionSettings(database);
    expect(await settings()).toEqual({ personalTerms: [], threshold: DEFAULT_THRESHOLD });
    await database.addPersonalTerm('Quillon Abernathy', 'name');
    await database.writeSetting('sensitivity', 'balanced');
    expect(await settings()).toEqual({ personalTerms: ['Quillon Abernathy'], threshold: SENSITIVITY_THRESHOLDS.balanced });
  });

  it('keeps a reading until the watched tables change', async () => {
    const database = freshDatabase();
    const reads = vi.spyOn(database, 'readPersonalTerms');
    const watcher = handWatcher();
    const settings = createDetectionSettings(database, watcher.watch);
    expect(watcher.listeners.map((listener) => listener.tables)).toEqual([['settings', 'personalTerms']]);
    await settings();
    await settings();
    expect(reads).toHaveBeenCalledTimes(1);

    await database.addPersonalTerm('Quillon Abernathy', 'name');
    watcher.change();
    expect((await settings()).personalTerms).toEqual(['Quillon Abernathy']);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('does not keep a reading that a change overtook', async () => {
    const database = freshDatabase();
    const watcher = handWatcher();
    const settings = createDetectionSettings(database, watcher.watch);
    const reading = settings();
    // The term is written and announced while the first reading is still under way.
    await database.addPersonalTerm('Quillon Abernathy', 'name');
    watcher.change();
    await reading;
    expect((await settings()).personalTerms).toEqual(['Quillon Abernathy']);
  });

  it('does not keep defaults it fell back on', async () => {
    const database = freshDatabase();
    await database.settings.put({ key: 'sensitivity', value: 42 } as never);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reads = vi.spyOn(database, 'readSettings');
    const settings = createDetectionSettings(database, handWatcher().watch);
    expect(await settings()).toEqual({ personalTerms: [], threshold: DEFAULT_THRESHOLD });
    await database.settings.put({ key: 'sensitivity', value: 'balanced' });
    expect((await settings()).threshold).toBe(SENSITIVITY_THRESHOLDS.balanced);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it("hears Dexie's change notices for its tables only", async () => {
    const database = freshDatabase();
    // Creating the database notifies every table.
    await database.open();
    const onChange = vi.fn();
    watchDexieTables(DATABASE_NAME)(['settings', 'personalTerms'], onChange);
    await database.history.add({ at: 1, site: 'chatgpt.com', outcome: 'redacted', counts: { NAME: 1 } });
    expect(onChange).not.toHaveBeenCalled();
    await database.addPersonalTerm('Quillon Abernathy', 'name');
    expect(onChange).toHaveBeenCalledTimes(1);
    await database.writeSetting('sensitivity', 'balanced');
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('with Dexie watching, a newly registered term is in the next check', async () => {
    const database = freshDatabase();
    const settings = createDetectionSettings(database, watchDexieTables(DATABASE_NAME));
    expect((await settings()).personalTerms).toEqual([]);
    await database.addPersonalTerm('Quillon Abernathy', 'name');
    expect((await settings()).personalTerms).toEqual(['Quillon Abernathy']);
  });
});
