import Dexie, { type EntityTable } from 'dexie';
import type { PhiLabel } from '../detect/types';
import type { Outcome } from '../messaging/protocol';
import {
  DEFAULT_SETTINGS,
  isSettingKey,
  isSettingValue,
  type PersonalTermKind,
  type SettingKey,
  type Settings,
} from './settings';

export interface SettingRow<K extends SettingKey = SettingKey> {
  key: K;
  value: Settings[K];
}

/** A term a person registered to always catch: the only PHI NoteGuard ever stores. */
export interface PersonalTermRow {
  id?: number;
  term: string;
  /** Added in version 2; rows from version 1 become 'other'. */
  kind: PersonalTermKind;
}

/** What happened to one paste: counts and types only, never the text. */
export interface HistoryRow {
  id?: number;
  at: number;
  site: string;
  outcome: Outcome;
  counts: Partial<Record<PhiLabel, number>>;
}

/** A chatbot site the person added to the built-in list. */
export interface ExtraSiteRow {
  host: string;
  addedAt: number;
}

/** The person paused NoteGuard on a site from the popup, until `until`. */
export interface PauseRow {
  site: string;
  until: number;
}

export const DATABASE_NAME = 'noteguard';
export const PAUSE_MINUTES = 15;
const PAUSE_MS = PAUSE_MINUTES * 60_000;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Outcomes where NoteGuard stopped a note with personal details in it. */
const CAUGHT: readonly Outcome[] = ['redacted', 'pasted-anyway', 'cancelled', 'governed'];

export class NoteGuardDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  personalTerms!: EntityTable<PersonalTermRow, 'id'>;
  history!: EntityTable<HistoryRow, 'id'>;
  extraSites!: EntityTable<ExtraSiteRow, 'host'>;
  pauses!: EntityTable<PauseRow, 'site'>;

  constructor(indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange) {
    super(DATABASE_NAME, indexedDB ? { indexedDB, IDBKeyRange: keyRange } : undefined);
    this.version(1).stores({
      settings: 'key',
      personalTerms: '++id',
      history: '++id, at',
    });
    // Version 2: personal terms say what they are (so the options page can show it), the
    // person's own sites, and per-site pauses with an expiry.
    this.version(2)
      .stores({
        personalTerms: '++id, term',
        extraSites: 'host',
        pauses: 'site, until',
      })
      .upgrade((transaction) =>
        transaction
          .table<PersonalTermRow>('personalTerms')
          .toCollection()
          .modify((row) => {
            row.kind ??= 'other';
            row.term = row.term.trim();
          }),
      );
  }

  /**
   * The stored settings over the defaults. A stored value of the wrong shape means the database
   * was damaged or written by something else: it throws, so the caller runs on the defaults and
   * says so (safe-settings.ts), rather than half-trusting it. Keys this version does not know are
   * skipped.
   */
  async readSettings(): Promise<Settings> {
    const rows: { key: unknown; value: unknown }[] = await this.settings.toArray();
    const known = rows.filter((row): row is SettingRow => isSettingKey(row.key));
    const malformed = known.filter((row) => !isSettingValue(row.key, row.value)).map((row) => row.key);
    if (malformed.length > 0) throw new Error(`stored settings of the wrong shape: ${malformed.join(', ')}`);
    return { ...DEFAULT_SETTINGS, ...Object.fromEntries(known.map((row) => [row.key, row.value])) };
  }

  async writeSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
    await this.settings.put({ key, value } as SettingRow);
  }

  /** Only terms that are text: one damaged row must not break the check of every paste. */
  async readPersonalTerms(): Promise<string[]> {
    const rows: { term: unknown }[] = await this.personalTerms.toArray();
    return rows.map((row) => row.term).filter((term): term is string => typeof term === 'string' && term.trim() !== '');
  }

  listPersonalTerms(): Promise<PersonalTermRow[]> {
    return this.personalTerms.toArray();
  }

  /** Adds a term unless it is empty or already there; returns whether it was added. */
  async addPersonalTerm(term: string, kind: PersonalTermKind): Promise<boolean> {
    const trimmed = term.trim();
    if (trimmed === '') return false;
    if ((await this.personalTerms.where('term').equals(trimmed).count()) > 0) return false;
    await this.personalTerms.add({ term: trimmed, kind });
    return true;
  }

  async removePersonalTerm(id: number): Promise<void> {
    await this.personalTerms.delete(id);
  }

  async listExtraSites(): Promise<string[]> {
    return (await this.extraSites.orderBy('host').toArray()).map((row) => row.host);
  }

  async addExtraSite(host: string, now = Date.now()): Promise<void> {
    await this.extraSites.put({ host, addedAt: now });
  }

  async removeExtraSite(host: string): Promise<void> {
    await this.extraSites.delete(host);
  }

  async pauseSite(site: string, now = Date.now()): Promise<number> {
    const until = now + PAUSE_MS;
    await this.pauses.put({ site, until });
    return until;
  }

  async resumeSite(site: string): Promise<void> {
    await this.pauses.delete(site);
  }

  /** When the pause on this site ends, or undefined if it is not paused (expired pauses are dropped). */
  async pausedUntil(site: string, now = Date.now()): Promise<number | undefined> {
    const row = await this.pauses.get(site);
    if (!row) return undefined;
    // A pause never runs longer than PAUSE_MINUTES from now. A row that says otherwise (damaged,
    // not a number, or the clock set back) must not switch protection off: it ends like an old one.
    const running = typeof row.until === 'number' && row.until > now && row.until <= now + PAUSE_MS;
    if (!running) {
      await this.pauses.delete(site);
      return undefined;
    }
    return row.until;
  }

  /** Notes with personal details caught in the last seven days. */
  caughtThisWeek(now = Date.now()): Promise<number> {
    return this.history
      .where('at')
      .aboveOrEqual(now - WEEK_MS)
      .filter((row) => CAUGHT.includes(row.outcome))
      .count();
  }

  /** The history as it can leave the browser: day, site, outcome and counts; never text. */
  async exportHistory(now = Date.now()): Promise<HistoryExport> {
    const rows = await this.history.orderBy('at').toArray();
    return {
      exportedAt: new Date(now).toISOString(),
      entries: rows.map((row) => ({
        day: new Date(row.at).toISOString().slice(0, 10),
        site: row.site,
        outcome: row.outcome,
        counts: { ...row.counts },
      })),
    };
  }

  async clearHistory(): Promise<void> {
    await this.history.clear();
  }
}

export interface HistoryExport {
  exportedAt: string;
  entries: { day: string; site: string; outcome: Outcome; counts: Partial<Record<PhiLabel, number>> }[];
}
