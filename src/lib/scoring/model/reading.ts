import type { Lang, RuleId } from '../contract.ts';
import type { Span } from '../analyse.ts';
import * as grams from './grams.ts';

// Local copies of what the gram loop reads for every code unit (an imported binding may be a
// getter once transpiled for Node).
const { FNV_OFFSET, FNV_PRIME, MAX_GRAM, MIN_GRAM, PAIR_MARK, WORD_MARK, foldCode, gramHash, showGram, wordCode, wordSpans } = grams;

/**
 * The scorer's learned second opinion: for a few rules, a logistic regression over the
 * character n-grams of the reply, or its words (`Features` in grams.ts), trained on the labelled corpora by
 * `npm run train:scorer`, reads the reply as a whole where the cue tables look for phrases.
 * The cue tables still judge first. The reading speaks on rules none of whose cues matched the
 * reply, and over a cue that did only where it is sure of the other verdict and was chosen to (`Settings.overCue`);
 * only on replies long enough for it (`Thresholds.minClauses`), and only past thresholds chosen
 * on replies that neither it nor the tables were fitted on (`Settings`).
 *
 * A model is plain data, one file per language (`models/<lang>.ts`), with its n-grams spelt out
 * so anyone can see what moves it. Pure: no DOM, no I/O.
 */

/** When the reading may overrule the tables' verdict on a rule: `null` never. */
export interface Thresholds {
  /** A reply fails the rule when the reading's probability of a fault is at least this. */
  failAbove: number | null;
  /** A reply passes the rule when the probability is below this. */
  passBelow: number | null;
  /**
   * The reading judges only replies of at least this many clauses (`clauseCount`). A bag of
   * n-grams reads a whole reply; a line or two is read phrase by phrase by the cue tables, whose
   * near misses it may not see. How short a reply a rule's reading may judge is chosen with its
   * thresholds (`CLAUSE_GATES` in train.ts): a plain retort is short, a rebuttal's near miss is
   * often short too.
   */
  minClauses: number;
}

/**
 * How the reading may overrule the cue tables for one rule: where the tables are silent on it
 * (`RULE_CUES` in rules.ts), by its own thresholds; and, only when `overCue` is given, where
 * they reached their verdict on a cue they saw, by thresholds of their own, chosen to be right
 * more often (see `Where`).
 */
export interface Settings extends Thresholds {
  /**
   * Thresholds for a verdict the tables reached on a cue of the rule ("actually", 「保證」): the
   * reading overrules it only when it is sure of the other verdict and chosen to be right four
   * times in five there (`CUE_FAIL_ABOVE`, `CUE_PASS_BELOW` in train.ts), as where "Thanks for flagging this, actually you're right"
   * reads as a whole as the opposite of the rebuttal its cue suggests. Absent: never.
   */
  overCue?: Thresholds;
}

/**
 * Where a reading may judge one rule of a reply: where the tables saw nothing of the rule, no cue
 * matched and their verdict came without evidence (`silent`); where they reached it on a cue they
 * saw (`cue`); or nowhere, the playbook's fine print settling it or the reply being silence
 * (`closed`).
 */
export type Where = 'silent' | 'cue' | 'closed';

/** What the reading of one rule knows: its weights and when it may overrule the tables. */
export interface RuleModel extends Settings {
  /** The intercept, in hundredths. */
  bias: number;
  /** Weight of each folded n-gram towards a fault (positive) or a pass (negative), in hundredths. */
  grams: Readonly<Record<string, number>>;
}

/**
 * How sure a reading is, each way, in the terms `Settings` compare with: `fail`, the probability
 * of a fault that both the whole reply and its most faulty clause on its own reach (the lower of
 * the two; 0 when no clause leans that way); `pass`, the probability of a fault that both the
 * whole reply and its soundest clause on its own stay under (the higher; 1 when no clause leans
 * that way). So a reading overrules only where the clause it shows as evidence is enough by
 * itself, not on a drift of faint n-grams across the reply.
 */
export interface Sureness {
  fail: number;
  pass: number;
}

/**
 * The verdict "fail?" the scorer gives with these settings, from the tables' verdict and the
 * reading's sureness, by the thresholds for `where` the reading judges (see `Where`): where the
 * tables saw nothing of the rule, the reading fills in by `settings` themselves; where they
 * reached their verdict on a cue, it stands unless `settings.overCue` lets a sure reading
 * overrule it; where the reading is `closed`, it always stands.
 */
export function combined(tablesFail: boolean, sure: Sureness, s: Settings, where: Where = 'silent', clauses = Infinity): boolean {
  const t = thresholdsFor(s, where);
  if (!t || clauses < t.minClauses) return tablesFail;
  if (t.failAbove !== null && sure.fail >= t.failAbove) return true;
  if (t.passBelow !== null && sure.pass < t.passBelow) return false;
  return tablesFail;
}

/** The thresholds a rule's reading uses `where` it judges, or undefined where it never overrules. */
export const thresholdsFor = (s: Settings, where: Where): Thresholds | undefined => (where === 'silent' ? s : where === 'cue' ? s.overCue : undefined);

/** A language's learned reading: the rules it reads, each with its own weights. */
export interface ReadingModel {
  lang: Lang;
  /** What it reads: character n-grams (the default) or words (`Features` in grams.ts). */
  features?: grams.Features;
  rules: Partial<Readonly<Record<RuleId, RuleModel>>>;
}

/** Where a reading found its evidence: a span of the reply and the n-gram that weighed most in it. */
export interface ReadingEvidence {
  start: number;
  end: number;
  gram: string;
}

/** A compiled model: the n-grams of every rule in one open-addressed table of their hashes. */
export interface CompiledModel {
  lang: Lang;
  features: grams.Features;
  rules: readonly RuleId[];
  settings: readonly RuleModel[];
  /** The table's mask (its size less one). */
  mask: number;
  /** The hash at each table place. */
  keys: Uint32Array;
  /**
   * One bit for each value of a hash's top 16 bits, set where a gram of the model has it: most
   * n-grams of a reply are in no model, and this small bitset (8 KB) says so before the table is
   * probed.
   */
  filter: Uint32Array;
  /** 1 + the gram's row at each table place; 0 where the place is empty. */
  rows: Int32Array;
  /** The weights, one row of `rules.length` per gram, in logit units. */
  weights: Float32Array;
  /** The gram of each row, for evidence. */
  grams: readonly string[];
  /** Scratch space of the readings (the last reading's number, and the number that last counted each row). */
  stamp: { last: number; rows: Uint32Array };
}

/** Builds the lookup table of a model (once per language). */
export function compileModel(model: ReadingModel): CompiledModel {
  const rules = Object.keys(model.rules) as RuleId[];
  const settings = rules.map((r) => model.rules[r]!);
  const rowOf = new Map<string, number>();
  for (const s of settings) for (const g of Object.keys(s.grams)) if (!rowOf.has(g)) rowOf.set(g, rowOf.size);
  const grams = [...rowOf.keys()];
  const weights = new Float32Array(grams.length * rules.length);
  settings.forEach((s, r) => {
    for (const [g, w] of Object.entries(s.grams)) weights[rowOf.get(g)! * rules.length + r] = w / 100;
  });
  let size = 16;
  while (size < grams.length * 2) size *= 2;
  const keys = new Uint32Array(size);
  const rows = new Int32Array(size);
  const filter = new Uint32Array(1 << 11);
  grams.forEach((g, row) => {
    const h = gramHash(g);
    filter[h >>> 21] = filter[h >>> 21]! | (1 << ((h >>> 16) & 31));
    let at = h & (size - 1);
    while (rows[at] !== 0) at = (at + 1) & (size - 1);
    keys[at] = h;
    rows[at] = row + 1;
  });
  return { lang: model.lang, features: model.features ?? 'chars', rules, settings, mask: size - 1, keys, filter, rows, weights, grams, stamp: { last: 0, rows: new Uint32Array(grams.length) } };
}

/** A number no row of the model's scratch space holds yet (see `CompiledModel.stamp`). */
function nextStamp(model: CompiledModel): number {
  const s = model.stamp;
  if (s.last === 0xffffffff) {
    s.rows.fill(0);
    s.last = 0;
  }
  return ++s.last;
}

/** FNV-1a over a word of `text` as `wordsOf` spells it (`wordCode`), from the hash `h`. */
function hashWord(text: string, h: number, span: { start: number; end: number }): number {
  for (let i = span.start; i < span.end; i++) h = Math.imul(h ^ wordCode(text.charCodeAt(i)), FNV_PRIME);
  return h;
}

/** The folded reply of the reading under way (`Reading.scan`), grown as longer replies come. */
let scratch = new Uint16Array(512);

/** One gram of the reply that the model knows. */
interface Match {
  row: number;
  start: number;
  end: number;
}

/** What the cue tables found in a reply that its reading is given beside the reply itself. */
export interface Beside {
  /**
   * Grams read beside the reply's own: the tables' verdicts on its rules (`verdictGrams` in
   * grams.ts). They move the whole reply's probability, never a clause's, so the clause shown as
   * evidence must still lean that way by its own words (see `Sureness`).
   */
  verdicts?: readonly string[];
  /**
   * Grams of the reply's context read beside its own, weighed like `verdicts`: the persona it
   * answers and its channel (`contextGrams` in grams.ts).
   */
  context?: readonly string[];
  /**
   * Where the reply is signed ("— Mei", 「フロント　田村」): a clause that is all sign-off is never
   * the one a reading judges and shows, since a name is not why a reply breaks or keeps a rule.
   */
  signOffs?: readonly Span[];
}

/** The model's reading of one reply: a probability of a fault per rule it reads, and its evidence. */
export class Reading {
  private matchList: Match[] | undefined;
  private clauseList: Array<{ start: number; end: number }> | undefined;
  private clauseTotal: number | undefined;
  private readonly logits: Float64Array;
  private readonly leans = new Map<string, { p: number; clause: { start: number; end: number } } | undefined>();
  private readonly signOffs: readonly Span[];

  constructor(
    readonly model: CompiledModel,
    readonly text: string,
    beside: Beside = {},
  ) {
    this.signOffs = beside.signOffs ?? [];
    const { weights } = model;
    const width = model.rules.length;
    const logits = new Float64Array(width);
    model.settings.forEach((s, r) => (logits[r] = s.bias / 100));
    // Each gram counts once, as in training, however often the reply repeats it: a row is
    // counted when its stamp is not this reading's.
    const stamp = nextStamp(model);
    const stamps = model.stamp.rows;
    this.scan((row) => {
      if (stamps[row] === stamp) return;
      stamps[row] = stamp;
      for (let r = 0; r < width; r++) logits[r] = logits[r]! + weights[row * width + r]!;
    });
    for (const extras of [beside.verdicts, beside.context]) {
      for (const extra of extras ?? []) {
        const row = this.row(gramHash(extra));
        if (row < 0 || stamps[row] === stamp) continue;
        stamps[row] = stamp;
        for (let r = 0; r < width; r++) logits[r] = logits[r]! + weights[row * width + r]!;
      }
    }
    this.logits = logits;
  }

  /** Calls `visit` with the row of every gram of the reply the model knows, where it sits, in order of where it starts. */
  private scan(visit: (row: number, start: number, end: number) => void): void {
    if (this.model.features === 'words') {
      this.scanWords(visit);
      return;
    }
    const { keys, rows, mask, filter } = this.model;
    const text = this.text;
    const n = text.length;
    // The folded reply with a space on either side, folded once (into a buffer kept between readings).
    if (scratch.length < n + 2) scratch = new Uint16Array(Math.max(n + 2, scratch.length * 2));
    const codes = scratch;
    codes[0] = codes[n + 1] = 0x20;
    for (let i = 0; i < n; i++) codes[i + 1] = foldCode(text.charCodeAt(i));
    for (let start = -1; start + MIN_GRAM <= n + 1; start++) {
      let h = FNV_OFFSET;
      for (let k = 0; k < MAX_GRAM && start + k <= n; k++) {
        h = Math.imul(h ^ codes[start + k + 1]!, FNV_PRIME);
        if (k + 1 < MIN_GRAM) continue;
        const hash = h >>> 0;
        if ((filter[hash >>> 21]! & (1 << ((hash >>> 16) & 31))) === 0) continue;
        let at = hash & mask;
        for (let row = rows[at]!; row !== 0; row = rows[(at = (at + 1) & mask)]!) {
          if (keys[at] !== hash) continue;
          visit(row - 1, start, start + k + 1);
          break;
        }
      }
    }
  }

  /**
   * `scan` for a model of words: each pair of words where its first word starts, then the word,
   * hashed code unit by code unit as `wordsOf` spells them (no string is made).
   */
  private scanWords(visit: (row: number, start: number, end: number) => void): void {
    const text = this.text;
    let prev: { start: number; end: number } | undefined;
    for (const w of wordSpans(text)) {
      if (prev) {
        const pair = hashWord(text, Math.imul(hashWord(text, Math.imul(FNV_OFFSET ^ PAIR_MARK, FNV_PRIME), prev) ^ 0x20, FNV_PRIME), w) >>> 0;
        const row = this.row(pair);
        if (row >= 0) visit(row, prev.start, w.end);
      }
      const row = this.row(hashWord(text, Math.imul(FNV_OFFSET ^ WORD_MARK, FNV_PRIME), w) >>> 0);
      if (row >= 0) visit(row, w.start, w.end);
      prev = w;
    }
  }

  /** The row of the gram with this hash, or -1 when the model does not know it. */
  private row(hash: number): number {
    const { keys, rows, mask, filter } = this.model;
    if ((filter[hash >>> 21]! & (1 << ((hash >>> 16) & 31))) === 0) return -1;
    let at = hash & mask;
    for (let row = rows[at]!; row !== 0; row = rows[(at = (at + 1) & mask)]!) if (keys[at] === hash) return row - 1;
    return -1;
  }

  /** Every known gram of the reply where it sits (found again only when evidence is asked for). */
  private get matches(): Match[] {
    if (!this.matchList) {
      const list: Match[] = [];
      this.scan((row, start, end) => list.push({ row, start, end }));
      this.matchList = list;
    }
    return this.matchList;
  }

  /** The reply's clauses (`clauseCount`), counted up to the most any rule of the model asks for. */
  clauses(): number {
    return (this.clauseTotal ??= clauseCount(this.text, Math.max(...this.model.settings.flatMap((s) => [s.minClauses, s.overCue?.minClauses ?? 0]))));
  }

  /** The rule's settings, or undefined when this model does not read the rule. */
  settings(rule: RuleId): RuleModel | undefined {
    const r = this.model.rules.indexOf(rule);
    return r < 0 ? undefined : this.model.settings[r];
  }

  /** The probability that the reply breaks the rule, or undefined when this model does not read it. */
  probability(rule: RuleId): number | undefined {
    const r = this.model.rules.indexOf(rule);
    return r < 0 ? undefined : 1 / (1 + Math.exp(-this.logits[r]!));
  }

  /**
   * How sure the reading is each way (see `Sureness`), or undefined when this model does not read
   * the rule. A way not `asked` for is not read: it comes back as sure of nothing (fail 0, pass 1).
   */
  sureness(rule: RuleId, asked: { fail: boolean; pass: boolean } = { fail: true, pass: true }): Sureness | undefined {
    const whole = this.probability(rule);
    if (whole === undefined) return undefined;
    const fail = asked.fail ? this.lean(rule, 'fail') : undefined;
    const pass = asked.pass ? this.lean(rule, 'pass') : undefined;
    return { fail: fail ? Math.min(whole, fail.p) : 0, pass: pass ? Math.max(whole, pass.p) : 1 };
  }

  /**
   * Where the reply leans most towards a fault (`towards` 'fail') or a pass of the rule: the
   * clause whose grams weigh most that way. Undefined when nothing leans that way.
   */
  evidence(rule: RuleId, towards: 'fail' | 'pass'): ReadingEvidence | undefined {
    const lean = this.lean(rule, towards);
    return lean && this.span(lean.clause, this.weigher(rule, towards));
  }

  /** The weight of a gram of the reply towards a fault of the rule (`towards` 'fail') or a pass. */
  private weigher(rule: RuleId, towards: 'fail' | 'pass'): (m: Match) => number {
    const r = this.model.rules.indexOf(rule);
    const width = this.model.rules.length;
    const sign = towards === 'fail' ? 1 : -1;
    return (m) => sign * this.model.weights[m.row * width + r]!;
  }

  /** The clause that leans most one way, and its probability of a fault read alone. */
  private lean(rule: RuleId, towards: 'fail' | 'pass'): { p: number; clause: { start: number; end: number } } | undefined {
    const r = this.model.rules.indexOf(rule);
    if (r < 0) return undefined;
    const key = `${r}${towards}`;
    if (this.leans.has(key)) return this.leans.get(key);
    const weigh = this.weigher(rule, towards);
    const clauses = (this.clauseList ??= clauseSpans(this.text));
    const matches = this.matches;
    const stamps = this.model.stamp.rows;
    let best: { sum: number; clause: number } | undefined;
    // The matches come in order of where they start, and the clauses too: one sweep finds the
    // grams inside each clause (its punctuation on either side allowed), each row counted once.
    let from = 0;
    clauses.forEach((c, i) => {
      while (from < matches.length && matches[from]!.start < c.start - 1) from++;
      if (this.isSignOff(c)) return;
      const stamp = nextStamp(this.model);
      let sum = 0;
      for (let k = from; k < matches.length; k++) {
        const m = matches[k]!;
        if (m.start > c.end) break;
        if (m.end > c.end + 1 || stamps[m.row] === stamp) continue;
        stamps[m.row] = stamp;
        sum += weigh(m);
      }
      if (sum > 0 && (!best || sum > best.sum)) best = { sum, clause: i };
    });
    let out: { p: number; clause: { start: number; end: number } } | undefined;
    if (best) {
      const z = this.model.settings[r]!.bias / 100 + (towards === 'fail' ? best.sum : -best.sum);
      out = { p: 1 / (1 + Math.exp(-z)), clause: clauses[best.clause]! };
    }
    this.leans.set(key, out);
    return out;
  }

  /** Is the clause, without the white space around it, all inside a sign-off (`Beside.signOffs`)? */
  private isSignOff(c: Span): boolean {
    if (!this.signOffs.length) return false;
    let { start, end } = c;
    while (start < end && isSpace(this.text.charCodeAt(start))) start++;
    while (end > start && isSpace(this.text.charCodeAt(end - 1))) end--;
    return this.signOffs.some((s) => s.start <= start && end <= s.end);
  }

  /**
   * The evidence of a clause: the clause itself, which the reading judged read alone (see
   * `Sureness`), so the highlight shows all it weighed ("The curry was cooked by an outside
   * kitchen", not the grams up to "outside"), and the id of the gram that weighed most in it.
   */
  private span(c: { start: number; end: number }, weigh: (m: Match) => number): ReadingEvidence | undefined {
    const inClause = this.matches.filter((m) => m.start >= c.start - 1 && m.end <= c.end + 1 && weigh(m) > 0);
    if (!inClause.length) return undefined;
    const top = inClause.reduce((x, y) => (weigh(y) > weigh(x) ? y : x));
    let { start, end } = c;
    while (start < end && isSpace(this.text.charCodeAt(start))) start++;
    while (end > start && isSpace(this.text.charCodeAt(end - 1))) end--;
    if (end <= start) return undefined;
    return { start, end, gram: showGram(this.model.grams[top.row]!).trim() };
  }
}

/**
 * How many clauses with words in them the reply has (as `clauseSpans` cuts them), counted up to
 * `upTo` at most: what `Settings.minClauses` is compared with.
 */
export function clauseCount(text: string, upTo = Infinity): number {
  let n = 0;
  let words = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (CLAUSE_END_CODES.has(code)) {
      if (words && ++n >= upTo) return n;
      words = false;
    } else if (!words && !isSpace(code)) words = true;
  }
  return words ? n + 1 : n;
}

/** The characters that end a clause (none of them special inside a regular expression's brackets). */
const CLAUSE_END_CHARS = '.!?;:,\n。！？；：，、…';
const CLAUSE_END_CODES = new Set([...CLAUSE_END_CHARS].map((c) => c.charCodeAt(0)));

/** White space as `String.prototype.trim` removes it. */
const isSpace = (code: number): boolean => (code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : String.fromCharCode(code).trim() === '');

/** Punctuation that ends a clause, in any of the three languages (a run of it ends one clause). */
const CLAUSE_END = new RegExp(`[${CLAUSE_END_CHARS}]+`, 'g');

/** The clauses of a reply, as spans between clause-ending punctuation (the punctuation left out). */
export function clauseSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    if (m.index > from) out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out;
}
