import type { SessionStep } from '../play/session.ts';
import { OUTCOMES } from '../scenario/model.ts';
import { isLang } from '../scoring/contract.ts';
import { SCHEMA_VERSION, type AttemptRecord, type InProgress, type Prefs, type SaveData } from './schema.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isMode = (v: unknown) => v === 'practice' || v === 'assessment';

function isStep(v: unknown): v is SessionStep {
  if (!isObj(v)) return false;
  if (v.type === 'choose') return Number.isInteger(v.index) && isNum(v.at) && v.at >= 0;
  if (v.type === 'reply') return isStr(v.text) && isNum(v.at) && v.at >= 0;
  if (v.type === 'advance') return isNum(v.to) && v.to >= 0;
  return false;
}

const isSteps = (v: unknown): v is SessionStep[] => Array.isArray(v) && v.every(isStep);

function isInProgress(v: unknown): v is InProgress {
  return isObj(v) && isStr(v.scenarioId) && isNum(v.scenarioVersion) && isMode(v.mode) && isStr(v.startedAt) && isStr(v.updatedAt) && isSteps(v.steps);
}

function isAttempt(v: unknown): v is AttemptRecord {
  return (
    isObj(v) &&
    isStr(v.id) &&
    isStr(v.scenarioId) &&
    isNum(v.scenarioVersion) &&
    isStr(v.title) &&
    isLang(v.lang) &&
    isMode(v.mode) &&
    isStr(v.startedAt) &&
    isStr(v.finishedAt) &&
    isNum(v.score) &&
    (v.outcome === null || (OUTCOMES as readonly unknown[]).includes(v.outcome)) &&
    isNum(v.replies) &&
    isSteps(v.steps)
  );
}

/** The result of checking a document that claims the current version. */
export interface Checked {
  data: SaveData;
  /** Entries that did not have the expected shape and were left out. */
  dropped: number;
}

/**
 * Check a document of the current version entry by entry: a damaged attempt or session is left
 * out (and counted) rather than losing the rest. Returns null when the document itself is not
 * ours. This is a pure function.
 */
export function checkData(raw: unknown): Checked | null {
  if (!isObj(raw) || raw.version !== SCHEMA_VERSION) return null;
  if (!Array.isArray(raw.attempts) || !isObj(raw.inProgress)) return null;
  let dropped = 0;
  const attempts = raw.attempts.filter((a) => isAttempt(a) || (dropped++, false)) as AttemptRecord[];
  const inProgress: Record<string, InProgress> = {};
  for (const [id, ip] of Object.entries(raw.inProgress)) {
    if (isInProgress(ip) && ip.scenarioId === id) inProgress[id] = ip;
    else dropped++;
  }
  const prefs: Prefs = {};
  if (isObj(raw.prefs)) {
    if (isLang(raw.prefs.uiLang)) prefs.uiLang = raw.prefs.uiLang;
    if (isNum(raw.prefs.speed) && raw.prefs.speed >= 0 && raw.prefs.speed <= 60) prefs.speed = raw.prefs.speed;
  }
  return { data: { version: SCHEMA_VERSION, attempts, inProgress, prefs }, dropped };
}
