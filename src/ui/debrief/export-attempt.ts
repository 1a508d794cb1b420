import type { Turn } from '../../lib/scenario/compile.ts';
import type { Scenario } from '../../lib/scenario/model.ts';
import type { AttemptRecord } from '../../lib/storage/index.ts';
import { attemptScore, repliesOf } from './summarise.ts';

/** Version of the export format, so other tools can read it safely. */
export const EXPORT_FORMAT = 'reply-dojo.attempt/1';

/** An attempt as exported: what was played, what the trainee did, and how each reply was graded. */
export interface AttemptExport {
  format: typeof EXPORT_FORMAT;
  attempt: Omit<AttemptRecord, 'steps'>;
  scenario: { id: string; title: string; lang: string; version: number; file: string };
  /** The saved steps: importing them into `replaySession` rebuilds the session. */
  steps: AttemptRecord['steps'];
  transcript: Array<Pick<Turn, 'seq' | 'beat' | 'kind' | 'speaker' | 'channel' | 'text' | 'at' | 'mood' | 'reputation'> & { name?: string; reply?: ExportedReply }>;
}

/** One graded reply in an export. */
export interface ExportedReply {
  choice: number | null;
  elapsedMinutes: number;
  targetMinutes: number;
  score: number;
  rules: Record<string, string>;
  findings: Array<{ rule: string; verdict: string; start: number | null; end: number | null; evidence: string; message: string }>;
  target: string;
}

/** Build the JSON export of an attempt. Pure. */
export function attemptToJson(scenario: Scenario, attempt: AttemptRecord, transcript: readonly Turn[]): AttemptExport {
  const { steps, ...rest } = attempt;
  return {
    format: EXPORT_FORMAT,
    attempt: { ...rest, score: attemptScore(transcript) },
    scenario: { id: scenario.meta.id, title: scenario.meta.title, lang: scenario.meta.lang, version: scenario.meta.version, file: scenario.file },
    steps,
    transcript: transcript.map((t) => ({
      seq: t.seq,
      beat: t.beat,
      kind: t.kind,
      speaker: t.speaker,
      ...(t.name ? { name: t.name } : {}),
      channel: t.channel,
      text: t.text,
      at: t.at,
      mood: t.mood,
      reputation: t.reputation,
      ...(t.reply
        ? {
            reply: {
              choice: t.reply.choice,
              elapsedMinutes: t.reply.elapsedMinutes,
              targetMinutes: t.reply.context.targetMinutes ?? 60,
              score: t.reply.result.score,
              rules: { ...t.reply.result.rules },
              findings: t.reply.result.findings.map((f) => ({ ...f })),
              target: t.reply.target,
            },
          }
        : {}),
    })),
  };
}

/** A CSV field, quoted when needed (RFC 4180), with formula-looking text neutralised for spreadsheets. */
function field(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header of the CSV export: one row per reply or silence. */
export const CSV_COLUMNS = ['attempt', 'scenario', 'mode', 'beat', 'at_minutes', 'elapsed_minutes', 'target_minutes', 'choice', 'channel', 'reply', 'score', 'passed', 'failed', 'mood_after', 'reputation_after', 'next_beat'] as const;

/** Build the CSV export of an attempt (UTF-8, CRLF line ends). Pure. */
export function attemptToCsv(attempt: AttemptRecord, transcript: readonly Turn[]): string {
  const rows = repliesOf(transcript).map((t) => {
    const r = t.reply!;
    const verdicts = Object.entries(r.result.rules);
    return [
      attempt.id,
      attempt.scenarioId,
      attempt.mode,
      t.beat,
      Math.round(t.at * 10) / 10,
      Math.round(r.elapsedMinutes * 10) / 10,
      r.context.targetMinutes ?? 60,
      r.choice === null ? 'typed' : r.choice + 1,
      t.channel,
      t.text,
      r.result.score,
      verdicts.filter(([, v]) => v === 'pass').map(([k]) => k).join(' '),
      verdicts.filter(([, v]) => v === 'fail').map(([k]) => k).join(' '),
      t.mood,
      t.reputation,
      r.target,
    ].map(field);
  });
  return [CSV_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}
