import { SCHEMA_VERSION } from './schema.ts';

/** Turns a document of version `n` into one of version `n + 1`. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from. Version 1 is the first stored shape, so the
 * table is empty; when the shape changes, bump SCHEMA_VERSION and add `1: (doc) => …` here.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** Why a stored document could not be brought to the current version. */
export type MigrateFailure = 'foreign' | 'newer' | 'no-migration';

/**
 * Bring a parsed document up to `target` one version at a time. A document without a numeric
 * `version` is foreign; one from a newer app is left alone. This is a pure function.
 */
export function migrate(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): { ok: true; doc: Record<string, unknown>; from: number } | { ok: false; reason: MigrateFailure; from: number | null } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'foreign', from: null };
  let doc = raw as Record<string, unknown>;
  const from = doc.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, reason: 'foreign', from: null };
  if (from > target) return { ok: false, reason: 'newer', from };
  for (let v = from; v < target; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: 'no-migration', from };
    doc = { ...step(doc), version: v + 1 };
  }
  return { ok: true, doc, from };
}
