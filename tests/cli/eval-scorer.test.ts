import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.ts';
import { RULE_IDS } from '../../src/lib/scoring/contract.ts';
import { scoreReply } from '../../src/lib/scoring/score-reply.ts';

const run = (args: string[]) => spawnSync('npx', ['tsx', 'src/cli/eval-scorer.ts', ...args], { encoding: 'utf8' });
const gold = (over: Record<string, string>) => ({ ...Object.fromEntries(RULE_IDS.map((id) => [id, 'n/a'])), ...over });

describe('eval-scorer CLI', () => {
  const dir = tempDir('eval-cli');
  writeFileSync(
    join(dir, 'en.dev.jsonl'),
    [
      // The scorer fails empathy here, as the gold says.
      JSON.stringify({ id: 'a', lang: 'en', persona: 'angry', channel: 'private', text: 'Ok.', gold: gold({ 'engage-wisely': 'pass', empathy: 'fail', 'no-arguing': 'pass', 'calm-tone': 'pass', 'no-blame-shifting': 'pass', 'under-promise': 'pass', 'concrete-next-step': 'fail', 'no-review-incentive': 'pass', 'thank-the-customer': 'fail', 'personal-touch': 'fail' }) }),
      // A deliberately wrong label: the gold says empathy passes.
      JSON.stringify({ id: 'b', lang: 'en', persona: 'angry', channel: 'private', text: 'Ok.', gold: gold({ 'engage-wisely': 'pass', empathy: 'pass', 'no-arguing': 'pass', 'calm-tone': 'pass', 'no-blame-shifting': 'pass', 'under-promise': 'pass', 'concrete-next-step': 'fail', 'no-review-incentive': 'pass', 'thank-the-customer': 'fail', 'personal-touch': 'fail' }) }),
      '{broken',
    ].join('\n'),
  );

  it('prints per-rule figures and macro-F1, lists disagreements and reports malformed lines', () => {
    const r = run(['--dir', dir, '--show-errors']);
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/en dev — 2 replies/);
    expect(r.stdout).toMatch(/macro-F1/);
    expect(r.stdout).toMatch(/line 2 \(b\) empathy: gold pass, scorer fail/);
    expect(r.stderr).toMatch(/en\.dev\.jsonl:3: invalid JSON/);
  });

  it('gives machine-readable output with --json', () => {
    const r = run(['--dir', dir, '--json']);
    const out = JSON.parse(r.stdout) as { reports: Array<{ lang: string; part: string; items: number; macroF1: number; rules: Array<{ rule: string; tp: number; fp: number; fn: number; accuracy: number }> }> };
    expect(out.reports).toHaveLength(1);
    const e = out.reports[0]!.rules.find((x) => x.rule === 'empathy')!;
    expect([e.tp, e.fp, e.fn]).toEqual([1, 1, 0]);
    expect(e.accuracy).toBeCloseTo(0.5);
    expect(out.reports[0]!.items).toBe(2);
  });

  describe('held-out parts', () => {
    const held = tempDir('eval-cli-held');
    const line = (id: string, empathy: string) =>
      JSON.stringify({ id, lang: 'en', persona: 'angry', channel: 'private', text: 'Ok.', gold: gold({ 'engage-wisely': 'pass', empathy, 'no-arguing': 'pass', 'calm-tone': 'pass', 'no-blame-shifting': 'pass', 'under-promise': 'pass', 'concrete-next-step': 'fail', 'no-review-incentive': 'pass', 'thank-the-customer': 'fail', 'personal-touch': 'fail' }) });
    writeFileSync(join(held, 'en.dev.jsonl'), line('d1', 'pass'));
    writeFileSync(join(held, 'en.heldout.jsonl'), [line('h1', 'pass'), line('h2', 'fail')].join('\n'));
    writeFileSync(join(held, 'en.heldout-2.jsonl'), line('h3', 'pass'));

    it('finds every part by file name and pools the held-out parts', () => {
      const r = run(['--dir', held, '--json']);
      const out = JSON.parse(r.stdout) as { reports: Array<{ part: string; items: number }> };
      expect(out.reports.map((x) => [x.part, x.items])).toEqual([['dev', 1], ['heldout', 2], ['heldout-2', 1], ['heldout-all', 3]]);
    });

    it('lists held-out disagreements only for the part asked for by name', () => {
      const all = run(['--dir', held, '--show-errors']);
      expect(all.stdout).toMatch(/line 1 \(d1\) empathy/);
      expect(all.stdout).not.toMatch(/\(h1\)|\(h3\)/);
      const one = run(['--dir', held, '--show-errors', '--part', 'heldout-2']);
      expect(one.stdout).toMatch(/line 1 \(h3\) empathy: gold pass, scorer fail/);
      expect(one.stdout).not.toMatch(/\(h1\)|\(d1\)/);
      const pooled = run(['--dir', held, '--show-errors', '--part', 'heldout-all']);
      expect(pooled.stdout).toMatch(/en heldout-all — 3 replies/);
      expect(pooled.stdout).toMatch(/\(h3\) empathy/);
      expect(pooled.stdout).not.toMatch(/\(d1\)/);
    });

    it('rejects a part that is not there', () => {
      const r = run(['--dir', held, '--part', 'dev-z']);
      expect(r.status).toBe(64);
      expect(r.stderr).toMatch(/no corpus part "dev-z".*found: dev, heldout, heldout-2, heldout-all/);
    });
  });

  it('grades by the cue tables alone with --tables-only', () => {
    const zh = tempDir('eval-cli-zh');
    const context = {
      lang: 'zh-TW' as const,
      persona: 'angry' as const,
      channel: 'public' as const,
      text: '讓您等了將近一小時真的很抱歉,謝謝您告訴我們。這次是外送夥伴那邊的派單延遲,單子排到後面才出發,請您再耐心等候,我會追蹤到送達。— 小美',
    };
    const labels = Object.fromEntries(RULE_IDS.map((id) => [id, scoreReply(context).rules[id] === 'n/a' ? 'n/a' : 'fail']));
    writeFileSync(join(zh, 'zh-TW.dev.jsonl'), JSON.stringify({ id: 'z', ...context, gold: labels }));
    const fails = (args: string[]): Record<string, number> => {
      const out = JSON.parse(run(['--dir', zh, '--json', ...args]).stdout) as { reports: Array<{ rules: Array<{ rule: string; tp: number }> }> };
      return Object.fromEntries(out.reports[0]!.rules.map((r) => [r.rule, r.tp]));
    };
    // Every label says fail, so a rule's true positives count the scorer's fails.
    const expected = (secondOpinion: boolean) =>
      Object.fromEntries(RULE_IDS.map((id) => [id, scoreReply(context, { secondOpinion }).rules[id] === 'fail' ? 1 : 0]));
    expect(fails([])).toEqual(expected(true));
    expect(fails(['--tables-only'])).toEqual(expected(false));
  });
});
