import type { SessionStep } from '../play/session.ts';
import type { Outcome } from '../scenario/model.ts';
import type { Lang } from '../scoring/contract.ts';

/** The key the app keeps its data under; set-aside copies get a suffix. */
export const STORAGE_KEY = 'reply-dojo';
/** Version of the stored shape. Bump it and add a migration when the shape changes. */
export const SCHEMA_VERSION = 1;

/** How a scenario is played. */
export type PlayMode = 'practice' | 'assessment';

/** A scenario being played: the steps replay it exactly (same beat, clock and transcript). */
export interface InProgress {
  scenarioId: string;
  /** The scenario's `version` when the attempt began; a changed scenario may not replay fully. */
  scenarioVersion: number;
  mode: PlayMode;
  /** ISO date-time the attempt began (real time). */
  startedAt: string;
  /** ISO date-time of the last save. */
  updatedAt: string;
  /** Everything the trainee did, in order. */
  steps: SessionStep[];
}

/** A finished attempt. */
export interface AttemptRecord {
  /** Unique id (start time and scenario). */
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  title: string;
  lang: Lang;
  mode: PlayMode;
  startedAt: string;
  finishedAt: string;
  /** Overall score 0–100 (mean of the reply scores). */
  score: number;
  outcome: Outcome | null;
  /** Replies and silences posted. */
  replies: number;
  steps: SessionStep[];
}

/** The trainee's preferences. */
export interface Prefs {
  uiLang?: Lang;
  /** Simulated minutes per real second. */
  speed?: number;
}

/** Everything the app stores, as one versioned document. */
export interface SaveData {
  version: typeof SCHEMA_VERSION;
  attempts: AttemptRecord[];
  /** The scenario being played, by scenario id. */
  inProgress: Record<string, InProgress>;
  prefs: Prefs;
}

/** A fresh, empty document. */
export const emptyData = (): SaveData => ({ version: SCHEMA_VERSION, attempts: [], inProgress: {}, prefs: {} });
