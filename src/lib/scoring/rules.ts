import type { RuleId } from './contract.ts';
import type { Analysis, Hit, Span } from './analyse.ts';
import type { ResolvedContext } from './playbook.ts';
import type { Cue } from './detectors/types.ts';
import { CUSTOMERS_OWN_CONTACT, DISJUNCTION, findShouting, RAW_PERSONAL_DATA } from './universal.ts';
import { matchAll } from './analyse.ts';

/**
 * The generic rule logic: each judge combines cues into a verdict with
 * evidence. Judges run only when the playbook says the rule applies, and they
 * know nothing about any one language: the packs supply the cues.
 *
 * Helpers that judges call on every reply are functions of this module, taking what they need,
 * rather than arrow functions named inside the judge (`const rebuts = (h) => …`): tsx, which runs
 * the CLIs and the benchmarks, names every such function as it is made, and on the scorer's hot
 * path that cost about 7 % of its speed in Node. Unnamed callbacks (`.some((h) => …)`) are free.
 */

/** A verdict with its evidence, before it is worded for the trainee. */
export interface Judgement {
  verdict: 'pass' | 'fail';
  /** Message code in the rule's texts (`pass`, `fail`, `fail-conditional`, …). */
  reason: string;
  /** Where the evidence is, or undefined when something is missing. */
  span?: Span;
  /** Stable id of the detector entry that fired, or `missing`. */
  evidence: string;
  /** Values for the message template. */
  vars?: Record<string, string | number>;
}

export type Judge = (c: ResolvedContext, a: Analysis) => Judgement;

const pass = (reason: string, hit?: { start: number; end: number; id: string }): Judgement =>
  hit
    ? { verdict: 'pass', reason, span: { start: hit.start, end: hit.end }, evidence: hit.id }
    : { verdict: 'pass', reason, evidence: 'missing' };

const fail = (reason: string, hit?: { start: number; end: number; id: string }): Judgement =>
  hit
    ? { verdict: 'fail', reason, span: { start: hit.start, end: hit.end }, evidence: hit.id }
    : { verdict: 'fail', reason, evidence: 'missing' };

/** Cues that mean the reply picks a fight. */
const HOSTILE: readonly Cue[] = ['insult', 'sarcasm', 'mockery', 'threat', 'hostileRetort', 'contradiction', 'accusation', 'blameCustomer'];

/**
 * Stiff wording that defends the brand or its staff against the poster ("our
 * baristas work hard", "we only reply to real feedback", "we do not tolerate…")
 * rather than merely sounding formal: a `stiff` entry with the `defensive` role.
 */
const isDefensive = (h: Hit): boolean => h.role === 'defensive';

/** Empathy that counts: a live apology or acknowledgement. */
const empathyHit = (a: Analysis): Hit | undefined => a.first('apology', 'acknowledgement');

/**
 * A review-for-benefit trade. In one sentence: a benefit and a review change,
 * unless it is the polite after-resolution request; even then, a benefit that
 * comes after a conditional request ("now it's sorted, if you'd raise it to
 * five stars we'll add free data") is its reward, while a benefit already
 * given before it ("now that the refund's gone through, if you feel we put it
 * right, we'd be grateful if you updated your review") is not. Across
 * sentences: a benefit followed at once by a request to change the review,
 * or a request followed within two sentences by a benefit framed as its
 * reward ("would you update your review? We'll add a voucher as a thank-you"),
 * or by any benefit when the request itself was a bare condition ("If you
 * delete the post today… You'll get a voucher").
 */
function reviewTrade(a: Analysis): Hit | undefined {
  // Several rules ask for the trade and for what is offered outside it: each is worked out once per reply.
  return a.memo(findReviewTrade, () => findReviewTrade(a));
}

/** Does a hit start inside the span (a sentence or clause)? Never, for no span. */
function startsIn(s: Span | undefined): (h: Hit) => boolean {
  return (h) => s !== undefined && h.start >= s.start && h.start < s.end;
}

/** The index of the sentence a hit starts in, or -1. */
function sentenceIndex(sentences: readonly Span[], h: Hit): number {
  return sentences.findIndex((x) => h.start >= x.start && h.start < x.end);
}

/**
 * Does the sentence hold a link that states the deal outright ("in exchange for", "all we ask is
 * that you…")? It makes a trade even when the request waits for the fix: entries with the
 * `exchange` role.
 */
function boundIn(links: readonly Hit[], sentence: Span | undefined): boolean {
  return links.some((h) => h.role === 'exchange' && startsIn(sentence)(h));
}

function findReviewTrade(a: Analysis): Hit | undefined {
  const sentences = a.sentences();
  const links = a.live('conditionalLink');
  const polite = a.live('updateRequestAfterResolved');
  for (const [inc, rev] of a.sameSentence('incentive', 'reviewMention')) {
    const s = sentences[sentenceIndex(sentences, inc)];
    const linked = links.some(startsIn(s));
    const afterResolved = polite.some(startsIn(s));
    if (!afterResolved || boundIn(links, s) || (linked && inc.start > rev.start)) return inc.start < rev.start ? inc : rev;
  }
  // A remedy bound to the review by a condition in its sentence is the price of the review too:
  // "この投稿を削除していただけましたら、次回のお会計を20%お引きいたします", "if you update the review we'll
  // refund the delivery fee". Without the condition it is the fix, and a request beside it may be
  // the polite kind.
  for (const [remedy, rev] of a.sameSentence('remedy', 'reviewMention')) {
    const s = sentences[sentenceIndex(sentences, remedy)];
    if (links.some(startsIn(s)) && !polite.some(startsIn(s))) return remedy.start < rev.start ? remedy : rev;
  }
  // A benefit, then at once a request to change the review ("… a free cutlet next time. Could you
  // delete the one-star review?"): side by side they read as a trade, unless the request is the
  // polite after-resolution kind.
  for (const inc of a.live('incentive')) {
    const i = sentenceIndex(sentences, inc);
    if (i < 0 || i + 1 >= sentences.length) continue;
    const next = sentences[i + 1];
    const rev = a.live('reviewMention').find(startsIn(next));
    if (rev && (!polite.some(startsIn(next)) || boundIn(links, next))) return inc;
  }
  for (const rev of a.live('reviewMention')) {
    const i = sentenceIndex(sentences, rev);
    if (i < 0) continue;
    const bareCondition = links.some(startsIn(sentences[i])) && !polite.some(startsIn(sentences[i]));
    for (const j of [i + 1, i + 2]) {
      const inc = a.live('incentive').find(startsIn(sentences[j]));
      if (inc && (links.some(startsIn(sentences[j])) || bareCondition)) return rev;
    }
  }
  return undefined;
}

/**
 * Personal data the reply itself reveals or asks for. A request is excused
 * only when it is made through a private channel in the same sentence ("DM us
 * your order number", "send it by e-mail"); offering the private channel as an
 * alternative to posting it ("reply here with your order number or DM us")
 * still asks for it in public. A company contact next to an invitation is not a leak; the
 * customer's own is (`CUSTOMERS_OWN_CONTACT`: "I'll call you on 07700…").
 */
function privacyLeak(a: Analysis): { kind: 'ask' | 'reveal'; hit: Hit } | undefined {
  const invites = a.raw('privateInvite');
  const ask = a.live('privacyAsk').find((h) => !throughPrivateChannel(a, invites, h));
  if (ask) return { kind: 'ask', hit: ask };
  const reveal = a.live('privacyReveal')[0];
  if (reveal) return { kind: 'reveal', hit: reveal };
  // A match inside an earlier pattern's match is part of it: the last group of a phone number is
  // not an account number of its own, whether or not the phone number was excused.
  const read: Hit[] = [];
  for (const p of RAW_PERSONAL_DATA) {
    for (const h of matchAll(a.text, [p], 'privacyReveal', a.lang, a.hay)) {
      if (read.some((r) => r.start <= h.start && h.end <= r.end)) continue;
      read.push(h);
      const before = a.text.slice(Math.max(0, h.start - 40), h.start);
      if (p.unlessAfter?.some((r) => r.test(before))) continue;
      if (CUSTOMERS_OWN_CONTACT.test(before) || !inInviteSentence(a, invites, h)) return { kind: 'reveal', hit: h };
    }
  }
  return undefined;
}

/** Is a contact the reply gives part of an invitation to a private channel? */
function inInviteSentence(a: Analysis, invites: readonly Hit[], h: Hit): boolean {
  const s = a.sentenceOf(h.start);
  if (invites.some(startsIn(s))) return true;
  // A contact in brackets right after the invitation belongs to it, even where a sentence
  // break falls between them: "Could you e-mail us? (support@…)", 「メールで伺えますか?(support@…)」.
  if (s.start === 0 || !/[(（]\s*$/.test(a.text.slice(Math.max(0, h.start - 3), h.start))) return false;
  return invites.some(startsIn(a.sentenceOf(s.start - 1)));
}

/** Is the data asked for through a private channel (an invitation in its sentence, not offered as an alternative)? */
function throughPrivateChannel(a: Analysis, invites: readonly Hit[], h: Hit): boolean {
  const s = a.sentenceOf(h.start);
  return invites.some((i) => {
    if (i.start < s.start || i.start >= s.end) return false;
    // An invitation after the request carries the data only within its clause:
    // "send it to us by DM", not "post it below and we'll call you". A break inside
    // the request itself (a list of data: "your mobile number and order ID via DM") does not count.
    if (i.start >= h.end && a.clauseOf(i.start).start >= h.end) return false;
    const from = Math.min(i.end, h.end);
    const to = Math.max(i.start, h.start);
    const or = disjunctions(a);
    return !or.some((d) => d.start >= from && d.end <= to) && !(overlapsSpan(i, h) && or.some((d) => overlapsSpan(d, h)));
  });
}

/** Where the reply offers alternatives ("or", 「或」, 「または」), worked out once per reply. */
function disjunctions(a: Analysis): Span[] {
  return a.memo(disjunctions, () => [...a.raw('alternativeMarker'), ...matchAll(a.text, [DISJUNCTION], 'alternativeMarker', a.lang, a.hay)]);
}

const overlapsSpan = (x: Span, y: Span): boolean => x.start < y.end && y.start < x.end;

/**
 * A sign-off that names the customer rather than the writer ("Hi Jordan, … Thank
 * you, Jordan."): the signature's last Latin name also opens the reply, follows
 * a greeting earlier on, or is used earlier as a form of address ("Sorry about
 * that, Jordan.").
 */
function addressesCustomer(a: Analysis, h: Hit): boolean {
  const names = a.text.slice(h.start, h.end).match(/[A-Z][a-z]{1,20}/g);
  const name = names?.[names.length - 1];
  if (!name) return false;
  return namesAddressed(a.text.slice(0, h.start)).has(name);
}

/**
 * Names the reply speaks to before a point: after a greeting ("Hi Jordan", "Thanks, Jordan")
 * or at its very start, or in passing, as one speaks to someone ("Sorry about that, Jordan.").
 * Fixed expressions, not one built per name: every new expression costs the engine compiled
 * code, and a process that builds many stops getting its later expressions optimised.
 */
function namesAddressed(before: string): Set<string> {
  const found = new Set<string>();
  for (const re of [OPENING, GREETED, VOCATIVE]) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m !== null; m = re.exec(before)) found.add(m[1]!);
  }
  return found;
}
const OPENING = /^([A-Z][a-z]{1,20})\b/g;
const GREETED = /\b(?:Hi|Hello|Hey|Dear|Thanks|Thank you|Sorry|Morning|Evening)[,!]? ([A-Z][a-z]{1,20})\b/g;
const VOCATIVE = /[,;:]\s([A-Z][a-z]{1,20})(?=[,.!?])/g;

/**
 * A sign-off that is the brand the customer tagged ("@Brewtown your coffee…"
 * answered "— Brewtown"): the signature's name is the start of an @handle in
 * the customer's message, so the reply is signed by the company, not a person.
 */
function isBrandHandle(a: Analysis, h: Hit, customer: string | undefined): boolean {
  if (!customer || !customer.includes('@')) return false;
  const handles = (customer.match(/@[\p{L}\p{N}_]{2,30}/gu) ?? []).map((x) => x.slice(1).toLowerCase());
  // Staff initials ("^SK", "– JT") are a person's, even when they begin the brand's handle.
  const names = (a.text.slice(h.start, h.end).match(/\p{Lu}[\p{L}]{1,20}/gu) ?? []).filter((n) => !/^\p{Lu}{2,3}$/u.test(n));
  return names.some((n) => handles.some((x) => x.startsWith(n.toLowerCase())));
}

/**
 * What the reply really offers, for `concrete-next-step` and `two-alternatives`: a hit
 * counts unless it sits inside a sneer or an accusation ("Sure, and our chips are made of
 * gold", "stop making things up to get a free upgrade"; one in another clause does not undo
 * it: "退你錢就是了,滿意了吧?" still refunds), or inside the sentence that trades a benefit for
 * the review. When that deal has its own reward, a remedy the sentence gives before the deal
 * is struck still counts: in "I've refunded the order, and if you tweak your review we'll add
 * a dessert" the refund is a remedy, the dessert is not; "We'll refund you if you delete the
 * post" has none. A check or hand-off before the deal does not count: it is the reason for the
 * trade ("to look into it, could you take the review down? We'll refund you").
 */
function offeredOutsideTrade(a: Analysis): (h: Hit) => boolean {
  return a.memo(findOffered, () => findOffered(a));
}

function findOffered(a: Analysis): (h: Hit) => boolean {
  const trade = reviewTrade(a);
  // A benefit given in a sentence of its own stays given when the next sentence asks for the
  // review ("I've added £50 credit. Could you delete the review?"): that fails
  // no-review-incentive, not the step. Only the sentence that names the review is the deal.
  const tradeSentence = trade ? a.sentenceOf(trade.start) : undefined;
  const dealSentence = tradeSentence && a.live('reviewMention').some(startsIn(tradeSentence)) ? tradeSentence : undefined;
  const inTrade = startsIn(dealSentence);
  const dealStart = Math.min(...[...a.live('reviewMention'), ...a.live('conditionalLink')].filter(inTrade).map((h) => h.start));
  // A remedy stated before the deal is struck stays given when the deal has its own reward
  // (dealFrom), or when nothing makes it conditional: "我們會全額退款給您，也懇請您刪除這則貼文" refunds
  // and then asks (that fails no-review-incentive only); "只要您刪除這則貼文，我們就全額退款" trades.
  const conditional = a.live('conditionalLink').some(inTrade);
  const dealFrom = a.live('incentive').some((h) => inTrade(h) && h.start > dealStart) || !conditional ? dealStart : 0;
  const sneers = [...a.live('sarcasm'), ...a.live('mockery'), ...a.live('accusation')];
  return (h) => !(sneers.length && inSneeringClause(a, sneers, h)) && (!inTrade(h) || (h.cue === 'remedy' && h.end <= dealFrom));
}

/** Does a rebuttal follow the hit in its sentence? */
function rebuttedAfter(a: Analysis, rebuttals: readonly Hit[], h: Hit): boolean {
  const s = a.sentenceOf(h.start);
  return rebuttals.some((r) => r.start >= h.end && r.start < s.end);
}

/** Does a sneer share the hit's clause? */
function inSneeringClause(a: Analysis, sneers: readonly Hit[], h: Hit): boolean {
  const c = a.clauseOf(h.start);
  return sneers.some((x) => x.start < c.end && x.end > c.start);
}

/**
 * Hand-offs that are offered, not brandished: one in a sentence that threatens the poster
 * ("our legal team has been informed and will take action if this post is not removed") is
 * part of the threat, neither a next step nor an escalation.
 */
function handoffs(a: Analysis): Hit[] {
  const threats = a.live('threat');
  if (!threats.length) return a.live('handoff');
  const threatened = new Set(threats.map((t) => a.sentenceOf(t.start).start));
  return a.live('handoff').filter((h) => !threatened.has(a.sentenceOf(h.start).start));
}

/**
 * How many options the reply offers: distinct kinds of remedy (by the entry
 * that matched, so "refund" and "refunded" are one option) plus the places
 * where an alternative is introduced ("or we could…", 「或是」, 「もしくは」,
 * "2)"). Several markers in one clause introduce one alternative, not several
 * ("Alternatively, another option is…", 「或是」 inside 「或是說」). What is traded
 * for the review or said in a sneer is not an option (see `offeredOutsideTrade`).
 */
export function countAlternatives(a: Analysis): number {
  const offered = offeredOutsideTrade(a);
  const kinds = new Set(a.live('remedy').filter(offered).map((h) => h.id));
  const markers = a.live('alternativeMarker').filter(offered);
  const clauses = new Set(markers.map((m) => a.clauseOf(m.start).start));
  // A marker that states two options by itself ("either … or", 「有兩條路」) counts for both.
  const pairs = markers.some((m) => m.role === 'pair') ? 1 : 0;
  return kinds.size + clauses.size + pairs;
}

/**
 * The cues each judge reads, for the rules the learned reading may judge (see
 * `model/reading.ts`). Where any of a rule's cues matched the reply at all, negated, cancelled
 * or owned included, the tables have something to say about it and their verdict stands: that
 * is where the settled readings live ("it's not your fault" is not blame, "I can't guarantee"
 * is not a guarantee), which a bag of n-grams cannot see. The reading judges only replies on
 * which the tables are silent.
 */
export const RULE_CUES: Partial<Readonly<Record<RuleId, readonly Cue[]>>> = {
  'engage-wisely': [...HOSTILE, 'blameOther', 'stiff', 'question'],
  empathy: ['apology', 'acknowledgement', 'nonApology'],
  'no-arguing': ['contradiction', 'hostileRetort', 'accusation', 'blameCustomer'],
  'calm-tone': ['insult', 'sarcasm', 'mockery', 'threat', 'hostileRetort'],
  'no-blame-shifting': ['blameOther', 'blameCustomer', 'ownership', 'advice', 'newsCause'],
  'under-promise': ['guarantee', 'managementPromise', 'effortPromise', 'hedge'],
  'concrete-next-step': ['remedy', 'checkAction', 'handoff', 'timeframe', 'platitude', 'incentive'],
  'take-private': ['privateInvite', 'inPersonOnly'],
  'protect-privacy': ['privacyAsk', 'privacyReveal', 'privateInvite'],
  'no-review-incentive': ['incentive', 'reviewMention', 'conditionalLink', 'updateRequestAfterResolved'],
  'facts-not-accusations': ['accusation', 'threat', 'insult', 'mockery', 'sarcasm', 'grovel', 'ownership', 'evidence', 'reportPlatform', 'checkAction', 'privateInvite', 'incentive'],
  'join-the-joke': ['mockery', 'insult', 'sarcasm', 'stiff', 'contradiction', 'hostileRetort', 'threat', 'blameCustomer', 'playful'],
  'thank-the-customer': ['thanks', 'nonThanks'],
  'personal-touch': ['signature', 'template', 'firstPersonSingular', 'genericHandle'],
  'two-alternatives': ['alternativeMarker', 'remedy', 'refusal', 'apology'],
  escalate: ['managementPromise', 'handoff', 'timeframe'],
  'three-c': ['concern', 'apology', 'acknowledgement', 'clarify', 'newsCause', 'blameOther', 'courseOfAction', 'checkAction', 'remedy', 'handoff', 'timeframe', 'effortPromise', 'guarantee'],
};

/** Are the tables silent on a rule for this reply: none of its cues matched at all? False for rules without `RULE_CUES`. */
export function tablesSilentOn(rule: RuleId, a: Analysis): boolean {
  const cues = RULE_CUES[rule];
  return cues !== undefined && cues.every((c) => a.raw(c).length === 0);
}

export const JUDGES: Record<RuleId, Judge> = {
  'engage-wisely': (c, a) => {
    if (c.silent) return c.persona === 'vague-rude' ? pass('pass-silence') : fail('fail-silence');
    if (c.persona !== 'vague-rude') return pass('pass');
    // Formality is not defence: 「ご意見承りました」 or "your comment has been noted"
    // is a polite answer to a vague insult. Only stiff wording that defends
    // (see `isDefensive`) fails here; all of it is too stiff for a joke.
    const bad = a.first(...HOSTILE, 'blameOther') ?? a.live('stiff').find(isDefensive);
    const shout = findShouting(a.text);
    if (bad) return fail('fail-argue', bad);
    if (shout) return fail('fail-argue', shout);
    return pass('pass-invite', a.first('question'));
  },

  empathy: (_c, a) => {
    const hit = empathyHit(a);
    if (hit) return pass('pass', hit);
    const non = a.first('nonApology');
    return non ? fail('fail-conditional', non) : fail('fail');
  },

  'no-arguing': (c, a) => {
    // Calling the poster a liar or saying they caused it also contradicts them. The company's
    // standing set against a complaint argues with it, but against a malicious claim it is the
    // fact the playbook asks for (`standing`; `facts-not-accusations` judges how it is put).
    // A plea about the post in the sentence that pays for it (「全額返金と3万円をお支払いしますので、投稿は
    // お控えいただけますと幸いです」) is a review bought, which `no-review-incentive` judges, not a rebuttal;
    // a rebuttal beside it in that sentence ("you've misunderstood: it wasn't a payment for a review") still is.
    const trade = reviewTrade(a);
    const inTrade = startsIn(trade ? a.sentenceOf(trade.start) : undefined);
    const post = a.live('reviewMention').filter(inTrade);
    const rebuttals = a.live('contradiction').filter((h) => !(inTrade(h) && post.some((m) => overlapsSpan(m, h))));
    const rebuttal = c.persona === 'malicious' ? rebuttals.find((h) => h.role !== 'standing') : rebuttals[0];
    const other = a.first('hostileRetort', 'accusation', 'blameCustomer');
    const hit = rebuttal && (!other || rebuttal.start < other.start) ? rebuttal : other;
    return hit ? fail('fail', hit) : pass('pass');
  },

  'calm-tone': (_c, a) => {
    const hit = a.first('insult', 'sarcasm', 'mockery', 'threat', 'hostileRetort');
    if (hit) return fail('fail', hit);
    const shout = findShouting(a.text);
    if (shout) return fail('fail-shouting', shout);
    return pass('pass');
  },

  'no-blame-shifting': (_c, a) => {
    // Naming who slipped while owning it is explaining the company's own fault:
    // "our warehouse sent it to the wrong depot, that's on us".
    const blamed = a.live('blameOther');
    const owned = blamed.length ? a.live('ownership').filter((h) => !a.isNegated(h)).map((h) => a.sentenceOf(h.start).start) : [];
    const other = owned.length ? blamed.find((h) => !owned.includes(a.sentenceOf(h.start).start)) : blamed[0];
    const customer = a.first('blameCustomer');
    if (customer && (!other || customer.start < other.start)) return fail('fail-customer', customer);
    if (other) return fail('fail-other', other);
    const own = a.first('ownership');
    return own ? pass('pass-ownership', own) : pass('pass');
  },

  'under-promise': (c, a) => {
    const g = a.first('guarantee');
    if (g) return fail('fail', g);
    if (c.needsEscalation) {
      const m = a.first('managementPromise');
      if (m) return fail('fail-management', m);
    }
    const e = a.first('effortPromise', 'hedge');
    return e ? pass('pass-effort', e) : pass('pass');
  },

  'concrete-next-step': (_c, a) => {
    // A benefit traded for a review is not a remedy, and a time counts only as
    // the time of something the reply commits to ("I'll DM you by 6 pm").
    const trade = reviewTrade(a);
    const tradeSentence = trade ? a.sentenceOf(trade.start) : undefined;
    const offered = offeredOutsideTrade(a);
    // A check reported only to rebut or blame the customer offers them nothing: the rebuttal
    // follows it in its sentence ("確認したところ、お手続きは期限を過ぎておりました", "we checked, and
    // it was signed for by you"). One offered after a rebuttal still helps ("it's simple for most
    // people, but we'll walk you through it").
    const rebuttals = [...a.live('blameCustomer'), ...a.live('contradiction')];
    const checks = [...a.live('checkAction'), ...handoffs(a)].filter((h) => offered(h) && !(h.cue === 'checkAction' && rebuttedAfter(a, rebuttals, h)));
    const remedy = a.live('remedy').find(offered);
    const check = checks.sort((x, y) => x.start - y.start)[0];
    const when = a.live('timeframe').find((t) => {
      const s = a.sentenceOf(t.start);
      const inS = startsIn(s);
      if (tradeSentence && s.start === tradeSentence.start) return false;
      if ((['effortPromise', 'privateInvite', 'remedy', 'checkAction', 'handoff', 'courseOfAction'] as const).some((c) => a.live(c).some(inS))) return true;
      // A guaranteed delivery still says when ("with you by 6 pm, I promise"); a
      // guaranteed non-recurrence does not ("from tomorrow this will never happen
      // again", 「必ず明日から二度と出しません」): a negation in the time's clause marks it.
      const clause = a.clauseOf(t.start);
      return a.live('guarantee').some(inS) && !a.raw('negation').some((n) => n.start >= clause.start && n.start < clause.end);
    });
    // The evidence is the first step, but not one in a rebuttal's sentence (「2時間とのことですが、記録では
    // 到着は予定の40分後です」 reads as an answer with a time): the verdict stands, the trainee is shown
    // a step the reply offers where it has one.
    const inRebuttal = (h: Hit): number => {
      const s = a.sentenceOf(h.start);
      return rebuttals.some((r) => r.start >= s.start && r.start < h.end) ? 1 : 0;
    };
    const hit = [remedy, check, when].filter((h): h is Hit => h !== undefined).sort((x, y) => inRebuttal(x) - inRebuttal(y) || x.start - y.start)[0];
    if (hit) return pass('pass', hit);
    const plat = a.first('platitude');
    return plat ? fail('fail-platitude', plat) : fail('fail');
  },

  'two-alternatives': (_c, a) => {
    const n = countAlternatives(a);
    const apology = a.first('apology');
    if (n < 2) return fail('fail-alternatives', a.first('refusal') ?? a.first('remedy', 'alternativeMarker'));
    if (!apology) return fail('fail-apology', a.first('alternativeMarker', 'remedy'));
    return pass('pass', a.first('alternativeMarker') ?? apology);
  },

  'take-private': (c, a) => {
    if (c.silent) return fail('fail-silence');
    const hit = a.first('privateInvite');
    if (hit) return pass('pass', hit);
    const store = a.first('inPersonOnly');
    return store ? fail('fail-in-person', store) : fail('fail');
  },

  'protect-privacy': (_c, a) => {
    const leak = privacyLeak(a);
    if (!leak) return pass('pass');
    return fail(leak.kind === 'ask' ? 'fail-ask' : 'fail-reveal', leak.hit);
  },

  'no-review-incentive': (_c, a) => {
    const t = reviewTrade(a);
    return t ? fail('fail', t) : pass('pass');
  },

  'facts-not-accusations': (_c, a) => {
    const acc = a.first('accusation');
    if (acc) return fail('fail-accusation', acc);
    const threat = a.first('threat');
    if (threat) return fail('fail-threat', threat);
    const insult = a.first('insult', 'mockery', 'sarcasm');
    if (insult) return fail('fail-accusation', insult);
    const grovel = a.first('grovel');
    if (grovel) return fail('fail-grovel', grovel);
    const trade = reviewTrade(a);
    if (trade) return fail('fail-incentive', trade);
    // Owning the fault and paying out for it with nothing checked grants a claim nobody has
    // verified: "是我們的疏失,我馬上幫您全額退款" to a poster who may be making it up. (A payout
    // traded for the post is named as the trade, above.)
    const owned = a.live('ownership').find((h) => !a.isNegated(h));
    if (owned && (a.has('remedy') || a.has('managementPromise')) && !a.has('evidence') && !a.has('checkAction') && !a.has('reportPlatform')) return fail('fail-grovel', owned);
    const ev = a.first('evidence', 'reportPlatform', 'checkAction', 'privateInvite');
    return ev ? pass('pass-evidence', ev) : pass('pass');
  },

  'join-the-joke': (_c, a) => {
    const mock = a.first('mockery', 'insult', 'sarcasm');
    if (mock) return fail('fail-mockery', mock);
    // Pinning the joke's mishap on the customer ("write your address clearly next time") is
    // defensive too. Blaming a partner while laughing along is a blame-shifting fault, not a
    // failure to join the joke: three independent writers label it so.
    const stiff = a.first('stiff', 'contradiction', 'hostileRetort', 'threat', 'blameCustomer');
    if (stiff) return fail('fail-stiff', stiff);
    const play = a.first('playful');
    return play ? pass('pass', play) : fail('fail-flat');
  },

  'thank-the-customer': (_c, a) => {
    const t = a.first('thanks');
    if (t) return pass('pass', t);
    const non = a.first('nonThanks');
    return non ? fail('fail-filler', non) : fail('fail');
  },

  'personal-touch': (c, a) => {
    const sig = a.live('signature').find((h) => !addressesCustomer(a, h) && !isBrandHandle(a, h, c.customer));
    if (sig) return pass('pass', sig);
    const tpl = a.first('template');
    if (tpl) return fail('fail-template', tpl);
    const me = a.first('firstPersonSingular');
    if (me) return pass('pass', me);
    return fail('fail', a.first('genericHandle'));
  },

  escalate: (_c, a) => {
    const m = a.first('managementPromise');
    if (m) return fail('fail-management', m);
    const h = handoffs(a)[0];
    if (!h) return fail('fail');
    const when = a.first('timeframe');
    return when ? pass('pass', h) : fail('fail-no-time', h);
  },

  'three-c': (c, a) => {
    const concern = a.first('concern', 'apology', 'acknowledgement');
    // A cause told as news, or even pinned on someone else, still tells what happened
    // ("an update we released this morning is blocking logins"; blame is no-blame-shifting's to judge).
    const clarify = a.first('clarify', 'newsCause', 'blameOther');
    // A promised check or update with its time is a course of action too ("our security team will
    // investigate it today and I'll update you by tomorrow"); "we'll make it right" alone is not.
    const times = a.live('timeframe').map((t) => a.sentenceOf(t.start).start);
    // So is an outcome promised with its time ("it will be fixed by 2pm, we promise"), however rash
    // (under-promise judges that).
    const timedPromise = [...a.live('effortPromise'), ...a.live('guarantee')].find((h) => times.includes(a.sentenceOf(h.start).start));
    const course = [a.first('courseOfAction', 'checkAction', 'remedy', 'handoff'), timedPromise].filter((h): h is Hit => h !== undefined)[0];
    if (concern && clarify && course) return pass('pass', concern);
    return { ...fail('fail'), vars: { missing: missingParts(c, !concern, !clarify, !course) } };
  },

  'respond-fast': (c) => {
    const target = c.targetMinutes;
    const elapsed = c.elapsedMinutes ?? 0;
    const vars = { elapsed, target };
    if (c.silent) return { ...fail('fail-silence'), vars };
    return { ...(elapsed <= target ? pass('pass') : fail('fail')), vars };
  },
};

/** Placeholder filled by the scorer with the UI language's names of the missing Cs. */
function missingParts(_c: ResolvedContext, concern: boolean, clarify: boolean, course: boolean): string {
  return [concern ? 'concern' : '', clarify ? 'clarify' : '', course ? 'course' : ''].filter(Boolean).join(',');
}
