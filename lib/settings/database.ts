import Dexie, { type EntityTable } from 'dexie';
import type { PhiLabel } from '../detect/types';
import type { Outcome } from '../messaging/protocol';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from './settings';

export interface SettingRow<K extends SettingKey = SettingKey> {
  key: K;
  value: Settings[K];
}

/** A term a person registered to always catch: the only PHI NoteGuard ever stores. */
export interface PersonalTermRow {
  id?: number;
  term: string;
}

/** What happened to one paste: counts and types only, never the text. */
export interface HistoryRow {
  id?: number;
  at: number;
  site: string;
  outcome: Outcome;
  counts: Partial<Record<PhiLabel, number>>;
}

export const DATABASE_NAME = 'noteguard';

export class NoteGuardDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  personalTerms!: EntityTable<PersonalTermRow, 'id'>;
  history!: EntityTable<HistoryRow, 'id'>;

  constructor(indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange) {
    super(DATABASE_NAME, indexedDB ? { indexedDB, IDBKeyRange: keyRange } : undefined);
    this.version(1).stores({
      settings: 'key',
      personalTerms: '++id',
      history: '++id, at',
    });
  }

  async readSettings(): Promise<Settings> {
    const rows = await this.settings.toArray();
    const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
    return { ...DEFAULT_SETTINGS, ...stored };
  }

  async writeSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
    await this.settings.put({ key, value } as SettingRow);
  }

  async readPersonalTerms(): Promise<string[]> {
    return (await this.personalTerms.toArray()).map((row) => row.term);
  }
}
