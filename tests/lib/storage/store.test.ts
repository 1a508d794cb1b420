import { describe, expect, it } from 'vitest';
import { MemoryStorage, SaveStore, STORAGE_KEY, SCHEMA_VERSION, bestAttempt, migrate, type AttemptRecord, type InProgress, type StorageLike } from '../../../src/lib/storage/index.ts';

const now = () => new Date('2025-03-01T10:00:00Z');

const inProgress = (over: Partial<InProgress> = {}): InProgress => ({
  scenarioId: 'late-cake',
  scenarioVersion: 1,
  mode: 'practice',
  startedAt: '2025-03-01T09:00:00Z',
  updatedAt: '2025-03-01T09:05:00Z',
  steps: [{ type: 'advance', to: 4 }, { type: 'choose', index: 0, at: 4 }],
  ...over,
});

const attempt = (over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  id: 'a1',
  scenarioId: 'late-cake',
  scenarioVersion: 1,
  title: 'Late cake',
  lang: 'en',
  mode: 'assessment',
  startedAt: '2025-03-01T09:00:00Z',
  finishedAt: '2025-03-01T09:10:00Z',
  score: 70,
  outcome: 'resolved',
  replies: 2,
  steps: [{ type: 'choose', index: 1, at: 0 }],
  ...over,
});

describe('SaveStore', () => {
  it('starts empty and round-trips an in-progress session through storage', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(storage, now);
    expect(store.problems).toEqual([]);
    expect(store.saveInProgress(inProgress())).toEqual({ ok: true });
    const again = new SaveStore(storage, now);
    expect(again.data.inProgress['late-cake']?.steps).toEqual(inProgress().steps);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).version).toBe(SCHEMA_VERSION);
  });

  it('records a finished attempt, forgets its session and finds the best score', () => {
    const storage = new MemoryStorage();
    const store = new SaveStore(storage, now);
    store.saveInProgress(inProgress());
    store.finishAttempt(attempt({ id: 'a1', score: 60 }));
    store.finishAttempt(attempt({ id: 'a2', score: 85 }));
    const again = new SaveStore(storage, now);
    expect(again.data.inProgress).toEqual({});
    expect(bestAttempt(again.data, 'late-cake')?.id).toBe('a2');
    expect(bestAttempt(again.data, 'other')).toBeNull();
  });

  it('sets corrupted JSON aside under another key and reports it', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"version":1,"attempts":[');
    const store = new SaveStore(storage, now);
    expect(store.problems).toHaveLength(1);
    expect(store.problems[0]!.code).toBe('storage_corrupt');
    const key = store.problems[0]!.setAsideKey!;
    expect(storage.getItem(key)).toBe('{"version":1,"attempts":[');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(store.data.attempts).toEqual([]);
  });

  it('sets foreign data aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(['someone', 'else']));
    const store = new SaveStore(storage, now);
    expect(store.problems.map((p) => p.code)).toEqual(['storage_foreign']);
  });

  it('leaves data from a newer version aside instead of overwriting it', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: SCHEMA_VERSION + 1, attempts: [] }));
    const store = new SaveStore(storage, now);
    expect(store.problems[0]!.code).toBe('storage_newer');
    expect(storage.getItem(store.problems[0]!.setAsideKey!)).toContain(`"version":${SCHEMA_VERSION + 1}`);
  });

  it('drops a damaged entry but keeps the rest, and keeps the original aside', () => {
    const storage = new MemoryStorage();
    const doc = { version: SCHEMA_VERSION, attempts: [attempt(), { id: 3 }], inProgress: { 'late-cake': inProgress(), x: { steps: 'no' } }, prefs: { uiLang: 'ja' } };
    storage.setItem(STORAGE_KEY, JSON.stringify(doc));
    const store = new SaveStore(storage, now);
    expect(store.data.attempts).toHaveLength(1);
    expect(Object.keys(store.data.inProgress)).toEqual(['late-cake']);
    expect(store.data.prefs.uiLang).toBe('ja');
    expect(store.problems).toEqual([expect.objectContaining({ code: 'storage_entries_dropped', count: 2 })]);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).attempts).toHaveLength(1);
  });

  it('migrates an older document one version at a time', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: 0.5 }));
    expect(new SaveStore(storage, now).problems[0]!.code).toBe('storage_foreign');

    const old = { version: 1, history: [attempt()], current: {} };
    const migrations = { 1: (d: Record<string, unknown>) => ({ attempts: d.history, inProgress: d.current, prefs: {} }) };
    const result = migrate(old, migrations, 2);
    expect(result).toEqual({ ok: true, from: 1, doc: { version: 2, attempts: [attempt()], inProgress: {}, prefs: {} } });
    expect(migrate({ version: 1 }, {}, 3)).toEqual({ ok: false, reason: 'no-migration', from: 1 });
  });

  it('reports a full storage on write and keeps the data in memory', () => {
    const full: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      },
      removeItem: () => {},
    };
    const store = new SaveStore(full, now);
    const result = store.saveInProgress(inProgress());
    expect(result).toEqual({ ok: false, problem: { code: 'storage_full' } });
    expect(store.data.inProgress['late-cake']).toBeDefined();
  });

  it('reports storage the browser refuses to open', () => {
    const refusing: StorageLike = {
      getItem: () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
      setItem: () => {
        throw Object.assign(new Error('denied'), { name: 'SecurityError' });
      },
      removeItem: () => {},
    };
    const store = new SaveStore(refusing, now);
    expect(store.problems.map((p) => p.code)).toEqual(['storage_unavailable']);
    expect(store.setPrefs({ uiLang: 'en' })).toEqual({ ok: false, problem: { code: 'storage_unavailable' } });
    expect(new SaveStore(null, now).problems[0]!.code).toBe('storage_unavailable');
  });
});
