import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Lang, ReplyContext } from '../../../src/lib/scoring/contract.ts';
import { Analysis, matchAll, normaliseLayout, toSourceSpan, topLevelAlternatives } from '../../../src/lib/scoring/analyse.ts';
import type { Cue, LanguagePack } from '../../../src/lib/scoring/detectors/types.ts';
import { PACKS } from '../../../src/lib/scoring/detectors/index.ts';
import { scoreReply } from '../../../src/lib/scoring/score-reply.ts';
import { scoreSession } from '../../../src/lib/scoring/score-session.ts';

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

describe('matching long entries in chunks', () => {
  it('splits a pattern only at its top-level alternatives', () => {
    expect(topLevelAlternatives('a(b|c)|[|x]|\\|d')).toEqual(['a(b|c)', '[|x]', '\\|d']);
  });

  it('finds the same matches as one scan of the whole pattern', () => {
    const texts = readFileSync('tests/lib/scoring/corpus/en.dev.jsonl', 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .slice(0, 120)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    for (const lang of ['en', 'zh-TW', 'ja'] as const) {
      for (const [cue, entries] of Object.entries(PACKS[lang].cues)) {
        for (const e of entries) {
          if (e.pattern.source.length <= 400) continue;
          const whole = new RegExp(e.pattern.source, `${e.pattern.flags}g`);
          for (const t of texts) {
            const expected = [...t.matchAll(whole)].filter((m) => m[0].length > 0).map((m) => [m.index, m.index + m[0].length]);
            const got = matchAll(t, [e], cue as Cue, lang).map((h) => [h.start, h.end]);
            // Chunks may find a match that starts inside a longer one the whole scan skipped past; never fewer.
            for (const span of expected) expect(got, e.id).toContainEqual(span);
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
