import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSERTED_DIR, CORPUS_DIR, SETTLED_DIR, corpusFiles, readAsserted, readCorpusFile, readSettled } from '../../../src/cli/corpus-files.ts';
import { LANGS, RULE_IDS, type Lang, type ReplyScore, type RuleId, type Verdict } from '../../../src/lib/scoring/contract.ts';
import { bootstrapMacroF1, evaluateCorpus, gradeCorpus, parseCorpus } from '../../../src/lib/scoring/corpus.ts';
import { RULES, resolveContext } from '../../../src/lib/scoring/playbook.ts';
import { ruleApplies, scoreReply } from '../../../src/lib/scoring/score-reply.ts';

const allVerdicts = (v: Verdict): Record<RuleId, Verdict> => Object.fromEntries(RULE_IDS.map((id) => [id, v])) as Record<RuleId, Verdict>;
const line = (extra: object = {}): string =>
  JSON.stringify({ lang: 'en', persona: 'angry', channel: 'public', text: 'Sorry!', gold: allVerdicts('pass'), ...extra });

describe('parseCorpus', () => {
  it('reads labelled lines, skips blank ones and reports each bad line by number', () => {
    const src = [line(), '', '{oops', line({ gold: { ...allVerdicts('pass'), empathy: 'maybe' } }), line({ persona: 'grumpy' }), line({ gold: undefined })].join('\n');
    const { items, errors } = parseCorpus(src);
    expect(items.map((i) => i.line)).toEqual([1]);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
    expect(errors[1]!.message).toMatch(/gold\.empathy/);
    expect(errors[2]!.message).toMatch(/persona/);
  });
});

describe('parseCorpus, probe sets', () => {
  it('accepts lines that label only some rules, but not none, and still checks what is there', () => {
    const src = [line({ gold: { 'calm-tone': 'fail' } }), line({ gold: {} }), line({ gold: { 'calm-tone': 'rude' } })].join('\n');
    expect(parseCorpus(src).items).toHaveLength(0);
    const { items, errors } = parseCorpus(src, { partial: true });
    expect(items.map((i) => i.gold)).toEqual([{ 'calm-tone': 'fail' }]);
    expect(errors.map((e) => [e.line, /at least one|calm-tone/.test(e.message)])).toEqual([
      [2, true],
      [3, true],
    ]);
  });

  it('judges only the labelled rules', () => {
    const items = parseCorpus([line({ text: 'You are an idiot.', gold: { 'calm-tone': 'fail' } }), line({ text: 'Sorry.', gold: { 'calm-tone': 'fail', empathy: 'pass' } })].join('\n'), { partial: true }).items;
    const m = evaluateCorpus(items, scoreReply);
    const calm = m.rules.find((r) => r.rule === 'calm-tone')!;
    expect([calm.tp, calm.fn, calm.accuracy]).toEqual([1, 1, 0.5]);
    expect(m.rules.find((r) => r.rule === 'empathy')!.accuracy).toBe(1);
    expect(m.rules.find((r) => r.rule === 'thank-the-customer')!.support).toBe(0);
    expect(m.accuracy).toBeCloseTo(2 / 3);
  });
});

describe('evaluateCorpus', () => {
  it('computes accuracy and fail precision, recall and F1 per rule', () => {
    const gold = (empathy: Verdict) => ({ ...allVerdicts('n/a'), empathy });
    const items = [
      { line: 1, context: { lang: 'en' as const, persona: 'angry' as const, channel: 'public' as const, text: 'a' }, gold: gold('fail') },
      { line: 2, context: { lang: 'en' as const, persona: 'angry' as const, channel: 'public' as const, text: 'b' }, gold: gold('fail') },
      { line: 3, context: { lang: 'en' as const, persona: 'angry' as const, channel: 'public' as const, text: 'c' }, gold: gold('pass') },
    ];
    // A fake scorer: says fail for "a" and "c", pass for "b".
    const fake = (c: { text: string }): ReplyScore => ({
      score: 0,
      rules: { ...allVerdicts('n/a'), empathy: c.text === 'b' ? 'pass' : 'fail' },
      findings: [],
    });
    const m = evaluateCorpus(items, fake);
    const e = m.rules.find((r) => r.rule === 'empathy')!;
    expect([e.tp, e.fp, e.fn]).toEqual([1, 1, 1]);
    expect(e.precision).toBeCloseTo(0.5);
    expect(e.recall).toBeCloseTo(0.5);
    expect(e.f1).toBeCloseTo(0.5);
    expect(e.accuracy).toBeCloseTo(1 / 3);
    // Only empathy has fails, so it alone makes the macro-F1.
    expect(m.macroF1).toBeCloseTo(0.5);
    expect(m.disagreements.map((d) => d.line)).toEqual([2, 3]);
  });
});

/**
 * Floors a few points under what the scorer reached on each dev corpus when
 * they were set (en: macro-F1 99.2%, accuracy 99.9% on 455 replies; zh-TW: 99.7% / 99.9%;
 * ja: 99.4% / 99.8%), so a regression shows up here.
 */
const FLOORS: Record<Lang, { macroF1: number; accuracy: number }> = {
  en: { macroF1: 0.95, accuracy: 0.98 },
  'zh-TW': { macroF1: 0.92, accuracy: 0.97 },
  ja: { macroF1: 0.92, accuracy: 0.97 },
};

describe('dev corpora', () => {
  for (const lang of LANGS) {
    const file = `tests/lib/scoring/corpus/${lang}.dev.jsonl`;
    it.runIf(existsSync(file))(`${lang}: well-formed and above the floor`, () => {
      const { items, errors } = parseCorpus(readFileSync(file, 'utf8'));
      expect(errors).toEqual([]);
      expect(items.length).toBeGreaterThanOrEqual(100);
      const m = evaluateCorpus(items, scoreReply);
      expect(m.macroF1).toBeGreaterThanOrEqual(FLOORS[lang].macroF1);
      expect(m.accuracy).toBeGreaterThanOrEqual(FLOORS[lang].accuracy);
    });
  }

  it('the English dev corpus covers every persona, both channels and every rule with fails', () => {
    const { items } = parseCorpus(readFileSync('tests/lib/scoring/corpus/en.dev.jsonl', 'utf8'));
    expect(new Set(items.map((i) => i.context.persona)).size).toBe(5);
    expect(new Set(items.map((i) => i.context.channel)).size).toBe(2);
    for (const id of RULE_IDS) {
      expect(items.some((i) => i.gold[id] === 'fail'), id).toBe(true);
      expect(items.some((i) => i.gold[id] === 'pass'), id).toBe(true);
    }
  });
});

/**
 * Every part of every language: well-formed, ids unique, and a verdict of `n/a`
 * exactly where the playbook says a rule does not apply. The development parts
 * (everything but `heldout*`) must also stay above a floor a few points under
 * what the scorer reached when it was set; held-out and validation parts get no
 * floor, since a floor would make them something to tune on (and parts not yet
 * tuned on, such as `dev-j` and `dev-k`, none until they are).
 */
const PART_FLOORS: Record<string, Record<Lang, number>> = {
  'dev-b': { en: 0.95, 'zh-TW': 0.95, ja: 0.94 },
  'dev-c': { en: 0.94, 'zh-TW': 0.94, ja: 0.9 },
  'dev-d': { en: 0.95, 'zh-TW': 0.87, ja: 0.9 },
  'dev-e': { en: 0.87, 'zh-TW': 0.88, ja: 0.89 },
  'dev-f': { en: 0.93, 'zh-TW': 0.96, ja: 0.96 },
  'dev-g': { en: 0.95, 'zh-TW': 0.96, ja: 0.96 },
  'dev-h': { en: 0.89, 'zh-TW': 0.94, ja: 0.91 },
  'dev-i': { en: 0.95, 'zh-TW': 0.96, ja: 0.96 },
  probe: { en: 0.95, 'zh-TW': 0.95, ja: 0.93 },
  'probe-2': { en: 0.94, 'zh-TW': 0.93, ja: 0.87 },
  'probe-3': { en: 0.97, 'zh-TW': 0.97, ja: 0.97 },
};

describe('every corpus part', () => {
  const parts = corpusFiles();

  it('has every part in every language, and no file the evaluation would pass over', () => {
    const names = parts.map((f) => basename(f.file));
    for (const lang of LANGS) for (const part of ['dev', 'dev-b', 'dev-c', 'dev-d', 'dev-e', 'dev-f', 'dev-g', 'dev-h', 'dev-i', 'dev-j', 'dev-k', 'dev-l', 'dev-m', 'dev-n', 'dev-o', 'dev-p', 'dev-q', 'dev-r', 'dev-s', 'dev-t', 'val-1', 'val-2', 'val-3', 'val-4', 'val-5', 'val-6', 'val-7', 'val-8', 'val-9', 'val-10', 'val-11', 'probe', 'probe-2', 'probe-3', 'heldout', 'heldout-2', 'heldout-3', 'heldout-4']) expect(names, `${lang}.${part}`).toContain(`${lang}.${part}.jsonl`);
    expect(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl')).sort()).toEqual([...names].sort());
  });

  for (const f of parts) {
    const { lang, part } = f;
    it(`${basename(f.file)}: well-formed, n/a exactly where a rule does not apply${PART_FLOORS[part] ? ', above its floor' : ''}`, () => {
      const { items, errors } = readCorpusFile(f);
      expect(errors).toEqual([]);
      const ids = items.map((i) => i.context.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of items) {
        expect(item.context.lang).toBe(lang);
        const c = resolveContext(item.context);
        for (const rule of RULES) {
          const gold = item.gold[rule.id];
          if (gold === undefined) continue;
          expect(gold === 'n/a', `line ${item.line} ${rule.id}`).toBe(!ruleApplies(rule, c));
        }
      }
      const floor = PART_FLOORS[part]?.[lang];
      if (floor !== undefined) expect(evaluateCorpus(items, scoreReply).macroF1).toBeGreaterThanOrEqual(floor);
    });
  }
});

describe('settled replies', () => {
  it('hold only files the training reads, each well-formed, and the scorer gives every settled verdict', () => {
    expect(readdirSync(SETTLED_DIR).sort()).toEqual(LANGS.filter((l) => existsSync(`${SETTLED_DIR}/${l}.jsonl`)).map((l) => `${l}.jsonl`).sort());
    let rows = 0;
    for (const lang of LANGS) {
      const { items, errors } = readSettled(lang);
      expect(errors, lang).toEqual([]);
      for (const item of items) {
        expect(item.context.lang).toBe(lang);
        const rules = scoreReply(item.context).rules;
        for (const [rule, verdict] of Object.entries(item.gold)) {
          expect(rules[rule as RuleId], `${lang} line ${item.line} ${rule}: ${item.context.text}`).toBe(verdict);
          rows++;
        }
      }
    }
    expect(rows).toBeGreaterThan(0);
  });
});

describe('asserted verdicts', () => {
  it("are one file per unit-test file that exists, each line one rule's verdict, read by training in every language", () => {
    const names = readdirSync(ASSERTED_DIR).sort();
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      expect(name).toMatch(/\.test\.jsonl$/);
      expect(existsSync(`tests/lib/scoring/${name.replace(/\.jsonl$/, '.ts')}`), name).toBe(true);
      const { items, errors } = parseCorpus(readFileSync(`${ASSERTED_DIR}/${name}`, 'utf8'), { partial: true });
      expect(errors, name).toEqual([]);
      for (const item of items) expect(Object.keys(item.gold), `${name} line ${item.line}`).toHaveLength(1);
    }
    for (const lang of LANGS) {
      const { items, errors } = readAsserted(lang);
      expect(errors).toEqual([]);
      expect(items.length, lang).toBeGreaterThan(500);
      expect(items.every((i) => i.context.lang === lang)).toBe(true);
    }
  });

  it('reports a line that cannot be read with its file and number', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asserted-'));
    try {
      writeFileSync(join(dir, 'x.test.jsonl'), '{"lang":"en","persona":"angry","channel":"public","text":"Hi","gold":{"calm-tone":"pass"}}\n{"lang":"en","text":1}\n');
      const read = readAsserted('en', dir);
      expect(read.items).toHaveLength(1);
      expect(read.errors).toEqual([expect.objectContaining({ file: join(dir, 'x.test.jsonl'), line: 2 })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bootstrapMacroF1', () => {
  const items = (texts: Array<[string, Verdict]>) =>
    parseCorpus(texts.map(([text, calm]) => line({ text, gold: { 'calm-tone': calm } })).join('\n'), { partial: true }).items;

  it('is a single point when the scorer agrees everywhere, and the same interval on every run', () => {
    const all = gradeCorpus(items([['You are an idiot.', 'fail'], ['Sorry, Sam.', 'pass'], ['WHAT A JOKE!!!', 'fail']]), scoreReply);
    expect(bootstrapMacroF1(all)).toEqual({ low: 1, high: 1 });
    const mixed = gradeCorpus(items([['You are an idiot.', 'fail'], ['Sorry, Sam.', 'fail'], ['WHAT A JOKE!!!', 'fail'], ['Thanks, Sam.', 'pass']]), scoreReply);
    const a = bootstrapMacroF1(mixed, { rounds: 300 });
    expect(a).toEqual(bootstrapMacroF1(mixed, { rounds: 300 }));
    expect(a.low).toBeLessThan(0.8); // the point estimate is 0.8 (P 1, R 2/3)
    expect(a.high).toBe(1);
    expect(a.low).toBeLessThanOrEqual(a.high);
  });
});
