import { describe, expect, it } from 'vitest';
import type { ReplyContext, RuleId } from '../../../src/lib/scoring/contract.ts';
import { RULE_IDS } from '../../../src/lib/scoring/contract.ts';
import { scoreReply } from '../../../src/lib/scoring/score-reply.ts';
import { assertedVerdicts } from './asserted-verdicts.ts';
import { RULES } from '../../../src/lib/scoring/playbook.ts';
import { corpusFiles, readCorpusFile } from '../../../src/cli/corpus-files.ts';

const ctx = (text: string, extra: Partial<ReplyContext> = {}): ReplyContext => ({
  lang: 'en',
  persona: 'angry',
  channel: 'public',
  text,
  ...extra,
});
const asserted = assertedVerdicts(import.meta.url);
/** A verdict this file asserts (kept as data for training, see asserted-verdicts.ts). */
const verdict = (rule: RuleId, text: string, extra: Partial<ReplyContext> = {}) => asserted(ctx(text, extra), rule);
const finding = (rule: RuleId, text: string, extra: Partial<ReplyContext> = {}) => {
  const f = scoreReply(ctx(text, extra)).findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`no finding for ${rule}`);
  return { ...f, quote: f.start === null ? null : text.slice(f.start, f.end ?? undefined) };
};

describe('scoreReply', () => {
  it('gives a verdict for every rule and a finding for every pass and fail', () => {
    const r = scoreReply(ctx("I'm sorry the cake was late. DM me and I'll refund you today. — Mei", { elapsedMinutes: 10 }));
    expect(Object.keys(r.rules).sort()).toEqual([...RULE_IDS].sort());
    const decided = RULE_IDS.filter((id) => r.rules[id] !== 'n/a');
    expect(r.findings.map((f) => f.rule).sort()).toEqual([...decided].sort());
    for (const f of r.findings) {
      expect(f.message.length).toBeGreaterThan(0);
      expect((f.start === null) === (f.end === null)).toBe(true);
    }
  });

  it('judges every rule but respond-fast the same whenever the reply is posted, learned reading included', () => {
    // Authored options are graded once, at build time, and only respond-fast again at play time.
    const replies = corpusFiles()
      .flatMap((f) => readCorpusFile(f).items)
      .filter((_, i) => i % 7 === 0)
      .map((i) => i.context);
    expect(replies.length).toBeGreaterThan(2000);
    const without = (r: ReturnType<typeof scoreReply>) => ({
      rules: { ...r.rules, 'respond-fast': undefined },
      findings: r.findings.filter((f) => f.rule !== 'respond-fast'),
    });
    for (const c of replies) {
      const soon = scoreReply({ ...c, elapsedMinutes: 1, targetMinutes: 60 });
      const late = scoreReply({ ...c, elapsedMinutes: 600, targetMinutes: 60 });
      expect(without(late), c.text).toEqual(without(soon));
    }
  }, 60_000);

  it('scores the weighted share of applicable rules and 100 when none applies', () => {
    expect(scoreReply(ctx('', { persona: 'vague-rude' })).score).toBe(100);
    const bad = scoreReply(ctx('Ok.'));
    let total = 0;
    let earned = 0;
    for (const rule of RULES) {
      const v = bad.rules[rule.id];
      if (v === 'n/a') continue;
      total += rule.weight;
      if (v === 'pass') earned += rule.weight;
    }
    expect(bad.score).toBe(Math.round((100 * earned) / total));
    expect(bad.score).toBeLessThan(70);
    const good = scoreReply(ctx("I'm so sorry the cake was late, thanks for telling us. DM me and I'll refund you today. — Mei"));
    expect(good.score).toBe(100);
  });

  it('writes finding messages in the UI language', () => {
    const en = scoreReply(ctx('Ok.')).findings.find((f) => f.rule === 'empathy');
    const ja = scoreReply(ctx('Ok.'), { uiLang: 'ja' }).findings.find((f) => f.rule === 'empathy');
    const zh = scoreReply(ctx('Ok.'), { uiLang: 'zh-TW' }).findings.find((f) => f.rule === 'empathy');
    expect(en?.message).toMatch(/acknowledges/);
    expect(ja?.message).toMatch(/[ぁ-ん]/);
    expect(zh?.message).toMatch(/顧客/);
  });

  it('starts evidence at its first word, not at the space or full stop before it', () => {
    for (const [lang, text, sig] of [
      ['zh-TW', '讓您久等了,真的很抱歉。我會追蹤到送達。— 小美', '— 小美'],
      ['en', 'Sorry about that. I will check today. — Mei', '— Mei'],
    ] as const) {
      const f = scoreReply({ lang, persona: 'angry', channel: 'public', text }).findings.find((x) => x.rule === 'personal-touch')!;
      expect(text.slice(f.start!, f.end!)).toBe(sig);
    }
  });

  it('reports findings in reply order, missing evidence last', () => {
    const r = scoreReply(ctx('Thanks for telling us. So sorry about that, I will check the order today.'));
    const starts = r.findings.map((f) => f.start);
    const firstNull = starts.indexOf(null);
    const located = (firstNull < 0 ? starts : starts.slice(0, firstNull)) as number[];
    expect(located).toEqual([...located].sort((a, b) => a - b));
    if (firstNull >= 0) expect(starts.slice(firstNull).every((s) => s === null)).toBe(true);
  });
});

describe('engage-wisely', () => {
  it('passes silence to a vague insult and fails silence to a real complaint', () => {
    expect(verdict('engage-wisely', '', { persona: 'vague-rude' })).toBe('pass');
    expect(verdict('engage-wisely', '', { persona: 'angry' })).toBe('fail');
    expect(verdict('engage-wisely', '', { persona: 'joking' })).toBe('fail');
  });
  it('passes a neutral invitation and fails a retort to a vague insult', () => {
    expect(verdict('engage-wisely', "Sorry to hear that. What went wrong? We'd like to help.", { persona: 'vague-rude' })).toBe('pass');
    expect(verdict('engage-wisely', "If you don't like it, shop elsewhere.", { persona: 'vague-rude' })).toBe('fail');
  });
});

describe('empathy', () => {
  it('counts a real apology or acknowledgement', () => {
    expect(verdict('empathy', "I'm so sorry your parcel arrived soaked.")).toBe('pass');
    expect(verdict('empathy', 'That must have been so frustrating.')).toBe('pass');
  });
  it('does not count conditional or "you feel" apologies', () => {
    expect(verdict('empathy', 'Sorry if you were upset.')).toBe('fail');
    expect(verdict('empathy', "We're sorry you feel that way.")).toBe('fail');
    expect(finding('empathy', 'Sorry if you were upset.').message).toMatch(/conditional/);
  });
  it('does not count a sarcastic apology', () => {
    expect(verdict('empathy', "So sorry our cake wasn't good enough for your highness.")).toBe('fail');
  });
  it('does not count a negated apology', () => {
    expect(verdict('empathy', "We are not sorry for following the rules.")).toBe('fail');
  });
  it('is n/a for joking and vague-rude customers', () => {
    expect(verdict('empathy', 'Haha fair!', { persona: 'joking' })).toBe('n/a');
  });
});

describe('no-arguing', () => {
  it('fails contradiction and rebuttal even after thanks', () => {
    expect(verdict('no-arguing', "That's simply not true.")).toBe('fail');
    expect(verdict('no-arguing', "Thanks, but you're mistaken.")).toBe('fail');
    expect(verdict('no-arguing', 'As stated in the contract you signed, fees apply.')).toBe('fail');
  });
  it('passes a plain policy statement and a clarification opened with thanks', () => {
    expect(verdict('no-arguing', 'Thanks for flagging this, let us explain how the fee works: it covers insulated packaging.')).toBe('pass');
    expect(verdict('no-arguing', 'Our terms are published on the returns page.')).toBe('pass');
  });
});

describe('calm-tone', () => {
  it('fails shouting in capitals and exclamation runs, half- or full-width', () => {
    expect(finding('calm-tone', 'We did NOT lose your parcel.').quote).toBe('NOT');
    expect(verdict('calm-tone', 'Please wait!!!')).toBe('fail');
    expect(verdict('calm-tone', 'Please wait！！！')).toBe('fail');
  });
  it('does not treat abbreviations as shouting', () => {
    expect(verdict('calm-tone', 'Please DM us; the DHL tracking and CCTV are being checked.')).toBe('pass');
  });
  it('fails insults, sarcasm and threats', () => {
    expect(verdict('calm-tone', "You're being ridiculous.")).toBe('fail');
    expect(verdict('calm-tone', 'Good luck with that.')).toBe('fail');
    expect(verdict('calm-tone', 'We will take legal action.')).toBe('fail');
  });
  it('lets laughter with a joking customer pass', () => {
    expect(verdict('calm-tone', 'lol you got us 😂', { persona: 'joking' })).toBe('pass');
  });
});

describe('no-blame-shifting', () => {
  it('fails passive-voice blame and blaming the customer', () => {
    expect(finding('no-blame-shifting', 'The parcel was lost by the courier.').quote).toBe('lost by the courier');
    expect(verdict('no-blame-shifting', 'You must have dropped it.')).toBe('fail');
    expect(verdict('no-blame-shifting', 'Due to a system error your booking was cancelled.')).toBe('fail');
  });
  it('passes ownership and following up with a partner', () => {
    expect(verdict('no-blame-shifting', "That's on us. We'll follow up with our courier today.")).toBe('pass');
  });
});

describe('under-promise', () => {
  it('fails guarantees of outcomes and times', () => {
    expect(verdict('under-promise', 'It will be fixed within the hour.')).toBe('fail');
    expect(verdict('under-promise', 'This will never happen again.')).toBe('fail');
    expect(verdict('under-promise', "We'll have it delivered by Friday, guaranteed.")).toBe('fail');
  });
  it('passes a negated or hedged guarantee followed by an effort promise', () => {
    expect(verdict('under-promise', "I can't guarantee it'll arrive Friday, but I'll check with the warehouse.")).toBe('pass');
    expect(verdict('under-promise', "I can't promise it will be fixed today, but I'll update you by 5 pm.")).toBe('pass');
  });
  it('passes a reply that promises nothing', () => {
    expect(verdict('under-promise', 'Thanks for the photo.')).toBe('pass');
  });
  it('fails a frontline promise of what only management can grant when escalation is needed', () => {
    expect(verdict('under-promise', "We'll pay all your medical bills.", { needsEscalation: true })).toBe('fail');
  });
});

describe('concrete-next-step', () => {
  it('passes a remedy or a check with a time', () => {
    expect(verdict('concrete-next-step', "I'll send a replacement today.")).toBe('pass');
    expect(verdict('concrete-next-step', "I'll check the tracking with the courier and DM you by 5 pm.")).toBe('pass');
  });
  it('fails platitudes and a bare invitation to DM', () => {
    expect(finding('concrete-next-step', 'We value your feedback.').message).toMatch(/platitude/i);
    expect(verdict('concrete-next-step', 'Please DM us.')).toBe('fail');
  });
});

describe('two-alternatives', () => {
  it('needs an apology and two options when the request cannot be granted', () => {
    const text = "Sorry, we can't refund a sale item. I can offer a replacement, or a repair visit.";
    expect(verdict('two-alternatives', text, { canGrant: false })).toBe('pass');
    expect(verdict('two-alternatives', "We can't refund a sale item. I can offer a replacement, or a repair visit.", { canGrant: false })).toBe('fail');
    expect(verdict('two-alternatives', "Sorry, we can't refund sale items.", { canGrant: false })).toBe('fail');
    expect(verdict('two-alternatives', "Sorry, we can't refund sale items.")).toBe('n/a');
  });
});

describe('take-private', () => {
  it('passes an invitation to DM, e-mail or phone', () => {
    expect(verdict('take-private', 'Could you DM us your order number?')).toBe('pass');
    expect(verdict('take-private', "I'll call you this afternoon.")).toBe('pass');
  });
  it('fails an in-store invitation and silence to an angry customer', () => {
    expect(finding('take-private', "Tell us next time you're in the store.").message).toMatch(/store/);
    expect(verdict('take-private', '')).toBe('fail');
  });
  it('is n/a in private and for calm, non-sensitive customers', () => {
    expect(verdict('take-private', 'Thanks!', { channel: 'private' })).toBe('n/a');
    expect(verdict('take-private', 'Thanks!', { persona: 'neutral' })).toBe('n/a');
    expect(verdict('take-private', 'Thanks!', { persona: 'neutral', sensitive: true })).toBe('fail');
  });
});

describe('protect-privacy', () => {
  it('fails asking for data in public and revealing it', () => {
    expect(verdict('protect-privacy', 'Please reply with your order number and address.')).toBe('fail');
    expect(verdict('protect-privacy', 'Your order #558120 was delivered on Tuesday.')).toBe('fail');
    expect(verdict('protect-privacy', 'We found your account (jane.doe@example.com).')).toBe('fail');
  });
  it('passes asking for data by DM and the company\'s own contact address', () => {
    expect(verdict('protect-privacy', 'Please DM us your order number.')).toBe('pass');
    expect(verdict('protect-privacy', "Please don't post your order number here.")).toBe('pass');
    expect(verdict('protect-privacy', 'Email us at care@example.com.')).toBe('pass');
  });
});

describe('no-review-incentive', () => {
  it('fails a benefit tied to changing the review', () => {
    expect(verdict('no-review-incentive', "We'll refund you if you take the review down.")).toBe('fail');
    expect(verdict('no-review-incentive', 'Update your review to 5 stars and we will send a voucher.')).toBe('fail');
  });
  it('passes compensation and a request to update after resolution', () => {
    expect(verdict('no-review-incentive', "We've refunded you. Once it's resolved, we'd be grateful if you updated your review.")).toBe('pass');
  });
});

describe('facts-not-accusations', () => {
  const m = { persona: 'malicious' as const };
  it('passes calm facts and an offer to check privately', () => {
    expect(verdict('facts-not-accusations', 'Our dispatch video shows the box sealed; please DM us so we can check together.', m)).toBe('pass');
  });
  it('fails accusations, threats and grovelling', () => {
    expect(verdict('facts-not-accusations', 'This is a fake review from a competitor.', m)).toBe('fail');
    expect(verdict('facts-not-accusations', 'Our lawyers will be in touch.', m)).toBe('fail');
    expect(verdict('facts-not-accusations', "It's entirely our fault, we're terrible.", m)).toBe('fail');
  });
});

describe('join-the-joke', () => {
  const j = { persona: 'joking' as const };
  it('passes playing along and fails stiff or mocking replies', () => {
    expect(verdict('join-the-joke', 'Haha, you got us 😄', j)).toBe('pass');
    expect(verdict('join-the-joke', 'As per our terms, images are for illustration only.', j)).toBe('fail');
    expect(verdict('join-the-joke', 'Nice try, maybe learn to cook.', j)).toBe('fail');
  });
});

describe('thank-the-customer', () => {
  it('counts thanks for the report and not filler thanks', () => {
    expect(verdict('thank-the-customer', 'Thanks for letting us know.')).toBe('pass');
    expect(verdict('thank-the-customer', 'Thank you for choosing us.')).toBe('fail');
    expect(verdict('thank-the-customer', 'We value your feedback.')).toBe('fail');
  });
});

describe('personal-touch', () => {
  it('passes a signature, initials or a first-person voice', () => {
    expect(finding('personal-touch', 'Sorry about that. — Mei').quote).toContain('Mei');
    expect(finding('personal-touch', 'Sorry about that. ^AL').quote).toBe('^AL');
    expect(verdict('personal-touch', "I'll look into it.")).toBe('pass');
  });
  it('fails the company voice and canned templates', () => {
    expect(verdict('personal-touch', 'We will look into it. — The Team')).toBe('fail');
    expect(verdict('personal-touch', 'Dear valued customer, your feedback is important to us.')).toBe('fail');
  });
});

describe('escalate', () => {
  const e = { needsEscalation: true };
  it('needs a hand-off and when the customer hears back', () => {
    expect(verdict('escalate', "I've passed this to our legal team, who will contact you within 24 hours.", e)).toBe('pass');
    expect(finding('escalate', "I've passed this to our legal team.", e).message).toMatch(/when/);
    expect(verdict('escalate', "We'll sort it out ourselves.", e)).toBe('fail');
  });
});

describe('three-c', () => {
  it('needs concern, clarification and a course of action', () => {
    const full =
      "We're deeply sorry to everyone affected. Here's what we know: a power failure took payments offline. We have restored service and will post the next update at 10 am.";
    expect(verdict('three-c', full, { crisis: true })).toBe('pass');
    const f = finding('three-c', "We're deeply sorry to everyone affected.", { crisis: true });
    expect(f.verdict).toBe('fail');
    expect(f.message).toMatch(/Clarify/);
  });
});

describe('respond-fast', () => {
  it('compares elapsed and target minutes', () => {
    expect(verdict('respond-fast', 'Sorry!', { elapsedMinutes: 60 })).toBe('pass');
    expect(verdict('respond-fast', 'Sorry!', { elapsedMinutes: 61 })).toBe('fail');
    expect(verdict('respond-fast', 'Sorry!', { elapsedMinutes: 20, targetMinutes: 15 })).toBe('fail');
    expect(verdict('respond-fast', 'Sorry!')).toBe('n/a');
  });
  it('fails silence where a reply is needed and is n/a for silence to a vague insult', () => {
    expect(verdict('respond-fast', '', { elapsedMinutes: 5 })).toBe('fail');
    expect(verdict('respond-fast', '', { persona: 'vague-rude', elapsedMinutes: 500 })).toBe('n/a');
  });
});

describe('mixed languages', () => {
  it('reads an English reply that mixes in Chinese, and full-width punctuation', () => {
    expect(verdict('calm-tone', 'Sorry 真係唔好意思！！！')).toBe('fail');
    expect(verdict('empathy', 'Sorry 真係唔好意思 about the dumplings.')).toBe('pass');
  });
});

describe('what a reply offers: not what it trades for the review, nor a check that only rebuts', () => {
  it.each([
    ['zh-TW', '很抱歉，房價差額無法退還；我會請房務部確認分配紀錄。若您願意修改評論，我們可以招待您免費升等一次。'],
    ['en', "Sorry, we can't refund the difference. If you change your review to five stars, we'll give you a free upgrade or a voucher."],
  ] as const)('%s: a benefit traded for the review is not one of two alternatives', (lang, text) => {
    expect(verdict('two-alternatives', text, { lang, canGrant: false })).toBe('fail');
  });

  it.each([
    ['ja', '状況を確認したいため、口コミを削除していただけましたら返金いたします。'],
    ['en', "To look into it, we'll refund you once you take the review down."],
  ] as const)('%s: a check given as the reason for the trade is not a next step', (lang, text) => {
    expect(verdict('concrete-next-step', text, { lang })).toBe('fail');
  });

  it.each([
    ['ja', '確認したところ、お客様のお手続きはお申込み期限を過ぎておりました。'],
    ['ja', '確認したところ、こちらの入力ミスでした。すぐに修正いたします。', 'pass'],
    ["en", "We checked the tracking, and you must have entered the wrong address."],
    ["en", "I checked the booking and you should have read the terms."],
    ['en', "It's simple for most people, but we'll walk you through the set-up.", 'pass'],
  ] as const)('%s: a check that only rebuts the customer offers nothing; an owned one does: %s', (lang, text, expected: 'pass' | 'fail' = 'fail') => {
    expect(verdict('concrete-next-step', text, { lang })).toBe(expected);
  });
});

describe('hand-offs in a threat, blame in a joke, a benefit given before the ask', () => {
  it('a hand-off that is part of a threat is neither a next step nor an escalation', () => {
    const threat = 'Our legal team has been informed and will take action if this post is not removed.';
    expect(verdict('concrete-next-step', threat, { persona: 'malicious' })).toBe('fail');
    expect(verdict('escalate', threat, { persona: 'malicious', needsEscalation: true })).toBe('fail');
    expect(verdict('concrete-next-step', 'Our legal team will contact you by Friday about the claim.', { persona: 'angry' })).toBe('pass');
  });

  it('blaming a partner while laughing along fails blame-shifting, not the joke', () => {
    const text = 'Haha, our courier clearly wanted a day out 😅 The delay was down to them, sorry! Your parcel is back on the van today. — Sam';
    expect(verdict('join-the-joke', text, { persona: 'joking' })).toBe('pass');
    expect(verdict('no-blame-shifting', text, { persona: 'joking' })).toBe('fail');
  });

  it('a benefit given in its own sentence is still a remedy, though asking for the review after it fails the incentive rule', () => {
    const given = "I've added £50 credit to your account. Could you delete the review now?";
    expect(verdict('concrete-next-step', given)).toBe('pass');
    expect(verdict('no-review-incentive', given)).toBe('fail');
    const traded = "I'll add £50 credit to your account if you delete the review.";
    expect(verdict('concrete-next-step', traded)).toBe('fail');
    expect(verdict('no-review-incentive', traded)).toBe('fail');
  });
});

describe('a remedy stated before an unconditional plea about the review is still given', () => {
  it.each([
    ['zh-TW', '我們會全額退款給您，也懇請您刪除這則貼文。', 'pass'],
    ['zh-TW', '已經幫您退款了，也請您把一星評論撤下來好嗎？', 'pass'],
    ['zh-TW', '只要您刪除這則貼文，我們就全額退款。', 'fail'],
    ['en', "We've refunded your order in full, and we'd ask you to take the review down.", 'pass'],
    ['en', "We'll refund you in full if you take the review down.", 'fail'],
  ] as const)('%s: %s', (lang, text, step) => {
    expect(verdict('concrete-next-step', text, { lang })).toBe(step);
    expect(verdict('no-review-incentive', text, { lang })).toBe('fail');
  });
});

describe('protect-privacy: a public or company line is not personal data', () => {
  it.each([
    ['en', 'If you smell gas, leave the house and call the National Gas Emergency line on 0800 111 999 straight away.', 'pass'],
    ['en', "Please call our helpline on 0800 123 456 and we'll sort it.", 'pass'],
    ['zh-TW', '如有需要，請撥打客服專線 0800-123-456，我們會協助您。', 'pass'],
    ['ja', 'お手数ですが、フリーダイヤル 0120-123-456 までお電話ください。', 'pass'],
    ['en', 'Is your number 07700 900123? I tried to ring you.', 'fail'],
    ['en', "I've noted your mobile, 07700 900123, on the file.", 'fail'],
    ['zh-TW', '您登記的手機 0912-345-678 我們已經更新了。', 'fail'],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(verdict('protect-privacy', text, { lang })).toBe(expected);
  });
});
