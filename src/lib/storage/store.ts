import { checkData } from './validate-data.ts';
import { MIGRATIONS, migrate, type Migration } from './migrate.ts';
import { STORAGE_KEY, emptyData, type AttemptRecord, type InProgress, type Prefs, type SaveData } from './schema.ts';

/** The part of the Web Storage API the store uses (localStorage, or a fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Something the trainee should be told about their saved data. */
export interface StorageProblem {
  code:
    | 'storage_unavailable' // the browser refuses storage (private mode, disabled)
    | 'storage_full' // quota exceeded
    | 'storage_corrupt' // not readable JSON
    | 'storage_foreign' // JSON, but not Reply Dojo's shape
    | 'storage_newer' // written by a newer version of the app
    | 'storage_entries_dropped'; // some attempts or sessions were damaged and left out
  /** Where the unreadable data was moved, so nothing is deleted. */
  setAsideKey?: string;
  /** How many entries were left out. */
  count?: number;
}

/** The outcome of a write. */
export type SaveResult = { ok: true } | { ok: false; problem: StorageProblem };

/** Attempts kept; older ones are dropped first so the document stays small. */
export const MAX_ATTEMPTS = 200;

function writeFailure(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  const code = (error as { code?: number } | null)?.code;
  const full = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
  return { code: full ? 'storage_full' : 'storage_unavailable' };
}

/**
 * The trainee's saved data over a Storage-like object. Reading never throws: unreadable or
 * foreign data is moved aside under another key and reported, and the app starts clean.
 * Every change writes through; a refused write is reported and the data stays in memory.
 */
export class SaveStore {
  private current: SaveData;
  /** Problems found while loading. */
  readonly problems: StorageProblem[] = [];

  constructor(
    private readonly storage: StorageLike | null,
    private readonly now: () => Date = () => new Date(),
    migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  ) {
    this.current = this.load(migrations);
  }

  private load(migrations: Readonly<Record<number, Migration>>): SaveData {
    if (!this.storage) {
      this.problems.push({ code: 'storage_unavailable' });
      return emptyData();
    }
    let text: string | null;
    try {
      text = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.problems.push({ code: 'storage_unavailable' });
      return emptyData();
    }
    if (text === null) return emptyData();
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return this.setAside(text, 'storage_corrupt');
    }
    const migrated = migrate(raw, migrations);
    if (!migrated.ok) return this.setAside(text, migrated.reason === 'newer' ? 'storage_newer' : 'storage_foreign');
    const checked = checkData(migrated.doc);
    if (!checked) return this.setAside(text, 'storage_foreign');
    if (checked.dropped > 0) {
      // Keep the original next to the cleaned copy: the dropped entries may still be readable by hand.
      const key = this.stash(text);
      this.problems.push({ code: 'storage_entries_dropped', count: checked.dropped, ...(key ? { setAsideKey: key } : {}) });
    }
    if (migrated.from !== checked.data.version || checked.dropped > 0) this.write(checked.data);
    return checked.data;
  }

  private stash(text: string): string | undefined {
    const key = `${STORAGE_KEY}.set-aside.${this.now().toISOString()}`;
    try {
      this.storage?.setItem(key, text);
      return key;
    } catch {
      return undefined;
    }
  }

  private setAside(text: string, code: StorageProblem['code']): SaveData {
    const key = this.stash(text);
    try {
      this.storage?.removeItem(STORAGE_KEY);
    } catch {
      // Nothing more can be done; the problem below is reported either way.
    }
    this.problems.push({ code, ...(key ? { setAsideKey: key } : {}) });
    return emptyData();
  }

  private write(data: SaveData): SaveResult {
    this.current = data;
    if (!this.storage) return { ok: false, problem: { code: 'storage_unavailable' } };
    try {
      this.storage.setItem(STORAGE_KEY, JSON.stringify(data));
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: writeFailure(error) };
    }
  }

  /** The data as loaded and changed since (a snapshot: do not mutate). */
  get data(): SaveData {
    return this.current;
  }

  /** Save (or replace) the in-progress session of a scenario. */
  saveInProgress(ip: InProgress): SaveResult {
    return this.write({ ...this.current, inProgress: { ...this.current.inProgress, [ip.scenarioId]: ip } });
  }

  /** Forget a scenario's in-progress session. */
  clearInProgress(scenarioId: string): SaveResult {
    const { [scenarioId]: _gone, ...rest } = this.current.inProgress;
    return this.write({ ...this.current, inProgress: rest });
  }

  /** Record a finished attempt and forget its in-progress session. */
  finishAttempt(attempt: AttemptRecord): SaveResult {
    const { [attempt.scenarioId]: _gone, ...rest } = this.current.inProgress;
    const attempts = [...this.current.attempts.filter((a) => a.id !== attempt.id), attempt].slice(-MAX_ATTEMPTS);
    return this.write({ ...this.current, attempts, inProgress: rest });
  }

  /** Change preferences. */
  setPrefs(prefs: Prefs): SaveResult {
    return this.write({ ...this.current, prefs: { ...this.current.prefs, ...prefs } });
  }
}

/** The best finished attempt of a scenario, or null. Pure. */
export function bestAttempt(data: SaveData, scenarioId: string): AttemptRecord | null {
  let best: AttemptRecord | null = null;
  for (const a of data.attempts) if (a.scenarioId === scenarioId && (!best || a.score > best.score)) best = a;
  return best;
}

/** A Storage-like object kept in memory (when the browser refuses storage, and in tests). */
export class MemoryStorage implements StorageLike {
  private readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
}
