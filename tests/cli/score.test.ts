import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.ts';
import { RULE_IDS } from '../../src/lib/scoring/contract.ts';

const run = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'src/cli/score.ts', ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

const good = (id: string, text: string, extra: object = {}) =>
  JSON.stringify({ id, lang: 'en', persona: 'angry', channel: 'public', text, ...extra });

describe('score CLI', () => {
  it('prints one line per reply with every rule id and findings with exactly the contract keys', () => {
    const input = [good('a', "I'm sorry! DM me and I'll refund you today. — Mei", { elapsedMinutes: 5 }), '', good('b', '')].join('\n');
    const r = run(['-'], input);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/line \d+:/);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['id', 'score', 'rules', 'findings']);
      expect(Object.keys(l.rules as object)).toEqual([...RULE_IDS]);
      for (const v of Object.values(l.rules as object)) expect(['pass', 'fail', 'n/a']).toContain(v);
      for (const f of l.findings as Array<Record<string, unknown>>) {
        expect(Object.keys(f)).toEqual(['rule', 'verdict', 'start', 'end', 'message']);
      }
    }
    expect((lines[0]!.rules as Record<string, string>)['respond-fast']).toBe('pass');
    expect((lines[1]!.rules as Record<string, string>)['engage-wisely']).toBe('fail');
  });

  it('reads a file, and reports every malformed line on stderr after printing the valid ones, exit 2', () => {
    const dir = tempDir('score-cli');
    const file = join(dir, 'in.jsonl');
    writeFileSync(
      file,
      [
        good('ok1', 'Thanks for telling us.'),
        '{not json',
        JSON.stringify({ id: 'x', lang: 'fr', persona: 'angry', channel: 'public', text: 'hi' }),
        JSON.stringify({ id: 'y', lang: 'en', persona: 'angry', channel: 'public' }),
        JSON.stringify({ id: 'z', lang: 'en', persona: 'angry', channel: 'public', text: 'hi', crisis: 'no' }),
        good('ok2', 'Sorry.'),
      ].join('\n'),
    );
    const r = run([file]);
    expect(r.status).toBe(2);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['ok1', 'ok2']);
    const errs = r.stderr.split('\n').filter((l) => /^line \d+:/.test(l));
    expect(errs.map((l) => l.split(':')[0])).toEqual(['line 2', 'line 3', 'line 4', 'line 5']);
    expect(errs[1]).toMatch(/lang/);
    expect(errs[2]).toMatch(/text/);
    expect(errs[3]).toMatch(/crisis/);
  });

  it('writes messages in the language asked for with --ui', () => {
    const r = run(['-', '--ui', 'ja'], good('a', 'Ok.'));
    const out = JSON.parse(r.stdout) as { findings: Array<{ message: string }> };
    expect(out.findings.some((f) => /[ぁ-ん]/.test(f.message))).toBe(true);
  });
});
