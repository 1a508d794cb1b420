import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang, ReplyContext } from '../../../src/lib/scoring/contract.ts';
import { Analysis, matchAll, normaliseLayout, toSourceSpan } from '../../../src/lib/scoring/analyse.ts';
import type { Cue, LanguagePack } from '../../../src/lib/scoring/detectors/types.ts';
import { PACKS } from '../../../src/lib/scoring/detectors/index.ts';
import { scoreReply } from '../../../src/lib/scoring/score-reply.ts';
import { scoreSession } from '../../../src/lib/scoring/score-session.ts';
import { countAlternatives } from '../../../src/lib/scoring/rules.ts';
import { findShoutedWords } from '../../../src/lib/scoring/universal.ts';

const score = (text: string, extra: Partial<ReplyContext> = {}) =>
  scoreReply({ lang: 'en', persona: 'neutral', channel: 'public', text, ...extra });

describe('layout normalisation', () => {
  it('reads a soft line break as a space and maps offsets back to the original', () => {
    const src = 'could you DM\nus?  Thanks';
    const n = normaliseLayout(src);
    expect(n.text).toBe('could you DM us? Thanks');
    const at = n.text.indexOf('us?');
    expect(toSourceSpan(n, { start: at, end: at + 2 })).toEqual({ start: 13, end: 15 });
    const t = n.text.indexOf('Thanks');
    const back = toSourceSpan(n, { start: t, end: t + 6 });
    expect(src.slice(back.start, back.end)).toBe('Thanks');
  });

  it('joins a soft break between CJK characters and keeps paragraphs and list lines', () => {
    expect(normaliseLayout('ご連絡\nください').text).toBe('ご連絡ください');
    expect(normaliseLayout('Hi.\n\n\n— Mei').text).toBe('Hi.\n— Mei');
    expect(normaliseLayout('Two options:\n1) a refund\n2) a swap').text).toBe('Two options:\n1) a refund\n2) a swap');
  });

  it('leaves a text without layout untouched', () => {
    const src = 'Sorry about that, we will check.';
    expect(normaliseLayout(src).text).toBe(src);
  });

  it('a multi-line reply is graded like the same reply on one line, with spans in the original text', () => {
    const one = score('Sorry about that. Could you DM us? I will check your order today.', { persona: 'angry' });
    const multi = score('Sorry about that.\nCould you DM\nus? I will check your order\ntoday.', { persona: 'angry' });
    expect(multi.rules).toEqual(one.rules);
    expect(multi.rules['take-private']).toBe('pass');
    const f = multi.findings.find((x) => x.rule === 'take-private');
    const text = 'Sorry about that.\nCould you DM\nus? I will check your order\ntoday.';
    expect(text.slice(f!.start!, f!.end!)).toBe('DM\nus');
  });

  it('session commitments quote the reply as written', () => {
    const text = 'I will\nrefund you today. — Mei';
    const ctx: ReplyContext = { lang: 'en', persona: 'angry', channel: 'public', text };
    const s = scoreSession([{ beat: 'b1', at: 5, text, context: ctx, score: scoreReply(ctx) }]);
    const refund = s.commitments.find((c) => c.kind === 'refund');
    expect(refund).toBeDefined();
    expect(text.slice(refund!.start, refund!.end)).toBe(refund!.quote);
    expect(refund!.quote).toContain('\n');
  });
});

describe('negation reach', () => {
  const pack = (reach: { before: number; after: number }): LanguagePack => ({ ...PACKS.en, negationReach: reach });
  const negated = (text: string, reach: { before: number; after: number }, lang: Lang = 'en'): boolean => {
    const a = new Analysis(text, [pack(reach)]);
    const hit = a.raw('apology')[0]!;
    expect(hit, lang).toBeDefined();
    return a.isNegated(hit);
  };

  it('a reach of 0 never flips a cue, not even right next to the negator', () => {
    expect(negated('not sorry', { before: 0, after: 0 })).toBe(false);
    expect(negated('sorry not', { before: 0, after: 0 })).toBe(false);
  });

  it('a positive reach flips cues within it, and the -1 convention still means never', () => {
    expect(negated('not sorry', { before: 1, after: 0 })).toBe(true);
    expect(negated('not really very sorry', { before: 4, after: 0 })).toBe(false);
    expect(negated('not sorry', { before: -1, after: -1 })).toBe(false);
    expect(negated('sorry not', { before: 0, after: 1 })).toBe(true);
  });
});

describe('protect-privacy: a private channel offered as an alternative does not excuse a public ask', () => {
  it('fails a request to post the data here, even with a DM as the other option', () => {
    expect(score('Reply here with your order number or DM us').rules['protect-privacy']).toBe('fail');
    expect(score('請喺下面留低你嘅訂單號碼,或者PM我哋都得', { lang: 'zh-TW' }).rules['protect-privacy']).toBe('fail');
  });

  it('passes a request made through the private channel', () => {
    expect(score('DM us your order number').rules['protect-privacy']).toBe('pass');
    expect(score('Could you send us your order number via DM?').rules['protect-privacy']).toBe('pass');
  });
});

describe('respond-fast', () => {
  it('is not graded for a vague-rude post, whatever the reply', () => {
    for (const text of ['', 'What went wrong? We would like to help.', 'Whatever.']) {
      expect(score(text, { persona: 'vague-rude', elapsedMinutes: 500 }).rules['respond-fast'], text).toBe('n/a');
    }
    expect(score('Sorry, we will check.', { persona: 'angry', elapsedMinutes: 500 }).rules['respond-fast']).toBe('fail');
  });
});

describe('names that are also put-downs', () => {
  it('a colleague called Karen is not an insult', () => {
    const texts = [
      "I've passed this to Karen Doyle, our operations manager; she'll contact you by 5pm today. — Luis",
      "I've sent this to our operations manager, Karen, who will reply to you by 5pm today. — Luis",
      'Thanks for flagging this, I will check the order. — Karen',
    ];
    for (const text of texts) {
      const r = score(text, { persona: 'malicious' });
      expect(r.rules['calm-tone'], text).toBe('pass');
      expect(r.rules['facts-not-accusations'], text).toBe('pass');
    }
  });

  it('"ok Karen" aimed at the customer still is', () => {
    expect(score('ok Karen', { persona: 'angry' }).rules['calm-tone']).toBe('fail');
    expect(score('Typical Karen behaviour.', { persona: 'angry' }).rules['calm-tone']).toBe('fail');
  });
});

describe('personal-touch and company signatures', () => {
  it('a reply signed only as the company is not personal', () => {
    for (const sig of ['— Kestrel Mobile', '— The Crumb & Co. team', '— Harbor & Salt', 'Cheers, Kestrel Mobile']) {
      expect(score(`Thanks for flagging, we will check the order. ${sig}`).rules['personal-touch'], sig).toBe('fail');
    }
  });

  it('a staff name, alone or with the company, is', () => {
    for (const sig of ['— Priya', '— Priya Shah', '— Priya, Kestrel Mobile', '— Zoe, Wattle & Co.']) {
      expect(score(`Thanks for flagging, we will check the order. ${sig}`).rules['personal-touch'], sig).toBe('pass');
    }
  });
});

describe('matching entries', () => {
  it('finds exactly the matches of one scan of the whole pattern, in order', () => {
    const texts = readFileSync('tests/lib/scoring/corpus/en.dev.jsonl', 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 120)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    for (const lang of ['en', 'zh-TW', 'ja'] as const) {
      for (const [cue, entries] of Object.entries(PACKS[lang].cues)) {
        for (const e of entries) {
          const whole = new RegExp(e.pattern.source, `${e.pattern.flags}g`);
          for (const t of texts) {
            const expected = [...t.matchAll(whole)].filter((m) => m[0].length > 0).map((m) => [m.index, m.index + m[0].length]);
            expect(matchAll(t, [e], cue as Cue, lang).map((h) => [h.start, h.end]), e.id).toEqual(expected);
          }
        }
      }
    }
  });
});

describe('English patterns', () => {
  it('use \\u{…} escapes only with the u flag (without it they match single letters)', () => {
    for (const e of Object.values(PACKS.en.cues).flat()) {
      if (!e.pattern.flags.includes('u')) expect(e.pattern.source, e.id).not.toMatch(/\\u\{/);
    }
  });
});

describe('prohibitions presume what they forbid', () => {
  it('"don\'t make things up" still accuses, "we don\'t make things up" does not', () => {
    expect(score("Please don't make things up about our team.", { persona: 'malicious' }).rules['facts-not-accusations']).toBe('fail');
    expect(score("Don't be ridiculous.", { persona: 'vague-rude' }).rules['calm-tone']).toBe('fail');
    const denial = new Analysis("We don't make things up, and we checked the footage.", [PACKS.en]);
    expect(denial.live('accusation')).toEqual([]);
  });

  it('a prohibition negator in any language does not flip an accusation', () => {
    const pack = (lang: Lang, accusation: RegExp, negation: RegExp, reach: { before: number; after: number }): LanguagePack => ({
      ...PACKS.en,
      lang,
      negationReach: reach,
      clauseBreaks: [],
      cues: { ...PACKS.en.cues, accusation: [{ id: 'x.acc', pattern: accusation, note: '' }], negation: [{ id: 'x.neg', pattern: negation, note: '' }] },
    });
    const zh = pack('zh-TW', /造謠/, /不要|沒有/, { before: 4, after: 0 });
    expect(new Analysis('請不要再造謠', [zh]).live('accusation')).toHaveLength(1);
    expect(new Analysis('我們沒有造謠', [zh]).live('accusation')).toHaveLength(0);
    const ja = pack('ja', /嘘をつ/, /ない|ません/, { before: -1, after: 6 });
    expect(new Analysis('嘘をつかないでください', [ja]).live('accusation')).toHaveLength(1);
    expect(new Analysis('嘘をつきません', [ja]).live('accusation')).toHaveLength(0);
  });
});

describe('a negator that follows the cue (Japanese)', () => {
  const ja = (cue: Cue, pattern: RegExp): LanguagePack => ({
    ...PACKS.en,
    lang: 'ja',
    negationReach: { before: -1, after: 12 },
    clauseBreaks: [],
    cues: { ...PACKS.en.cues, [cue]: [{ id: 'x.cue', pattern, note: '' }], negation: [{ id: 'x.neg', pattern: /ません|ない/, note: '' }] },
  });

  it('does not reach back across a te-form into the cause', () => {
    const p = ja('blameOther', /配送業者が遅れ/);
    expect(new Analysis('配送業者が遅れてお届けできませんでした', [p]).live('blameOther')).toHaveLength(1);
    expect(new Analysis('配送業者が遅れません', [p]).live('blameOther')).toHaveLength(0);
  });

  it('still negates its own predicate, compounds and particles included', () => {
    const p = ja('remedy', /返金/);
    expect(new Analysis('返金手続きができません', [p]).live('remedy')).toHaveLength(0);
    expect(new Analysis('返金についてはお答えできません', [p]).live('remedy')).toHaveLength(0);
  });
});

describe('two-alternatives counts options, not marker hits', () => {
  it('several markers in one clause introduce one alternative', () => {
    const a = new Analysis('Sorry! Alternatively we could suggest another option: store credit.', [PACKS.en]);
    expect(a.live('alternativeMarker').length).toBe(2);
    expect(countAlternatives(a)).toBe(2);
    expect(score('Sorry, we cannot refund this. Alternatively, another option is store credit.', { canGrant: false }).rules['two-alternatives']).toBe('pass');
  });

  it('one remedy worded twice is one option', () => {
    const a = new Analysis('Sorry, I have refunded you; the refund shows in 3 days.', [PACKS.en]);
    expect(countAlternatives(a)).toBe(1);
  });
});

describe('concrete-next-step and guarantees', () => {
  it('a guaranteed delivery still says when; a guaranteed non-recurrence does not', () => {
    expect(score('Sorry Sam! Your order will be with you by 6 pm tonight, I guarantee it.', { persona: 'angry' }).rules['concrete-next-step']).toBe('pass');
    expect(score('Sorry Sam! From tomorrow this will never happen again, I guarantee it.', { persona: 'angry' }).rules['concrete-next-step']).toBe('fail');
  });

  it('a step inside a sneer is not offered, one beside it is', () => {
    expect(score('Sure, and our chips are made of gold. Nice story.', { persona: 'malicious' }).rules['concrete-next-step']).toBe('fail');
    expect(score("Bless you for trying. It's simple for most people, but we'll walk you through it.", { persona: 'angry' }).rules['concrete-next-step']).toBe('pass');
  });

  it('a remedy given before a review trade still counts; the traded benefit does not', () => {
    const r = score("Sorry about the cold food, Ada. I've refunded the order, and if you tweak your review to 4 stars we'll throw in a free dessert. — Sol", { persona: 'angry' });
    expect(r.rules['no-review-incentive']).toBe('fail');
    expect(r.rules['concrete-next-step']).toBe('pass');
    expect(score("Sorry, we'll give you a full refund if you delete the post.", { persona: 'angry' }).rules['concrete-next-step']).toBe('fail');
  });
});

describe('engage-wisely: formal is not defensive', () => {
  it('a polite formal note to a vague insult passes; defending the staff fails', () => {
    expect(score('Thank you for your comment. It has been noted.', { persona: 'vague-rude' }).rules['engage-wisely']).toBe('pass');
    expect(score("Our staff work really hard and don't deserve that kind of language.", { persona: 'vague-rude' }).rules['engage-wisely']).toBe('fail');
    expect(score('Calling our staff clowns is not acceptable and will not be tolerated.', { persona: 'vague-rude' }).rules['engage-wisely']).toBe('fail');
  });

  it('formal wording is still too stiff for a joke', () => {
    expect(score('Please be advised that our chatbot operates under our terms of service.', { persona: 'joking' }).rules['join-the-joke']).toBe('fail');
  });
});

describe('review trades', () => {
  it('a polite request after a refund already made is not a trade', () => {
    const text =
      "I've refunded the full £23.40. Now that the refund's gone through, if you feel we put it right, we'd be grateful if you updated your review; no pressure at all. — Ben";
    expect(score(text, { persona: 'angry', channel: 'private' }).rules['no-review-incentive']).toBe('pass');
  });

  it('a reward after a conditional request is, even when worded as optional', () => {
    expect(score("Now it's sorted, if you'd be happy to raise it to five stars, we'll add a month of free data. No pressure!", { persona: 'angry' }).rules['no-review-incentive']).toBe('fail');
  });

  it('a bare condition on the review followed by a reward two sentences later is', () => {
    expect(score('If you delete the post today, that would help us. We are a small team. You will get a £20 voucher.', { persona: 'angry' }).rules['no-review-incentive']).toBe('fail');
  });
});

describe('tone across sentences', () => {
  it('a sneer that closes the reply sours the apology before it', () => {
    expect(score("We're SO sorry you had to wait a whole ten minutes for your latte. We'll try to move faster for you next time. 🙄", { persona: 'angry' }).rules.empathy).toBe('fail');
    expect(score("We're so sorry you had to wait for your latte. We'll look into the queue today. — Mo", { persona: 'angry' }).rules.empathy).toBe('pass');
  });
});

describe('no-blame-shifting: naming who slipped while owning it', () => {
  it('passes when the same sentence owns the fault, fails when it does not', () => {
    expect(score("Sorry, Vic: our warehouse sent it to the wrong depot, that's on us. A new one ships today. — Mae", { persona: 'angry' }).rules['no-blame-shifting']).toBe('pass');
    expect(score("Sorry, Vic. The warehouse sent it to the wrong depot, so it's with them now.", { persona: 'angry' }).rules['no-blame-shifting']).toBe('fail');
    expect(score('THIS IS NOT OUR FAULT. Read the delivery terms!!!', { persona: 'angry' }).rules['no-blame-shifting']).toBe('fail');
  });
});

describe('shouting and abbreviations', () => {
  it('a lone unknown abbreviation is not shouting; everyday words in capitals are', () => {
    for (const text of ['You could pay by CHAPS in branch today.', 'Log in to My Vortel > SIM > PUK.', 'All our masts are below the ICNIRP limits.']) {
      expect(findShoutedWords(text), text).toEqual([]);
    }
    for (const text of ['That is a RIDICULOUS wait.', 'We did NOT lose it.', 'THIS IS UNFAIR', 'Read it AGAIN!']) {
      expect(findShoutedWords(text).length, text).toBeGreaterThan(0);
    }
  });
});

describe('personal-touch and the brand the customer tagged', () => {
  it('a sign-off with the tagged brand name is the company', () => {
    const customer = '@Brewtown your flat white was cold again';
    expect(score('Sorry! DM us and we will check it. — Brewtown', { persona: 'angry', customer }).rules['personal-touch']).toBe('fail');
    expect(score('Sorry! DM us and we will check it. — Mia', { persona: 'angry', customer }).rules['personal-touch']).toBe('pass');
  });
});
