import type { Lang } from '../contract.ts';
import type { ReadingModel } from '../model/reading.ts';

/**
 * One readable entry of a language's lexicon: a stable id (used as evidence in
 * findings, e.g. `en.apology.sorry-for`), the pattern, and a note for the next
 * person who edits it. Patterns run on untrusted trainee text: keep them linear
 * (no nested quantifiers), and never use the `g` or `y` flags (entries are shared).
 */
export interface PatternEntry {
  id: string;
  pattern: RegExp;
  note: string;
  /**
   * What the rule logic should know about this entry beyond its cue: a `stiff` entry that
   * defends the staff, the brand or the product against the poster (`defensive`; it fails
   * `engage-wisely` for a vague-rude post, where other stiff wording does not), or a
   * `conditionalLink` entry that states the deal outright (`exchange`: "in exchange for",
   * "all we ask is…"; it makes a trade of a benefit even when the request waits for the fix), or
   * an `alternativeMarker` entry that states two options by itself (`pair`: "either … or", "two
   * things you can do", 「有兩條路」; it counts as two alternatives), or a `contradiction` entry
   * that sets the company's standing, its staff's standards or its records against the complaint
   * (`standing`: "our staff receive full training", "we pride ourselves on our 4.8 rating",
   * 「2時間とのことですが、配送記録では…」; it argues with an angry or rude poster, but stated
   * against a malicious claim it is the fact the playbook asks for, so it does not fail
   * `no-arguing` there), or a `hostileRetort` entry that turns an
   * insult back on the poster (`comeback`: "takes one to know one", "says the man who…"; to a
   * joking customer it is banter, which `join-the-joke` judges by the mockery in it, not a retort).
   */
  role?: EntryRole;
}

/** See `PatternEntry.role`. */
export type EntryRole = 'defensive' | 'exchange' | 'pair' | 'standing' | 'comeback';

/** The cue each role belongs to. */
export const ROLE_CUE: Readonly<Record<EntryRole, Cue>> = { defensive: 'stiff', exchange: 'conditionalLink', pair: 'alternativeMarker', standing: 'contradiction', comeback: 'hostileRetort' };

/**
 * Cues: the ideas the rules are built from. Each language pack lists, per cue,
 * the patterns that express it in that language. The generic rule logic in
 * `score-reply.ts` combines cues into verdicts, so adding a language means
 * filling this table, not writing new rule code.
 */
export const CUES = [
  // empathy
  'apology', // a real apology for what happened ("I'm so sorry the cake…", 「造成不便敬請見諒」, 「申し訳ございません」)
  'acknowledgement', // names the customer's feeling or experience ("I understand how frustrating…", 「理解您的心情」)
  'nonApology', // conditional / sarcastic / "excuse me" apologies that do NOT count ("sorry you feel that way", 不好意思, すみませんが)
  // thanks
  'thanks', // thanks for the report, feedback, question, patience, effort
  'nonThanks', // thanks that do not count ("thanks for choosing us", "we value your feedback", sarcastic thanks)
  // arguing / tone
  'contradiction', // contradicts or debates the customer ("that's not true", 「是您自己沒看清楚」, 「お客様の勘違いです」)
  'hostileRetort', // "if you don't like it, don't come"
  'sarcasm', // sarcasm or mockery ("good luck with that", "lol", 「呵呵」)
  'insult', // insults, name-calling
  'threat', // threats (legal threats to the customer, "we will sue", "we'll ban you")
  // blame
  'blameOther', // pins harm on courier, supplier, another team, the system
  'blameCustomer', // pins harm on the customer ("you must have dropped it")
  'ownership', // takes ownership ("that's on us", 「是我們的疏失」)
  'newsCause', // a cause told as news ("a booking system issue is affecting all lanes this morning"): not blame by itself, but the tables have read it
  'advice', // a tip for next time ("next time, booking ahead helps", 「建議您下次提早預約」): not blame by itself (the blame cues catch the hostile ones), but the tables have read it
  // promises
  'guarantee', // guarantees an outcome or time ("guaranteed", "100%", "will never happen again", 「保證」, 「必ず」)
  'hedge', // negates / hedges a guarantee ("can't guarantee", "I'll do my best", 「無法保證」, 「確約はできかねますが」)
  'effortPromise', // promises effort / a check / an update ("I'll look into it", 「我會協助確認」)
  'timeframe', // a realistic time ("by Friday", "within 24 hours", 「今日中に」, 「兩個工作天內」)
  // next steps
  'remedy', // refund, replacement, re-delivery, repair, credit
  'checkAction', // says what will be checked/investigated/fixed
  'platitude', // "we value your feedback", 「感謝您的寶貴意見」 on its own
  // alternatives
  'alternativeMarker', // "alternatively", "or we could", 「或是」, 「もしくは」, enumerations "1) … 2) …"
  'refusal', // a no ("we can't", 「無法」, 「いたしかねます」)
  // private channel
  'privateInvite', // invites to DM, e-mail, phone, private message ("DM us", 「私訊」, 「DMにて」)
  'inPersonOnly', // "tell us next time you're in the store" (not a private channel)
  // privacy
  'privacyAsk', // asks the customer to post personal/order data in public ("reply with your order number")
  'privacyReveal', // reveals personal data (a phone, address, order id, e-mail, purchase details, another account)
  // review incentives
  'reviewMention', // mentions the review/comment/post being edited, updated, removed
  'incentive', // reward, discount, refund, gift, coupon, free item
  'conditionalLink', // "if you", "in exchange", "once you" linking a benefit to an act
  'updateRequestAfterResolved', // polite request to update the review after it is resolved
  // malicious
  'accusation', // calls the poster liar, troll, competitor, paid, fake
  'evidence', // records, call recordings, shipment videos, logs, timestamps
  'reportPlatform', // reports rule-breaking content to the platform
  'grovel', // admits an unproven fault abjectly ("it's entirely our fault, we're terrible")
  // joking
  'playful', // joins a joke: wordplay, emoji, playful exaggeration, 「哈哈」, 「笑」
  'stiff', // legalistic / defensive ("per our terms", 「規定により」)
  'mockery', // jokes at the customer's expense
  // personal touch
  'signature', // a staff member's name or initials (— Mei, ^AL, 客服小美, 担当:佐藤)
  'firstPersonSingular', // a clear first-person "I" voice (I, 我, 私/わたくし)
  'genericHandle', // 「小編」, 「担当者」 with no name, "The Team"
  'template', // an obvious canned template ("Dear valued customer", 「親愛的顧客您好」)
  // escalation
  'handoff', // passes to a supervisor, specialist, manager, legal team
  'managementPromise', // promises what only management can (big compensation, policy change, legal settlement)
  // 3C
  'concern', // expresses concern for those affected
  'clarify', // clarifies what happened / what is known
  'courseOfAction', // says what the company is doing and next
  // language-level helpers (not cues for a single rule)
  'negation', // negators that flip the cue right after them ("not", "never", 不, 沒, ない, ません)
  'question', // a question or invitation to say more ("what happened?", 「能否告訴我們」)
] as const;
export type Cue = (typeof CUES)[number];

/** Kinds of promise a trainee can make, for the session's commitment ledger. */
export const COMMITMENT_KINDS = ['refund', 'replacement', 'report-back', 'call', 'other-remedy'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** A pattern that recognises a promise of one kind ("I'll refund you", "I'll call you tomorrow"). */
export interface CommitmentEntry extends PatternEntry {
  kind: CommitmentKind;
}

/** A language's lexicon: every cue, even when a list is short. */
export interface LanguagePack {
  lang: Lang;
  cues: Record<Cue, readonly PatternEntry[]>;
  /**
   * How far (in UTF-16 units, inside one clause) a `negation` match reaches to
   * flip a cue: `before` for negators that precede what they negate (English
   * "not", 「不」), `after` for those that follow it (Japanese 「〜ません」).
   * Optional; the scorer has defaults per language.
   */
  negationReach?: { before: number; after: number };
  /**
   * Words that end a clause besides punctuation ("but", 「但是」, 「が、」), so a
   * negation or hedge does not reach across them. Optional.
   */
  clauseBreaks?: readonly PatternEntry[];
  /**
   * Promises for the session's commitment ledger, by kind. Optional: without
   * it, the ledger falls back to the pack's `remedy` and `timeframe` cues.
   */
  commitments?: readonly CommitmentEntry[];
  /**
   * The learned second opinion for the rules the cue tables judge least well in this language
   * (generated by `npm run train:scorer` into `model/models/<lang>.ts`). Optional.
   */
  reading?: ReadingModel;
}
