import type { Finding, Lang, ReplyContext, ReplyScore, RuleId, Verdict } from './contract.ts';
import { Analysis, type Span } from './analyse.ts';
import { packsFor } from './detectors/index.ts';
import { RULES, THREE_C_PARTS, resolveContext, type ResolvedContext } from './playbook.ts';
import { JUDGES, tablesSilentOn, type Judgement } from './rules.ts';
import { mightOverrule, readReply, reconsider } from './model/opinion.ts';
import type { Reading, Where } from './model/reading.ts';
import { contextGrams, verdictGrams } from './model/grams.ts';

/** Options of `scoreReply`. */
export interface ScoreOptions {
  /** Language of the finding messages; defaults to the reply's language. */
  uiLang?: Lang;
  /**
   * Let the learned reading of the reply's language overrule the cue tables where it is
   * confident (see `model/reading.ts`); default true. False grades by the cue tables alone.
   */
  secondOpinion?: boolean;
}

/** Fills `{name}` placeholders of a message. */
function fill(message: string, vars: Record<string, string | number> | undefined, uiLang: Lang): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const v = vars[key];
    if (v === undefined) return whole;
    if (key === 'missing') {
      const parts = THREE_C_PARTS[uiLang];
      return String(v)
        .split(',')
        .map((p) => (p === 'concern' ? parts.concern : p === 'clarify' ? parts.clarify : parts.course))
        .join(parts.sep);
    }
    return String(v);
  });
}

/**
 * Does a rule apply to a reply? The playbook's "applies when", narrowed where
 * the scorer knows more: a reply to a `vague-rude` post is not needed (silence
 * is a fine answer), so how fast it came is not graded, whatever it says.
 */
export function ruleApplies(rule: (typeof RULES)[number], c: ResolvedContext): boolean {
  if (!rule.applies(c)) return false;
  if (rule.id === 'respond-fast') return c.persona !== 'vague-rude';
  return true;
}

/** One rule as the cue tables judged it: `judgement` is undefined where the rule does not apply. */
interface TablesJudgement {
  rule: (typeof RULES)[number];
  order: number;
  judgement: Judgement | undefined;
  /**
   * The tables fail the rule on words another rule's fault also stands on (a vague insult answered
   * with "to be fair though, …" fails both `engage-wisely` and `no-arguing` on that phrase): a
   * reading may not clear it, or the coaching would show the same words as a fault and as none.
   */
  sharedFault: boolean;
}

/**
 * The cue tables' judgement of every rule, in the playbook's order: the one walk `scoreReply` and
 * `tablesView` share.
 */
function judgeByTables(c: ResolvedContext, analysis: Analysis): TablesJudgement[] {
  const judged = RULES.map((rule, order) => ({ rule, order, judgement: ruleApplies(rule, c) ? JUDGES[rule.id](c, analysis) : undefined, sharedFault: false }));
  const faults = judged.filter((t) => t.judgement?.verdict === 'fail' && t.judgement.span);
  for (const t of faults) {
    const a = t.judgement!.span!;
    t.sharedFault = faults.some((o) => o !== t && o.judgement!.span!.start < a.end && a.start < o.judgement!.span!.end);
  }
  return judged;
}

/**
 * The cue tables' verdicts on a reply (those of `scoreReply` with `secondOpinion: false`), and
 * where a learned reading may judge each rule (`Where`): where the tables saw nothing of it,
 * where they reached their verdict on a cue, or nowhere; and where the reply is signed
 * (`Beside.signOffs`). One analysis of the reply serves all three, for training.
 */
export function tablesView(context: ReplyContext): {
  rules: Record<RuleId, Verdict>;
  where: Record<RuleId, Where>;
  signOffs: Span[];
} {
  const c = resolveContext(context);
  const analysis = new Analysis(c.text, packsFor(c.lang, c.text), { joking: c.persona === 'joking' });
  const rules = {} as Record<RuleId, Verdict>;
  const where = {} as Record<RuleId, Where>;
  for (const t of judgeByTables(c, analysis)) {
    rules[t.rule.id] = t.judgement ? t.judgement.verdict : 'n/a';
    where[t.rule.id] = t.judgement ? whereRead(t, c, analysis) : 'closed';
  }
  return { rules, where, signOffs: signOffs(analysis) };
}

/** Where the reply is signed, as the tables' `signature` cue finds it, in source offsets (`Beside.signOffs`). */
const signOffs = (analysis: Analysis): Span[] => analysis.live('signature').map((h) => analysis.toSource(h));

/**
 * Contexts in which a reading must not judge a rule, whatever it reads: the playbook's fine print
 * settles them, and a bag of n-grams learnt from other replies cannot see it. Guarantee words in
 * a joke promise nothing, so `under-promise` is never read on a joking post; and any reply to a
 * customer who is not `vague-rude` engages wisely, so `engage-wisely` is read only on replies to one.
 */
const NEVER_READ: Partial<Readonly<Record<RuleId, (c: ResolvedContext) => boolean>>> = {
  'under-promise': (c) => c.persona === 'joking',
  'engage-wisely': (c) => c.persona !== 'vague-rude',
};

/** May a reading judge this rule of the reply at all? Not of a silence, nor where `NEVER_READ` says so. */
const open = (rule: RuleId, c: ResolvedContext): boolean => !c.silent && !NEVER_READ[rule]?.(c);

/**
 * Where a reading may judge a rule of the reply (see `Where`): `silent` where the tables' verdict
 * came without evidence and none of the rule's cues matched (`tablesSilentOn`), `cue` where it may
 * otherwise be read, `closed` where it may not (`open`, or a fault shared with another rule:
 * `TablesJudgement.sharedFault`).
 */
function whereRead(t: TablesJudgement, c: ResolvedContext, analysis: Analysis): Where {
  const rule = t.rule.id;
  if (!open(rule, c) || t.sharedFault) return 'closed';
  return t.judgement!.evidence === 'missing' && tablesSilentOn(rule, analysis) ? 'silent' : 'cue';
}

/**
 * The tables' verdicts on every rule of the reply as a reading weighs them (`verdictGrams`): the
 * same the trainer gives it from `tablesView`. Each rule's reading was trained without its own.
 */
function tablesVerdictGrams(tables: readonly TablesJudgement[]): string[] {
  const verdicts: Partial<Record<RuleId, Verdict>> = {};
  for (const t of tables) if (t.judgement) verdicts[t.rule.id] = t.judgement.verdict;
  return verdictGrams(verdicts);
}

/** White space and the end of the sentence before it, which a pattern may take in ("。— 小美", " — Mei"). */
const LEADING = /[\s。．.!?！？]/u;

/** A span without the white space and sentence-ending punctuation it starts with, where words follow. */
function trimStart(text: string, span: { start: number; end: number }): { start: number; end: number } {
  let start = span.start;
  while (start < span.end && LEADING.test(text[start]!)) start++;
  return start === span.start || start === span.end ? span : { start, end: span.end };
}

/**
 * Grades one reply against every rule of the playbook. A rule that does not
 * apply is `n/a`; every pass and fail comes with a finding. The score is the
 * weighted share of applicable rules passed, 0–100 (100 when none applies).
 * This is a pure function: the same context always gets the same score.
 */
export function scoreReply(context: ReplyContext, options?: ScoreOptions): ReplyScore {
  const c = resolveContext(context);
  const uiLang = options?.uiLang ?? c.lang;
  const packs = packsFor(c.lang, c.text);
  const analysis = new Analysis(c.text, packs, { joking: c.persona === 'joking' });
  const shipped = options?.secondOpinion === false ? undefined : packs[0]!.reading;
  const model = shipped && Object.keys(shipped.rules).length ? shipped : undefined;
  let reading: Reading | undefined;
  const rules = {} as Record<RuleId, Verdict>;
  const findings: Array<Finding & { order: number }> = [];
  let total = 0;
  let earned = 0;
  const tables = judgeByTables(c, analysis);
  for (const t of tables) {
    const { rule, order, judgement } = t;
    if (!judgement) {
      rules[rule.id] = 'n/a';
      continue;
    }
    let j: Judgement = judgement;
    let span = j.span ? trimStart(c.text, analysis.toSource(j.span)) : undefined;
    // The reading fills in where the tables have nothing to say (see `RULE_CUES`), and overrules
    // a cue only when sure of the other verdict (`Settings.overCue`). Whether the tables are silent is asked
    // last, since it may match cues nothing else needs: only where the reading could overrule.
    if (model?.rules[rule.id] && open(rule.id, c) && !t.sharedFault) {
      reading ??= readReply(model, c.text, { verdicts: tablesVerdictGrams(tables), context: contextGrams(c), signOffs: signOffs(analysis) });
      const maySilent = j.evidence === 'missing' && mightOverrule(reading, rule.id, j.verdict, 'silent');
      const mayCue = mightOverrule(reading, rule.id, j.verdict, 'cue');
      if (maySilent || mayCue) {
        const where = whereRead(t, c, analysis);
        const o = (where === 'silent' ? maySilent : mayCue) ? reconsider(reading, rule.id, j.verdict, c.lang, where) : undefined;
        if (o) {
          j = { verdict: o.verdict, reason: o.reason, evidence: o.evidence };
          span = o.span;
        }
      }
    }
    rules[rule.id] = j.verdict;
    total += rule.weight;
    if (j.verdict === 'pass') earned += rule.weight;
    const texts = rule.text[uiLang].messages;
    const message = texts[j.reason] ?? texts[j.verdict] ?? j.reason;
    findings.push({
      rule: rule.id,
      verdict: j.verdict,
      start: span ? span.start : null,
      end: span ? span.end : null,
      evidence: j.evidence,
      message: fill(message, j.vars, uiLang),
      order,
    });
  }
  findings.sort((x, y) => {
    if (x.start === null || y.start === null) return x.start === y.start ? x.order - y.order : x.start === null ? 1 : -1;
    return x.start - y.start || x.order - y.order;
  });
  return {
    score: total === 0 ? 100 : Math.round((earned / total) * 100),
    rules,
    findings: findings.map(({ order: _order, ...f }) => f),
  };
}
