import { describe, expect, it } from 'vitest';
import type { ReplyContext, RuleId, Verdict } from '../../../src/lib/scoring/contract.ts';
import { scoreReply } from '../../../src/lib/scoring/score-reply.ts';
import { assertedVerdicts } from './asserted-verdicts.ts';

/**
 * The English pack on wordings that are not in its corpora: each case names
 * the idea of a rule (a rebuttal, a named partner blamed, a guarantee…), so a
 * new phrasing of the same idea is graded the same way.
 */
const asserted = assertedVerdicts(import.meta.url);
/** A verdict this file asserts (kept as data for training, see asserted-verdicts.ts). */
const verdict = (rule: RuleId, text: string, extra: Partial<ReplyContext> = {}): Verdict =>
  asserted({ lang: 'en', persona: 'angry', channel: 'public', text, ...extra }, rule);

/** The verdict of the cue tables alone, without the learned reading (not kept as data). */
const tablesVerdict = (rule: RuleId, text: string): Verdict => scoreReply({ lang: 'en', persona: 'angry', channel: 'public', text }, { secondOpinion: false }).rules[rule];

const cases = (rule: RuleId, expected: Verdict, texts: string[], extra: Partial<ReplyContext> = {}): void => {
  for (const text of texts) expect(verdict(rule, text, extra), text).toBe(expected);
};

/** A case of a table: the rule, the verdict it must give, the reply, and what else its context says. */
type Case = [RuleId, Verdict, string, Partial<ReplyContext>?];

/** One test per case of a table, named by its rule, verdict and reply. */
const eachCase = (table: Case[]): void => {
  it.each(table)('%s is %s: %s', (rule, expected, text, extra) => {
    expect(verdict(rule, text, extra)).toBe(expected);
  });
};

describe('no-arguing: rebuttals and defences', () => {
  it('fails policy rebuttals, minimising and "are you sure"', () => {
    cases('no-arguing', 'fail', [
      'As stated in our returns policy, opened items cannot come back.',
      'You did have the option to add insurance when you booked.',
      'The surcharge is clearly displayed on the menu, so nothing is hidden.',
      'Are you sure the door was locked when you left?',
      "We're confident that our staff followed the procedure.",
      'Just to clarify, the warranty has always been twelve months.',
      "It's just a small dent.",
      "If you'd checked the size guide this wouldn't have happened.",
    ]);
  });

  it('passes a plain policy statement and a thank-you clarification', () => {
    cases('no-arguing', 'pass', [
      'Thanks for asking: opened items can be exchanged within 30 days. — Ana',
      "Thanks for flagging this, Ana. Our returns window is 30 days, and I'll check whether yours qualifies. — Bo",
    ]);
  });
});

describe('engage-wisely: a vague-rude post answered with defence', () => {
  it('fails defending the staff or lecturing the poster', () => {
    cases('engage-wisely', 'fail', [
      'Our drivers work incredibly hard and do not deserve that.',
      'That is a bit harsh, our kitchen is doing its best.',
      "If you can't explain the problem, we can't do anything for you.",
    ], { persona: 'vague-rude' });
  });

  it('passes a short neutral invitation', () => {
    cases('engage-wisely', 'pass', ["Sorry to hear that. What went wrong? I'd like to help. — Kai"], { persona: 'vague-rude' });
  });
});

describe('no-blame-shifting: partners, named or not', () => {
  it('fails pinning the harm on a partner', () => {
    cases('no-blame-shifting', 'fail', [
      'Sorry! Parcels are handled by QuickShip, so please contact them directly.',
      'QuickShip damaged it in transit, so unfortunately it is out of our hands.',
      'The promoter sets those fees, not us.',
      'Sorry, the barista at that branch got it wrong.',
      "We're not responsible for delays at the depot.",
      "It's up to FastFreight once the parcel leaves us.",
    ]);
  });

  it('passes owning the fault or following up with the partner', () => {
    cases('no-blame-shifting', 'pass', [
      "That's on us: we packed the wrong size. I'll send the right one today. — Jo",
      "I'll chase this with our courier today and update you by 5 pm. — Jo",
      "I'm sorry the app crashed during checkout; we're fixing it now. — Jo",
    ]);
  });

  it('passes the company getting in touch with the partner itself, or asking someone to get in touch with us', () => {
    cases('no-blame-shifting', 'pass', [
      "Sorry it was missing. I'll pass this to the catering crew and ask them what happened to the rest. — Jo",
      'If your neighbour bought from us, please ask them to DM us and our manager will reply within 48 hours. — Jo',
    ]);
    cases('no-blame-shifting', 'fail', ['Sorry! The courier lost it, so you will need to chase them directly. — Jo']);
    // The cue tables no longer read the company's own wish to talk to a guest as a hand-back (the learned reading may still weigh the words).
    expect(tablesVerdict('no-blame-shifting', "If you stayed with us, I'd like to check the room records and speak to them directly. — Jo")).toBe('pass');
  });
});

describe('under-promise: guarantees in other words', () => {
  it('fails promises of an outcome', () => {
    cases('under-promise', 'fail', [
      "You'll have it by Monday no matter what. — Li",
      'The new part will be absolutely fine, I promise! — Li',
      "It's definitely on the van today. — Li",
      "I'll make sure the engineer is there by noon. — Li",
      'Every dish on the menu is 100% nut-free. — Li',
    ]);
  });

  it('passes effort and honest estimates', () => {
    cases('under-promise', 'pass', [
      "I'll chase it today and update you by 5 pm, though I can't promise the courier's timing. — Li",
      'It should arrive within two working days. — Li',
    ]);
  });

  it('fails a guarantee word before what will happen, whoever it happens to', () => {
    cases('under-promise', 'fail', [
      'Sorry for the outage. Repairs are underway and we guarantee supplies will be fully back by 6pm today. — Li',
      'I can promise you no one will ever be able to get into your account. — Li',
      'I promise every box from now on will arrive ice cold. — Li',
      'I can promise you a full refund and a written apology by tomorrow. — Li',
      "I'll send a booster out — guaranteed full bars in every room by the weekend. — Li",
      "Drop it in before 10am and we'll have it back to you by 5pm, 100%, whatever the issue. — Li",
    ]);
  });

  it('passes a promise of effort, and a guarantee that is a standing fact', () => {
    cases('under-promise', 'pass', [
      "I promise we'll look into it and get back to you by Friday. — Li",
      'I promise you we will check the batch records today. — Li',
      'Our eggs are all free range and we guarantee that on every box. — Li',
    ]);
  });
});

describe('join-the-joke', () => {
  const joking = { persona: 'joking' as const };
  it('passes a reply that plays along, emoji or not', () => {
    cases('join-the-joke', 'pass', [
      'The toaster has been spoken to and is reflecting on its choices 🍞 — Mo',
      'Thanks for the laugh! Our bagel is clearly on a world tour. — Mo',
    ], joking);
  });

  it('fails a sales pitch after a laugh, a stiff reply and a joke at the customer', () => {
    cases('join-the-joke', 'fail', [
      'Haha! While you are here, our family meal deal is on offer this week.',
      'Please be advised that portion sizes are listed on our website.',
      'Bold words from someone who orders the same thing every day 😂',
    ], joking);
  });
});

describe('protect-privacy', () => {
  it('fails asking for or revealing personal data in public', () => {
    cases('protect-privacy', 'fail', [
      'Pop your postcode below and we will check. — Sam',
      'We need the booking reference to find it. — Sam',
      "I can see you're on our Family plan. — Sam",
      'I found booking BK-55120 and refunded it to your Mastercard ending 9921. — Sam',
      'Reply here with your order number or DM us. — Sam',
      'Drop your number below and we will call you back. — Sam',
    ]);
  });

  it('passes a request made through a private channel', () => {
    cases('protect-privacy', 'pass', ['Could you DM us your order number? — Sam', 'Please send us your postcode by DM. — Sam']);
  });
});

describe('escalate: a named manager and a time', () => {
  const ctx = { needsEscalation: true };
  it('passes a hand-off to a named person in a role, with when', () => {
    cases('escalate', 'pass', [
      "I've passed this to Maria Lopez, our quality manager; she'll call you by noon tomorrow. — Tom",
      'The decision sits with Maria, the general manager, who will phone you before 6 pm today. — Tom',
      "I've asked our duty manager to call you this afternoon. — Tom",
    ], ctx);
  });

  it('fails a hand-off with no time and a frontline promise', () => {
    cases('escalate', 'fail', ["I've passed this to our legal team. — Tom", "I'll refund the entire holiday myself. — Tom"], ctx);
  });
});

describe('concrete-next-step', () => {
  it('passes answers and specific steps', () => {
    cases('concrete-next-step', 'pass', [
      'Thanks for asking! Our weekend hours are 8 to 4. — Jo',
      "I've cancelled the duplicate payment and it will drop off your statement in 3 days. — Jo",
      'A fresh loaf is on its way to you now. — Jo',
      "We'd like to look into this properly. Could you DM us? — Jo",
    ], { persona: 'neutral' });
  });

  it('fails a platitude or a private invitation alone', () => {
    cases('concrete-next-step', 'fail', ['Your feedback has been passed on to the relevant team.', 'We will look into it. — Jo', 'Please DM us. — Jo'], { persona: 'neutral' });
  });
});

describe('no-review-incentive', () => {
  it('fails a reward tied to the review, even in the next sentence', () => {
    cases('no-review-incentive', 'fail', [
      "Would you consider changing your rating? We'll add a free month as a thank-you. — Jo",
      'Customers who update their reviews get a free drink. — Jo',
    ]);
  });

  it('passes compensation that is not tied to the review', () => {
    cases('no-review-incentive', 'pass', ["I've refunded your fee and I'll update you on your complaint by Friday. — Jo"]);
  });
});

describe('calm-tone', () => {
  it('fails sarcasm and dismissive commands', () => {
    cases('calm-tone', 'fail', ['Cool story.', 'Yeah right.', "Thanks for the 'feedback', as always.", 'Calm yourself.', 'Not exactly the end of the world.']);
  });
});

describe('three-c', () => {
  it('passes concern, what happened and what is being done', () => {
    cases('three-c', 'pass', [
      "We're sorry to everyone affected. About 400 orders from Tuesday were packed without ice packs. We're refunding each one and will email every affected customer today. — Tara",
    ], { crisis: true });
  });

  it('fails a holding statement', () => {
    cases('three-c', 'fail', ["We're aware of the issue and are looking into it."], { crisis: true });
  });
});

describe('calm-tone: sarcasm dressed as politeness', () => {
  it('fails mock praise, passive-aggressive repetition and belittling', () => {
    cases('calm-tone', 'fail', [
      'Wow, what a thoughtful and detailed review. Truly, thank you for your valuable contribution.',
      'Hi Dan, as we have said several times already, the sale ends Sunday at midnight.',
      "Bless you for trying. The instructions are pretty simple for most people.",
      'Thank you SO much for letting the whole internet know. Really helpful.',
      'Bit rich coming from someone who buys single grapes 😂',
      "We're sure our \"amateurs\" will be thrilled to hear it.",
    ]);
  });

  it('passes abbreviations written in capitals', () => {
    cases('calm-tone', 'pass', ['You could pay by CHAPS in branch today. — Aisha', 'Log in to My Vortel > SIM > PUK to find the code.'], { persona: 'neutral' });
  });
});

describe('no-arguing: defending with ratings and playing it down', () => {
  it('fails social proof, "exactly as described" and minimising', () => {
    cases('no-arguing', 'fail', [
      "We're rated 4.7 on Google and our members love the classes.",
      'The photos clearly show the true size, so the product is exactly as described.',
      "Honestly, we're only human. Mistakes happen, and it's one missing sauce.",
      "40 minutes on a Friday night is actually normal for us, and most diners don't mind.",
      'Our driver\'s log shows he rang twice at 8:14, so the parcel was never left unattended.',
    ]);
  });
});

describe('concrete-next-step: anything specific', () => {
  it('passes answers with specifics, how-tos and checks with an object', () => {
    cases(
      'concrete-next-step',
      'pass',
      [
        'Hi Tom, the Oak desk is 120 x 60 cm and takes two people about 40 minutes to build. — Nell',
        'Call 150 from another phone or log in to My Vortel > SIM > PUK.',
        'Yes: there are 6 vegan mains, marked with a green leaf on the menu.',
        "Hi Aaron, I've looked at your policy: your premium rose because your car moved into a higher theft group.",
        "Sorry! We'll check the duplicate transfer and reverse it if it's confirmed.",
        'Our loyalty points expire after 12 months without a purchase.',
      ],
      { persona: 'neutral' },
    );
  });

  it('fails a bare yes, a caveat about waiting and an invitation alone', () => {
    cases(
      'concrete-next-step',
      'fail',
      ["Yes, there's a recall. Details soon.", 'Please allow up to 15 business days; tracking updates can take 24–48 hours to appear.', "Sorry for the wait, Raj. Please DM us and we'll help."],
      { persona: 'neutral' },
    );
  });
});

describe('protect-privacy: linking accounts and revealing details', () => {
  it('fails linking the poster to another account and revealing delivery or billing details', () => {
    cases(
      'protect-privacy',
      'fail',
      [
        'Aren\'t you the same guy who posted this on Reddit as u/flatpackfred last week?',
        'This account also reviews us as @gemma_k on Instagram every week.',
        'The footage for your parcel shows it handed over at your front door at 14:02 on 3 June.',
        'I can see your account has been with us since 2019 and your last bill was £42.50.',
        'Your bank, Monzo, held the first payment.',
      ],
      { persona: 'malicious' },
    );
  });

  it('passes a request for details made through a private channel', () => {
    cases('protect-privacy', 'pass', ['Please DM us your full name and postcode and I will unlock your account today. — Pia']);
  });
});

describe('take-private and escalate', () => {
  it('"in line with our policy" is not the LINE app; a hyphenated team is a hand-off', () => {
    expect(verdict('take-private', 'Refunds are processed within 30 days in line with our refund policy.')).toBe('fail');
    expect(
      verdict('escalate', "I'm passing it to our product-safety team, and one of our pharmacists will contact you within 24 hours.", { needsEscalation: true }),
    ).toBe('pass');
  });
});

/**
 * New phrasings of ideas the pack has to generalise (each row a rule, the verdict and a reply
 * written for this table, not taken from any corpus): corrections opened with "Actually,",
 * rebuttals citing the terms, condescension, blame on the customer's own kit, company
 * contact addresses as a private channel, dates as times, review trades stated outright…
 */
const VARIANTS: Case[] = [
  ['no-arguing', 'fail', 'Actually, every table is sanitised after each sitting, so the sticky menu did not come from us.'],
  ['no-arguing', 'fail', 'The app runs perfectly on our side, so have a look at your settings.'],
  ['no-arguing', 'fail', 'As the booking confirmation clearly states, deposits are non-refundable.'],
  ['no-arguing', 'fail', 'Parking is limited, which we did explain when you booked. — Lou'],
  ['no-arguing', 'fail', 'Most owners find the app easy to pair within a minute or two.'],
  ['no-arguing', 'fail', 'Our buses ran with 97% punctuality last quarter.', { persona: 'joking' }],
  ['no-arguing', 'fail', 'Every parcel is hand-checked before it leaves the warehouse.', { persona: 'vague-rude' }],
  ['no-arguing', 'fail', "That's a complete lie and you know it.", { persona: 'malicious' }],
  ['no-arguing', 'fail', 'We are puzzled, given our glowing reviews on every platform.', { persona: 'vague-rude' }],
  ['no-arguing', 'fail', 'The only joke here is people who post without reading the FAQ.', { persona: 'vague-rude' }],
  ['no-arguing', 'pass', "Thank you for staying with us and for the candid review. I'm sorry the lift was out; I've asked maintenance to check it today. — Ola", { persona: 'neutral' }],
  ['calm-tone', 'fail', 'Perhaps spa weekends just are not for you.', { persona: 'vague-rude' }],
  ['calm-tone', 'fail', 'Maybe the issue is with you, not the headphones.', { persona: 'vague-rude' }],
  ['calm-tone', 'fail', 'Not everyone is cut out for self-assembly furniture.'],
  ['calm-tone', 'fail', 'Sounds like a user error to me 😂 Maybe read the manual next time?', { persona: 'joking' }],
  ['calm-tone', 'fail', 'Perhaps if you ordered a smaller size it would fit 😉', { persona: 'joking' }],
  ['calm-tone', 'fail', 'You were asked to leave for being abusive to our staff.', { persona: 'vague-rude' }],
  ['calm-tone', 'pass', 'Hi Karen, thanks for asking! Yes, the terrace is dog-friendly. – Mo', { persona: 'neutral' }],
  ['no-blame-shifting', 'fail', "Not our fault the council closed the road. Plan ahead."],
  ['no-blame-shifting', 'fail', "It's most likely your router, so please restart it."],
  ['no-blame-shifting', 'fail', 'We offered a replacement, which you turned down.'],
  ['no-blame-shifting', 'fail', 'Sorry, Jo. The store got that wrong and should have swapped it.'],
  ['no-blame-shifting', 'pass', 'Update: a booking system issue is affecting all lanes at the depot this morning. Staff are checking tickets by hand. Next update at 09:45. – Rae', { persona: 'neutral', crisis: true }],
  ['concrete-next-step', 'pass', "I'll look into reinstating your loyalty points and DM you tonight. — Ivy"],
  ['concrete-next-step', 'pass', "Sorry, Kai. I'll chase the depot for your parcel. — Lee"],
  ['concrete-next-step', 'pass', 'So sorry about the cut. Pop in any day this week and the fix is free. — Rue'],
  ['concrete-next-step', 'pass', "Here's what I can do instead: move you to the 7pm class or hold your spot for next week. — Sam"],
  ['concrete-next-step', 'fail', 'Sorry you feel that way. We have a 30-day refund policy.', { persona: 'malicious' }],
  ['concrete-next-step', 'fail', 'You are 100% wrong. Stop making things up to get a free month.', { persona: 'malicious' }],
  ['empathy', 'pass', 'Totally understand wanting to check first. Yes, the cot is free. — Ana', { persona: 'neutral' }],
  ['empathy', 'pass', 'I know a late train is a real pain on a Monday. The 8:10 runs at 8:25 today. — Bo', { persona: 'neutral' }],
  ['take-private', 'pass', 'Sorry about the noise. Happy to talk it through at frontdesk@seaviewinn.co.uk. — Nell'],
  ['take-private', 'pass', "So sorry. If that doesn't help email us at help@printly.io and I'll sort it. — Dee"],
  ['take-private', 'pass', 'So sorry. Our advice line (0800 111 222) is open till 8pm. — Lia'],
  ['protect-privacy', 'pass', 'Sorry about the mix-up. Please email orders@cakebox.co.uk with your order number. — Fi', { sensitive: true }],
  ['protect-privacy', 'fail', 'Sorry, Dan. The reset link went to dan.lee@gmail.com this morning. — Jo', { sensitive: true }],
  ['protect-privacy', 'fail', 'Your profile follows three of their managers, funny that.', { persona: 'malicious' }],
  ['protect-privacy', 'fail', "I'm glad Dr Patel could re-dress the wound on Tuesday. — Em", { persona: 'neutral', sensitive: true }],
  ['no-review-incentive', 'fail', "Sorry, Al. I've added a free coffee to your app. If you could knock that 2-star up when you get a chance, it's yours."],
  ['no-review-incentive', 'fail', 'Haha fair 😂 Bump it up to 5 and the next box is free! – Jen', { persona: 'joking' }],
  ['no-review-incentive', 'fail', "We'll cover the repair; all we ask is that you delete this review once it's fixed. — Tom"],
  ['escalate', 'pass', "I've passed this to our head of compliance, who will write to you by 3 July. — Ros", { needsEscalation: true }],
  ['escalate', 'pass', "Our owner, Dana Hill, is handling this personally and will call you by Friday. — Lu", { needsEscalation: true }],
  ['escalate', 'pass', "I've asked our data protection team to review it; they'll reply within 2 working days. — Ken", { needsEscalation: true }],
  ['facts-not-accusations', 'pass', "I'm sorry. I've asked our fraud prevention team to check the payment and they'll call you within 24 hours. — Ty", { persona: 'malicious' }],
  ['under-promise', 'fail', "We're so sorry and will pay any customer who asks, no questions asked.", { needsEscalation: true, persona: 'malicious' }],
  ['under-promise', 'pass', 'Ha, we promise the oven is not sulking, it just needs a clean 😅 – Vi', { persona: 'joking' }],
  ['two-alternatives', 'pass', "I'm sorry we can't take 14 on Saturday. What we can do: seat you all on Thursday, or on Saturday we could set two tables of 7 side by side. — Ida", { canGrant: false }],
  ['three-c', 'pass', "We're sorry to everyone affected by today's cancellations. The walkout was called by the drivers' union. Replacement buses are running every 20 minutes.", { crisis: true }],
  ['personal-touch', 'pass', 'Thanks for asking, Mo. The gym opens at 6 on bank holidays.\nPriya', { persona: 'neutral' }],
  ['personal-touch', 'pass', 'Sorry again for the delay; a voucher is on its way. ^JD', { customer: '@JetDirect my flight was 5 hours late' }],
  ['personal-touch', 'fail', 'Thanks for the feedback. Service resumes at 6.\nMetro Buses', { persona: 'neutral' }],
  ['no-blame-shifting', 'fail', 'Sorry, your order was late due to our courier partner.'],
  ['no-blame-shifting', 'fail', "Sorry, the price rise was head office's decision."],
  ['no-blame-shifting', 'fail', 'Apologies, the kitchen was completely short-staffed last night.'],
  ['no-blame-shifting', 'fail', 'It was a new trainee who mixed up the orders.'],
  ['no-blame-shifting', 'pass', "Sorry, a new trainee mixed up the orders, but that's on us and I'll refund you today. — Al"],
  ['calm-tone', 'fail', "Resetting the router isn't rocket science."],
  ['calm-tone', 'fail', "It's really not that hard to read a sign."],
  ['calm-tone', 'fail', "No offence, but you're the only one complaining."],
  ['calm-tone', 'fail', "We're sorry you were unable to find the opening hours on our door."],
  ['calm-tone', 'fail', 'Enjoy your cheaper provider then.', { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', 'We pride ourselves on friendly service.', { persona: 'vague-rude' }],
  ['engage-wisely', 'pass', "Sorry to hear that. What went wrong? We'd like to help.", { persona: 'vague-rude' }],
  // Belittling, rhetorical questions, mock interest; every way to say "you are wrong"; blame on anyone but us;
  // certainty about outcomes; identifiers and account history in the thread.
  ['calm-tone', 'fail', "Imagine getting so worked up over a free refill."],
  ['calm-tone', 'fail', "It's a parking space, not a human rights abuse."],
  ['calm-tone', 'fail', "Settle down, it was one late bus."],
  ['calm-tone', 'fail', "Did you even read the instructions, or did you just guess?"],
  ['calm-tone', 'fail', "However did you survive such a long wait."],
  ['calm-tone', 'fail', "We'll need a codebreaker to decipher this message first."],
  ['calm-tone', 'fail', "Thanks for the lecture on how to run a bakery."],
  ['calm-tone', 'fail', "Please read the manual before complaining."],
  ['calm-tone', 'fail', "Consider this a final warning.", { persona: 'malicious' }],
  ['calm-tone', 'fail', "We know how to brew coffee a lot better than the average visitor.", { persona: 'neutral' }],
  ['calm-tone', 'fail', "Perhaps your manners need some work too.", { persona: 'joking' }],
  ['calm-tone', 'pass', "Let's get this sorted for you: I've refunded the delivery fee."],
  ['calm-tone', 'pass', "I'm sorry it arrived late. Most people who order before noon get it the next day, so I'm chasing why yours didn't."],
  ['calm-tone', 'pass', "Good question! The basic plan includes 5 GB of data.", { persona: 'neutral' }],
  ['no-arguing', 'fail', "We would dispute your account of the evening."],
  ['no-arguing', 'fail', "Respectfully, the table was ready at 7."],
  ['no-arguing', 'fail', "You've got the dates mixed up; the sale ended on Friday."],
  ['no-arguing', 'fail', "The fact remains that the box was signed for."],
  ['no-arguing', 'fail', "How could the parcel have been late when it was delivered at 9?"],
  ['no-arguing', 'fail', "The fee was clearly explained to you at booking."],
  ['no-arguing', 'fail', "No member of our staff would ever speak to a guest like that."],
  ['no-arguing', 'fail', "I think you will find the receipt says otherwise."],
  ['no-arguing', 'pass', "You're right, and I'm sorry. I've refunded the fee."],
  ['no-arguing', 'pass', "Thanks for asking — the fee is listed on the booking page, and I can walk you through it by DM.", { persona: 'neutral' }],
  ['no-blame-shifting', 'fail', "That's the warehouse's doing, not ours."],
  ['no-blame-shifting', 'fail', "The delay came from the bank, not from us."],
  ['no-blame-shifting', 'fail', "Honestly, blame the weather this week."],
  ['no-blame-shifting', 'fail', "The lad who served you was still in training, so he charged you twice."],
  ['no-blame-shifting', 'fail', "Sadly these things happen with online orders."],
  ['no-blame-shifting', 'fail', "The lens cracked because it was dropped, so it isn't covered."],
  ['no-blame-shifting', 'fail', "Had you booked the earlier slot, you would have made your train."],
  ['no-blame-shifting', 'fail', "It's an Android bug, nothing to do with us."],
  ['no-blame-shifting', 'fail', "The cancellation wasn't something we could have prevented."],
  ['no-blame-shifting', 'pass', "We chose that supplier, so the stale bread is on us. I'm sorry."],
  ['no-blame-shifting', 'pass', "There was a mix-up on our part, and I'm sorry. A new box goes out today."],
  ['no-blame-shifting', 'pass', "Keeping your data safe is our job, so I've reset the account myself."],
  ['under-promise', 'fail', "I can absolutely promise the parts will be in stock by Monday."],
  ['under-promise', 'fail', "Your claim will definitely be approved this week."],
  ['under-promise', 'fail', "The line will be back on by midnight, no doubt about it."],
  ['under-promise', 'fail', "I'll ensure that we cover all of your hotel costs."],
  ['under-promise', 'fail', "This will not happen to anyone again."],
  ['under-promise', 'fail', "We guarantee you'll enjoy the new blend."],
  ['under-promise', 'pass', "I'll definitely be in touch by Friday with what I find."],
  ['under-promise', 'pass', "We'll certainly be looking into this today."],
  ['under-promise', 'pass', "I can't promise the part will arrive by Monday, but I've chased the supplier."],
  ['protect-privacy', 'fail', "Your Mastercard ending 8812 was charged twice, so we reversed one."],
  ['protect-privacy', 'fail', "Reservation ref QK4R2Z is now moved to Friday."],
  ['protect-privacy', 'fail', "Please post your passport number below so we can check the booking."],
  ['protect-privacy', 'fail', "Hi Sam — or should I say S. Patel from the July complaint?", { persona: 'malicious' }],
  ['protect-privacy', 'fail', "Your card was blocked after three bounced payments."],
  ['protect-privacy', 'fail', "Your medication for asthma is ready at the counter.", { persona: 'neutral' }],
  ['protect-privacy', 'pass', "Could you email care@brightpost.co.uk with your tracking number so we can look?"],
  ['protect-privacy', 'pass', "Please keep your passport details out of the thread and DM us instead."],
  ['engage-wisely', 'fail', "Nope. We are not a scam, we have been trading for twenty years.", { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', "Try putting yourself in our shoes for once.", { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', "Funny, you were happy enough to eat it all.", { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', "Our 8,000 loyal customers would beg to differ.", { persona: 'vague-rude' }],
  ['engage-wisely', 'pass', "Sorry to hear that — what went wrong? We'd like to put it right.", { persona: 'vague-rude' }],
  ['calm-tone', 'pass', "The sign said 'OPEN TILL 10' and we closed early. I'm sorry, that's on us."],
  ['calm-tone', 'fail', "We did NOT lose it. The label says 'fragile'."],
  ['protect-privacy', 'pass', 'Sorry for the wait. Please send your postcode and booking reference via DM and I will check.'],
  ['protect-privacy', 'fail', 'Sorry for the wait. Please reply here with your postcode and booking reference, and we will DM you.'],
  ['empathy', 'fail', "We regret that you decided to post this instead of calling us."],
  ['empathy', 'fail', "If that happened, we'd be sorry.", { persona: 'malicious' }],
  ['empathy', 'pass', "That sounds like an awful evening. I'll look into it."],
  ['empathy', 'pass', "It's a real pain when a delivery slips like that. I'm chasing it now."],
  // Positive evidence in broader families: a booking in any voice, a thing sent, a factual answer; acknowledging the
  // worry; what is known (scope, harm, safety); who will contact the people affected; a partner's slip owned or excused;
  // a decision that sits with a specialist team; offers in any syntax.
  ['concrete-next-step', 'pass', 'Sorry for the wait, Jo. A technician is scheduled to swap the meter on Thursday morning. — Al'],
  ['concrete-next-step', 'pass', "I've booked a callback for 2pm tomorrow so we can go through the bill together. — Mo"],
  ['concrete-next-step', 'pass', "Sorry about the leak. We'll send a free returns label and a replacement seal. — Ed"],
  ['concrete-next-step', 'pass', 'Good question! The rain cover (sold separately, £12) fits the Lite stroller perfectly.', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', "It's dairy-free — the sauce is made with coconut cream. If you'd like it milder, ask for the chilli on the side.", { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'All our branches have baby-changing rooms, and the Quay branch also has a feeding room.', { persona: 'neutral' }],
  ['concrete-next-step', 'fail', 'Hi! Refunds can take a little while sometimes. Sorry about that.', { persona: 'neutral' }],
  ['concrete-next-step', 'fail', "So sorry, Amir. We'll look into this matter and take the necessary steps."],
  ['empathy', 'pass', "We hear your concern, nobody likes surprise fees. The charge is listed on the booking page.", { persona: 'malicious' }],
  ['empathy', 'pass', 'Soz about the wait, the queue was huge tonight! Your order is on its way.'],
  ['empathy', 'fail', "Sorry to read this, assuming it happened as you say. We'll look."],
  ['three-c', 'pass', "We're so sorry to everyone on the 18:05. A signal failure near Didcot stopped all trains for an hour; it is not a safety issue. Replacement buses are running from platform 2 and we'll update here at 8pm.", { crisis: true }],
  ['three-c', 'pass', "We are deeply sorry. Three guests were treated for smoke inhalation after a kitchen fire last night and have since been discharged. We've closed the kitchen and an inspector visits today; we'll post the findings here.", { crisis: true }],
  ['three-c', 'fail', "We're so sorry to everyone affected. We'll update this post every two hours.", { crisis: true }],
  ['three-c', 'fail', "The outage at 9am knocked out card payments in all stores. We'll email every affected customer by 5pm.", { crisis: true }],
  ['no-blame-shifting', 'pass', "The courier dented the box, but you ordered it from us, so the fault is ours and I've sent a new one today. — Pia"],
  ['no-blame-shifting', 'fail', 'Our checkout crashed at midnight. Nothing the team on shift could have done.'],
  ['no-blame-shifting', 'fail', 'The frames are made by the manufacturer, so please take it up with them.'],
  ['no-blame-shifting', 'fail', 'The lens must have been dropped after it left the shop.'],
  ['no-blame-shifting', 'fail', "The fitter was a contractor, and we're not liable for his work."],
  ['no-blame-shifting', 'fail', 'Your bank must have sent the transfer too late.'],
  ['escalate', 'pass', "Thanks, Ruth. Claims of this size are assessed by our Claims & Recovery team; I've sent them your file and they'll write to you within 5 working days. — Omar", { needsEscalation: true }],
  ['escalate', 'pass', "Sorry, Lee. Press enquiries are handled by our communications office, who will reply by noon today. — Ana", { needsEscalation: true, persona: 'neutral' }],
  ['escalate', 'pass', "I understand. A complaints investigator will contact you by Friday. — Bo", { needsEscalation: true }],
  ['escalate', 'fail', "I understand. I'll sort the compensation myself. — Bo", { needsEscalation: true }],
  ['two-alternatives', 'pass', "Sorry, the spa is fully booked on Sunday. I can reserve you a Monday slot, or you're welcome to use the pool and sauna free on Sunday. — Jen", { canGrant: false }],
  ['two-alternatives', 'pass', "Sorry, the Lark chair only comes in oak. The Wren does come in walnut, or we can stain the Lark to order. — Cal", { canGrant: false, persona: 'neutral' }],
  ['two-alternatives', 'pass', "Sorry, we can't open the pool before 7. The gym opens at 6 if you'd like an early start, and our sister centre in Holt opens its pool at 6:30.", { canGrant: false, persona: 'neutral' }],
  ['two-alternatives', 'fail', "Sorry, we can't extend the sale, but we can offer you a 10% code for your next order.", { canGrant: false }],
  ['two-alternatives', 'fail', "Sorry, dogs aren't allowed inside. You're welcome to sit on the terrace.", { canGrant: false, persona: 'neutral' }],
];

describe('ideas in new words', () => {
  eachCase(VARIANTS);
});

/**
 * Flaws as trainees actually type them, each idea in words of its own: a jab turned back on
 * the poster, mock compliance, a brush-off, a deduction that denies the customer's account, a
 * partner's or another team's trouble as the reason, a cause with no owner, reassurance that
 * guarantees, and the quiet concrete steps (the team briefed, a test run, a fix going up).
 * Near misses pass: quoting a polite clarification that concedes, the company's own system failing.
 */
const TRAINEE_IDEAS: Case[] = [
  // Sarcasm and mockery that only show in context.
  ['calm-tone', 'fail', "Imagine posting a review of a hotel you've never stayed at 😉", { persona: 'vague-rude' }],
  ['calm-tone', 'fail', 'Your back had problems long before it met our mattresses.', { persona: 'joking' }],
  ['calm-tone', 'fail', 'Sorry for the hassle! Have you tried switching it off and on again?'],
  ['calm-tone', 'fail', "That's rich coming from someone who posts about our rivals every day.", { persona: 'malicious' }],
  ['calm-tone', 'fail', "Noted, we'll make sure to turn the heating up just for you.", { persona: 'neutral' }],
  ['thank-the-customer', 'fail', "Thanks for the tip, we'll rush to repaint the walls especially for you.", { persona: 'neutral' }],
  ['facts-not-accusations', 'fail', 'Hello Dana — or should I say the owner of the bakery across the road?', { persona: 'malicious' }],
  ['calm-tone', 'fail', "We'd suggest reading the room description before booking in future.", { persona: 'neutral' }],
  ['calm-tone', 'fail', 'Please stop spreading lies about our kitchen.', { persona: 'malicious' }],
  ['calm-tone', 'pass', "Sorry the bulb went so soon — I'm sending a new one today. — Ana"],
  ['join-the-joke', 'pass', "Ha, our oven's been spoken to and is reflecting on its choices 😄 A fresh pie is on its way. — Lou", { persona: 'joking' }],
  // A brush-off: no-arguing and calm-tone both fail.
  ['no-arguing', 'fail', "Sorry you feel that way! We'll somehow manage without your business.", { persona: 'vague-rude' }],
  ['no-arguing', 'fail', "We'll just have to survive without your reviews, then.", { persona: 'vague-rude' }],
  ['calm-tone', 'fail', 'Fridays are always busy. Maybe a quieter café would suit you better?'],
  ['calm-tone', 'pass', "Fridays are busy, I'm sorry you waited. If a quieter time suits you, I can hold a table for you at 3pm. — Jo"],
  // Denials and deductions that contradict the customer.
  ['no-arguing', 'fail', 'Every box is weighed before dispatch, so there must have been six in yours.'],
  ['no-arguing', 'fail', "The card was used with your PIN, so it wasn't taken by us."],
  ['no-arguing', 'fail', "It's impossible that the chicken was raw, our ovens log every batch."],
  ['no-arguing', 'fail', 'Our records show no visit from you, so you cannot have been served by that waiter.', { persona: 'malicious' }],
  ['no-arguing', 'fail', 'Is it really a hidden fee if it appears at checkout? 🤔'],
  ['no-arguing', 'fail', 'As explained clearly on our website, delivery is extra.', { persona: 'neutral' }],
  ['no-arguing', 'fail', 'We checked, and the prices on the receipt are correct.', { persona: 'neutral' }],
  ['no-arguing', 'pass', "Thanks for asking. Just to clarify, the fee is listed at checkout, but that's no excuse for the confusion and I've asked the web team to show it earlier. — Sam", { persona: 'neutral' }],
  ['no-arguing', 'pass', "It's impossible for me to know what went wrong without a look, so could you DM us? I'll check it today. — Kai"],
  ['engage-wisely', 'fail', "Funny, for someone who's never flown with us you know a lot about our seats.", { persona: 'vague-rude' }],
  // Blame hidden in an explanation.
  ['no-blame-shifting', 'fail', 'Sorry for the wait. Our delivery partner was struggling with staff shortages all weekend.'],
  ['no-blame-shifting', 'fail', 'Outages are sometimes inevitable with an older network like yours.'],
  ['no-blame-shifting', 'fail', 'The billing team sent the invoice without checking your discount, which caused the overcharge.'],
  ['no-blame-shifting', 'fail', 'The parcel bounced back because the postcode on the order was entered incorrectly.'],
  ['no-blame-shifting', 'fail', 'The salad came pre-packed, so any problem happened on the supplier\'s side, not in our kitchen.'],
  ['no-blame-shifting', 'fail', 'Clowns would be funnier. Maybe check your own phone first.', { persona: 'vague-rude' }],
  ['no-blame-shifting', 'pass', 'We hear you. Our booking system crashed under the traffic at 9am, which is on us, and it is back now.'],
  ['no-blame-shifting', 'pass', "Our payment system fell over at noon; we're sorry, and every double charge is being reversed today."],
  // Guarantees phrased as reassurance.
  ['under-promise', 'fail', 'The new router has fixed the drop-outs for good.'],
  ['under-promise', 'fail', "Sorry, Ben. This won't be an issue going forward."],
  ['under-promise', 'fail', "I've reversed it and you'll definitely have the money back by tonight."],
  ['under-promise', 'fail', 'Our engineer will definitely come tomorrow and fix the boiler.'],
  ['under-promise', 'pass', "I've logged the fault and an engineer is booked for tomorrow morning; I'll update you if that changes. — Ria"],
  // Concrete steps said quietly.
  ['concrete-next-step', 'pass', "Sorry about that, Ade. I've had a word with the kitchen team about the allergen labels. — Mo"],
  ['concrete-next-step', 'pass', "Sorry you were told otherwise. We've briefed our baristas so everyone knows we stock oat milk. — Em", { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Can you DM us your address so we can run a signal test on your line?', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', "You're right, the sign is wrong. The corrected sign goes up on Monday. — Al", { persona: 'neutral' }],
  ['concrete-next-step', 'pass', "Sorry, Lou — DM us and we'll get the correct colour out to you this week."],
  ['concrete-next-step', 'pass', 'I contacted the mill to test this batch for traces of gluten. — Pat'],
  ['concrete-next-step', 'fail', "Sorry, Lou. We'll look into this matter and have a word about it."],
  ['escalate', 'pass', "I'm sorry. Our food safety team will investigate and I'll update you by Friday. — Ana", { needsEscalation: true }],
  ['empathy', 'pass', "Thanks for asking, it's a fair question — the page is confusing. Parking is free after 6pm.", { persona: 'neutral' }],
  ['two-alternatives', 'pass', "Sorry, we're full at 8 on Friday. I could seat six at 6pm, or 8pm on Saturday. — Yuki", { canGrant: false, persona: 'neutral' }],
  ['no-review-incentive', 'fail', "Leave us a five-star review and your next coffee is on us!", { persona: 'joking' }],
  ['no-review-incentive', 'pass', "Sorry about the cold coffee — your next one is on us, just mention this post. — Mia"],
  // Privacy: a phone call is not a phone number; a named treatment is a detail.
  ['protect-privacy', 'pass', "Was it a phone call or a chat? DM me and I'll look into it. — Hamid", { persona: 'vague-rude' }],
  ['protect-privacy', 'fail', "Sorry your teeth whitening appointment ran late, Ms Cole.", { persona: 'neutral' }],
  ['personal-touch', 'fail', 'Thank you for your message. The membership renews each March.\nKind regards, Manager', { persona: 'neutral' }],
];

describe('trainee-style flaws in new words', () => {
  eachCase(TRAINEE_IDEAS);
});

/** Subtle flaws as trainees type them: each idea with its near-miss that passes. */
const SUBTLE_IDEAS: Case[] = [
  // A concrete action handed to a colleague, offered, or set up for the customer's visit.
  ['concrete-next-step', 'pass', "Sorry about the lukewarm showers. I've asked our facilities manager to replace the boiler valve on floor 3 this week. — Dee"],
  ['concrete-next-step', 'pass', 'So sorry, the tour is full, but we can transfer you to the Saturday group at no cost.'],
  ['concrete-next-step', 'pass', "Guide dogs are always welcome, and I'll make sure the front desk knows to expect you both. — Raj"],
  ['concrete-next-step', 'fail', "Sorry about this. I've asked the team to look into it."],
  ['concrete-next-step', 'fail', "Sorry you had a poor visit. I've told our staff to do better."],
  // Others are fine, so the poster must be wrong.
  ['no-arguing', 'fail', "Sorry, Kim. The booking page is running smoothly for every other customer, so try again later."],
  ['no-arguing', 'pass', "Sorry, Kim. The booking page was down for everyone from 2pm to 3pm; it's back now and I've restored your basket. — Jo"],
  // Holding the customer to the small print they signed.
  ['no-arguing', 'fail', 'The notice period is in the terms and conditions you accepted at sign-up.'],
  ['no-arguing', 'pass', 'The notice period is one month; the full terms are on our website. Sorry for the confusion. — Jo'],
  // A jab that the customer is at fault.
  ['no-arguing', 'fail', "You obviously didn't notice the sign by the door.", { persona: 'vague-rude' }],
  ['no-arguing', 'fail', 'Loads of customers, actually.', { persona: 'vague-rude' }],
  ['no-arguing', 'pass', "Actually delighted you asked! The sign is by the door. — Jo", { persona: 'neutral' }],
  // Exasperation and condescension.
  ['calm-tone', 'fail', "We've explained this multiple times: the pool shuts at 8."],
  ['calm-tone', 'fail', 'Oh wonderful, here we go again.'],
  ['calm-tone', 'fail', 'The price went up in May, as you should know from the email.', { persona: 'neutral' }],
  ['calm-tone', 'fail', 'If you are going to review us, at least tell us which day you came.', { persona: 'vague-rude' }],
  ['calm-tone', 'fail', "Perhaps you're just holding it upside down 😂", { persona: 'joking' }],
  ['calm-tone', 'fail', 'Please think twice before posting accusations like these.', { persona: 'malicious' }],
  ['calm-tone', 'pass', 'Sorry to hear that! Could you at least share which branch? It helps me check. — Jo', { persona: 'neutral' }],
  ['calm-tone', 'pass', "As you may know, we moved to Park Street in May. Sorry for the confusion! — Jo", { persona: 'neutral' }],
  // A cause stated with no owner, or handed to someone else.
  ['no-blame-shifting', 'fail', 'Your sofa was misdelivered by the courier to a neighbour.'],
  ['no-blame-shifting', 'fail', 'The kitchen was short on chefs last night, so orders were slow.'],
  ['no-blame-shifting', 'fail', "The fault is with our payment partner and it's on them now."],
  ['no-blame-shifting', 'fail', 'This usually happens when customers forget to update the app.'],
  ['no-blame-shifting', 'fail', 'Sorry, that sounds like a problem with your card provider.'],
  ['no-blame-shifting', 'fail', 'We cannot take responsibility for parcels left in porches.'],
  ['no-blame-shifting', 'pass', "We were short on chefs last night and that's on us, not you. Sorry, Sam. — Jo"],
  // Accusations without the word "liar".
  ['facts-not-accusations', 'fail', "We're not going to fall for this one.", { persona: 'malicious' }],
  ['facts-not-accusations', 'pass', "We take this seriously. Our records show no order on that date; please DM me so I can check. — Jo", { persona: 'malicious' }],
  // Personal details: a stay's room and dates, activity elsewhere.
  ['protect-privacy', 'fail', 'Sorry your booking on 3rd May in Room 12 was noisy.', { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'You have left the same story on three other pages this week.', { persona: 'malicious' }],
  ['protect-privacy', 'pass', 'Sorry your stay was noisy. DM me and I will look into it. — Jo', { persona: 'neutral' }],
];

describe('subtle trainee flaws, by idea', () => {
  eachCase(SUBTLE_IDEAS);
});

/** Round six (the dev-f corpus): each idea in new words, with near misses that must not be caught. */
const ROUND_SIX_IDEAS: Case[] = [
  // The harm pinned on a partner by pronoun ("down to them", "on them"), or on the partner's bad night.
  ['no-blame-shifting', 'fail', "Sorry! The missing sauces are down to them, I'm afraid."],
  ['no-blame-shifting', 'fail', 'The late arrival was entirely on them this time.'],
  ['no-blame-shifting', 'fail', 'Our courier had a really tough weekend and parcels piled up at the depot.'],
  ['no-blame-shifting', 'fail', "The driver had a bad night, so that one's on them."],
  ['no-blame-shifting', 'pass', "The delay is down to us, and I'm sorry. I've refunded the delivery fee. — Jo"],
  // "The system" as the agent of the harm; "our system" owning it is fine.
  ['no-blame-shifting', 'fail', 'Sorry, the system generated a duplicate invoice this month.'],
  ['no-blame-shifting', 'fail', 'The system applied a late fee because the payment came in a day after the due date.'],
  ['no-blame-shifting', 'fail', 'Unfortunately the system calculated the discount on the old price.'],
  ['no-blame-shifting', 'fail', 'Sorry, the system automatically added the insurance.'],
  ['no-blame-shifting', 'pass', "Our system applied the wrong fee, which is our mistake — I've refunded it. — Jo"],
  // The experience called unpleasant in general terms is empathy; a scold that uses the same words is not.
  ['empathy', 'pass', 'A surprise charge on your statement is never nice to find. The fee is £3 a month. — Jo', { persona: 'neutral' }],
  ['empathy', 'pass', "Nobody likes waiting in all day for a parcel. I've booked a morning slot for Friday. — Jo"],
  ['empathy', 'pass', "That's the last thing you need before a flight. I've rebooked you on the 6pm. — Jo"],
  ['empathy', 'pass', 'Cold chips are no fun at all. A fresh portion is on its way. — Jo'],
  ['empathy', 'fail', "It's not nice to call our staff names. What went wrong with the order?"],
  // Condescending advice to read up before posting.
  ['calm-tone', 'fail', 'Perhaps read the description before posting next time.', { persona: 'vague-rude' }],
  ['calm-tone', 'fail', 'Maybe check the menu before you complain about the prices.', { persona: 'neutral' }],
  ['calm-tone', 'fail', 'It might be worth reading the reviews before booking.', { persona: 'neutral' }],
  ['calm-tone', 'pass', 'Before you travel, you can check the timetable at rail.co.uk. Sorry for the confusion! — Jo', { persona: 'neutral' }],
  // A joke at the customer's eating habits.
  ['join-the-joke', 'fail', 'Maybe lay off the pies and the seat will feel roomier 😉', { persona: 'joking' }],
  ['join-the-joke', 'fail', 'Perhaps skip dessert before the next flight 😂', { persona: 'joking' }],
  ['calm-tone', 'fail', 'Try fewer burgers and you might fit in the booth 😅', { persona: 'joking' }],
  ['join-the-joke', 'pass', 'Maybe skip the queue next time with our app 😉 Your knees deserve better!', { persona: 'joking' }],
  // Exasperated repetition is tone, not a rebuttal.
  ['calm-tone', 'fail', "As we've already explained, your refund is on its way."],
  ['calm-tone', 'fail', 'As I have said several times, the shop opens at 9.', { persona: 'neutral' }],
  ['calm-tone', 'fail', 'As we have previously explained, your parcel is at the depot.'],
  ['no-arguing', 'pass', "As we've already explained, your refund is on its way."],
  ['calm-tone', 'pass', 'As we mentioned in our e-mail, the shop opens at 9. Sorry for the confusion! — Jo', { persona: 'neutral' }],
  // A check under way in the passive, or a how-to in the passive, is a next step; a vague review is not.
  ['concrete-next-step', 'pass', 'Sorry about this. Your refund is being processed now.'],
  ['concrete-next-step', 'pass', 'So sorry. The parcel is currently being traced by our depot team.'],
  ['concrete-next-step', 'pass', 'Sorry about the screen. Your laptop is being repaired at our Leeds centre.'],
  ['concrete-next-step', 'pass', 'Sorry for the wait. Taxi costs can be claimed through the expenses form on our website.'],
  ['concrete-next-step', 'pass', 'Sorry! Refunds can be requested via the Orders page in the app.'],
  ['concrete-next-step', 'fail', 'Sorry about this. Your complaint is being reviewed.'],
  ['concrete-next-step', 'pass', 'Sorry! Parking fines can be appealed through the form on our website.'],
  ['concrete-next-step', 'pass', 'Sorry. The lost bag is currently being traced.'],
  ['concrete-next-step', 'fail', 'Sorry about this. Refunds can be requested.'],
  // An offer introduced by "what I can do is", or a list of options after a colon.
  ['concrete-next-step', 'pass', "I'm sorry, we're full that night. What I can do is hold your luggage at reception until 6. — Jo", { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Sorry, the 7pm is sold out. What we can offer instead is a table at 8:30. — Jo', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Sorry, that size is gone. A couple of options: our Leeds branch has it in stock, or a similar style in navy. — Jo', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', "Sorry! Two alternatives that might suit: the 6pm showing or Sunday's matinee. — Jo", { persona: 'neutral' }],
  ['concrete-next-step', 'fail', 'Sorry about that. We always have options for customers.'],
  // "One of two things", "or one of our…": two alternatives in other words.
  ['two-alternatives', 'pass', "I'm sorry, we can't refund it, but I can do one of two things: swap it for a larger size, or give you store credit. — Jo", { canGrant: false }],
  ['two-alternatives', 'pass', "I'm sorry, the class is full. You're welcome to join the waiting list, or one of our coaches can run a taster session. — Jo", { canGrant: false }],
  ['two-alternatives', 'pass', "Sorry, a guitar can't go in the cabin. You can either buy it a seat, or check it in as fragile baggage. — Jo", { canGrant: false }],
  ['two-alternatives', 'fail', "Sorry, I can't do that.", { canGrant: false }],
  ['two-alternatives', 'fail', "I'm sorry, the fees can't be refunded. What I can do is refund the insurance. — Jo", { canGrant: false }],
  // An aspiration to improve is a platitude, not a fix.
  ['concrete-next-step', 'fail', "Thanks for your feedback! We're always working to improve the app."],
  ['concrete-next-step', 'fail', 'Thank you. Comments like yours help us improve the website.'],
  ['concrete-next-step', 'fail', 'Thanks, we are constantly striving to improve our checkout.'],
  ['concrete-next-step', 'pass', "Thanks! We'll improve the size chart this week so the sizes are clearer. — Jo"],
  // A factual answer: "…-free", or where the information is published.
  ['concrete-next-step', 'pass', "Thanks for asking! The shampoo is sulphate-free, so it's fine for coloured hair. — Jo", { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Thanks for checking! The full allergen list is on pizzaco.com/allergens. — Jo', { persona: 'neutral' }],
  ['concrete-next-step', 'fail', "Thanks for asking! We're looking into it.", { persona: 'neutral' }],
  // An amount the customer lost, restated, is not a promise of big money.
  ['escalate', 'pass', "I'm so sorry you were charged £1,200 for a trip you didn't take. I've passed this to our disputes team, who will call you by Friday. — Jo", { needsEscalation: true }],
  ['under-promise', 'pass', "I'm sorry — losing $3,000 to a transfer you didn't make is frightening. Our fraud team will call you within 24 hours. — Jo", { needsEscalation: true }],
  ['escalate', 'pass', "Sorry you paid £1,500 for a sofa that never came. A senior case handler will contact you within two days. — Jo", { needsEscalation: true }],
  ['escalate', 'fail', "Sorry about this. We'll pay you £2,000 compensation today. — Jo", { needsEscalation: true }],
  // Routed to a specialist team named by its function, or a role that will act.
  ['escalate', 'pass', "I've passed this to our Billing and Disputes team, who will call you by Friday. — Jo", { needsEscalation: true }],
  ['escalate', 'pass', "Claims like this are handled by our Fraud team; they'll email you within 48 hours. — Jo", { needsEscalation: true }],
  ['escalate', 'pass', 'Injuries go straight to our health and safety team, and their safety officer will call you tomorrow. — Jo', { needsEscalation: true }],
  ['escalate', 'pass', "I've referred this to our Customer Relations team; they'll write to you within 5 working days. — Jo", { needsEscalation: true }],
  ['escalate', 'fail', "I've passed this to the relevant team. — Jo", { needsEscalation: true }],
  // A company name in the signature.
  ['personal-touch', 'fail', 'Sorry about your evening. Hope to see you again. — Casa Pizzeria'],
  ['personal-touch', 'fail', 'Thanks for visiting. — Luna Spa', { persona: 'neutral' }],
  ['personal-touch', 'fail', 'Sorry the roses wilted. — Bloom Florists'],
  ['personal-touch', 'fail', "Sorry again. — Joe's Pizza"],
  ['personal-touch', 'pass', 'Sorry about your evening. Hope to see you again. — Bella'],
  // "The email you booked with" is a noun, not an invitation to continue by e-mail.
  ['take-private', 'fail', "Sorry for the surprise! What's the email you signed up with? I'll check it. — Jo", { persona: 'angry' }],
  ['protect-privacy', 'fail', 'Sorry! Please post your order number and the email you used here.', { persona: 'neutral' }],
  ['take-private', 'fail', 'Sorry about that. Reply with the phone you registered and the postcode. — Jo', { persona: 'angry' }],
  ['take-private', 'pass', "Sorry about that. I'll email you by 5pm with the details. — Jo", { persona: 'angry' }],
  // Crisis clarify: "what's happening:", "since 7am", what the fault cut.
  ['three-c', 'pass', "We're sorry. What's happening: a power fault has cut broadband in Leeds since 7am. We'll post an update by noon.", { crisis: true }],
  ['three-c', 'pass', "We're so sorry for the disruption. Here's what's going on: a flood at our data centre has cut off data for customers in the north. Engineers are rerouting traffic now.", { crisis: true }],
  ['three-c', 'fail', "We're sorry. We'll post an update by noon.", { crisis: true }],
  // An outcome of a fix promised by a deadline.
  ['under-promise', 'fail', "You'll be able to log in again within the hour."],
  ['under-promise', 'fail', 'Everyone will be able to use the app by 6pm.'],
  ['under-promise', 'fail', 'Customers will be able to order again in 20 minutes.'],
  ['under-promise', 'pass', "Hopefully you'll be able to log in again within the hour. — Jo"],
  ['under-promise', 'pass', 'You should be able to log in again within the hour. — Jo'],
  // The customer's account read out in public.
  ['protect-privacy', 'fail', "Looking at your account, you're on our old 4G tariff.", { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'According to your order history: the blender came in March.', { persona: 'neutral' }],
  ['protect-privacy', 'fail', "Sorry, you're still on the legacy Basic plan.", { persona: 'neutral' }],
  ['protect-privacy', 'pass', "I'll look at your account once you DM me. — Jo", { persona: 'neutral' }],
  // Sending the customer elsewhere.
  ['no-arguing', 'fail', 'Perhaps book with another airline then.', { persona: 'vague-rude' }],
  ['no-arguing', 'fail', 'Maybe dine somewhere else next time.', { persona: 'vague-rude' }],
  ['no-arguing', 'fail', 'Then just shop somewhere else.', { persona: 'vague-rude' }],
  ['no-arguing', 'pass', "We've arranged for you to stay elsewhere tonight at our cost. — Jo"],
  // The polite update request once the fix has landed.
  ['no-review-incentive', 'pass', "I've refunded the £20. Once the refund clears, we'd be grateful if you'd update your review. — Jo"],
  ['no-review-incentive', 'pass', "A new kettle is on its way. Once you've tried it, we'd love it if you updated your review. — Jo"],
  ['no-review-incentive', 'pass', "I've sent a replacement. When it arrives, we'd be grateful if you'd consider updating your rating. — Jo"],
  ['no-review-incentive', 'fail', "I've refunded the £20. Could you update your review?"],
  // Medical tests named in public.
  ['protect-privacy', 'fail', 'Sorry your cholesterol test results from Monday were lost.', { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'Sorry, your blood samples were mislabelled at the clinic.', { persona: 'neutral' }],
  ['protect-privacy', 'fail', "Good news, we've found your MRI and sent it on.", { persona: 'neutral' }],
  ['protect-privacy', 'pass', "Sorry your test was delayed; DM me and I'll check. — Jo", { persona: 'neutral' }],
  // A protective step on the account is a next step.
  ['concrete-next-step', 'pass', "I'm so sorry. I've frozen the card so nothing else can be taken. — Jo"],
  ['concrete-next-step', 'pass', "Sorry, that's alarming. We've blocked further payments from the account. — Jo"],
  ['concrete-next-step', 'pass', "Sorry! I've put a stop on the direct debit. — Jo"],
  ['concrete-next-step', 'fail', "Sorry, that's alarming. We've noted this."],
  // A "sorry" that opens a rebuttal; a taunt; scare quotes round the customer's word.
  ['empathy', 'fail', "Sorry, but that's simply not true."],
  ['empathy', 'fail', "Sorry, but you're mistaken about the price."],
  ['empathy', 'pass', "Sorry, but that's on us — I've refunded it. — Jo"],
  ['facts-not-accusations', 'fail', "That's clearly a lie. We sell solid oak only.", { persona: 'malicious' }],
  ['calm-tone', 'fail', "Send us the receipt if you're so certain.", { persona: 'malicious' }],
  ['calm-tone', 'fail', "Post a photo of your 'broken' chair then.", { persona: 'malicious' }],
  ['calm-tone', 'fail', "We'd love to see this 'mould'.", { persona: 'malicious' }],
  ['calm-tone', 'pass', "Your 'Unlimited' plan includes 5G, so I'll check the mast near you. — Jo", { persona: 'neutral' }],
  // "Make it up to you" is a remedy idiom, not an accusation of invention.
  ['no-arguing', 'pass', "So sorry! We'd love to make it up to you — DM us."],
  ['no-arguing', 'pass', 'Sorry, Sam. Let us make it up to you with a free coffee next time.'],
  ['no-arguing', 'fail', 'Please stop making things up.', { persona: 'malicious' }],
  // Dismissive agreement.
  ['no-arguing', 'fail', 'Sure thing, pal.', { persona: 'vague-rude' }],
  ['no-arguing', 'fail', 'If you say so.', { persona: 'vague-rude' }],
  ['no-arguing', 'fail', 'Okay buddy, enjoy the free updates.', { persona: 'vague-rude' }],
  ['no-arguing', 'pass', "Sure thing! I'll sort it now. — Jo", { persona: 'neutral' }],
  // More about what happened is not personal data.
  ['protect-privacy', 'pass', 'Sorry to hear this. If you can tell us more details about the problem, please DM us.', { persona: 'neutral' }],
  ['protect-privacy', 'pass', "We're sorry. Feel free to share further details about your stay by direct message.", { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'Sorry! Please reply with your contact details.', { persona: 'neutral' }],
  // The staff involved dealt with is a concrete step.
  ['concrete-next-step', 'pass', "I'm sorry. The driver involved will be retrained this week."],
  ['concrete-next-step', 'pass', 'We apologise. The staff member responsible has been spoken to.'],
  ['concrete-next-step', 'pass', 'Sorry. The agents on shift that night are being coached on our refund rules.'],
  ['concrete-next-step', 'fail', 'Sorry. The staff involved were very busy.'],
  // A kiss after the name still signs it.
  ['personal-touch', 'pass', 'Thanks for the giggle, Mia x', { persona: 'joking' }],
  ['personal-touch', 'pass', 'Cheers for the kind words, Tom xx', { persona: 'neutral' }],
  ['personal-touch', 'pass', 'Loved this. Priya x', { persona: 'joking' }],
  ['personal-touch', 'fail', 'Thanks for the review x', { persona: 'neutral' }],
  // Thanks for persisting count; thanks for staying a customer do not.
  ['thank-the-customer', 'pass', 'Thank you for staying on at us about this. I\'ve booked the repair. — Jo'],
  ['thank-the-customer', 'pass', 'Thanks for staying on the line so long. — Jo'],
  ['thank-the-customer', 'fail', 'Thank you for staying with us.'],
  // A bare thanks right after a request is thanks in advance.
  ['thank-the-customer', 'fail', 'Could you pop the order number in a DM? Thanks!', { persona: 'neutral' }],
  ['thank-the-customer', 'fail', 'Would you mind removing the post? Thank you so much.', { persona: 'malicious' }],
  ['thank-the-customer', 'pass', 'Thanks for flagging this. Could you DM me the order number? — Jo', { persona: 'neutral' }],
  // Advice for next time that implies the customer caused it.
  ['no-blame-shifting', 'fail', 'Please always read the care label before washing in future.'],
  ['no-blame-shifting', 'fail', 'Make sure to measure the doorway next time.'],
  ['no-blame-shifting', 'fail', 'You may want to run a test on a small area before applying.'],
  ['no-blame-shifting', 'pass', "Please let us know next time and we'll sort it straight away. — Jo"],
  // A sales pitch to a joker is stiff; getting the customer's item rebooked or fixed is not a pitch.
  ['join-the-joke', 'fail', 'Haha! Grab yours today, 20% off with code JOKE.', { persona: 'joking' }],
  ['join-the-joke', 'fail', 'Lol fair. Book a table now and see for yourself!', { persona: 'joking' }],
  ['join-the-joke', 'pass', "Ha, our van clearly wanted a day out 😅 I'll get yours rebooked for tomorrow. — Sam", { persona: 'joking' }],
  ['join-the-joke', 'pass', "Haha, guilty! Let me get one swapped over for you today 😂 — Kit", { persona: 'joking' }],
];

describe('round six: ideas from the dev-f corpus, in new words', () => {
  eachCase(ROUND_SIX_IDEAS);
});

/** Round seven (the dev-g corpus): each idea in new words, with near misses that must not be caught. */
const ROUND_SEVEN_IDEAS: Case[] = [
  // A polite disagreement is still a rebuttal; the customer disagreeing is not.
  ['no-arguing', 'fail', "Every loaf is baked on site each morning, so we'll have to respectfully disagree.", { persona: 'vague-rude' }],
  ['no-arguing', 'fail', 'I must politely disagree: the room was spotless.'],
  ['no-arguing', 'fail', "We'll agree to disagree on the portion sizes. — Jo", { persona: 'neutral' }],
  ['no-arguing', 'pass', "If you disagree with the charge, send me a DM and the bill gets a second look today. — Jo"],
  // A freebie said "on us", traded for a better rating.
  ['no-review-incentive', 'fail', "Change it to five stars and your next coffee's on us!", { persona: 'joking' }],
  ['no-review-incentive', 'fail', 'If you could update your rating, your next delivery is on us.'],
  ['no-review-incentive', 'fail', "Bump the review up a star or two and dessert's on us next time 😉", { persona: 'joking' }],
  ['no-review-incentive', 'pass', "So sorry about the wait. Your next coffee's on us. — Jo"],
  // A plain outside cause (weather, a signal fault) is not blame; a partner, its depot or its kit is.
  ['no-blame-shifting', 'pass', "Sorry, Sam. Trains were cancelled due to flooding near Didcot. Replacement buses run every 20 minutes. — Jo"],
  ['no-blame-shifting', 'fail', 'Sorry! A power failure at our payment provider stopped card payments for an hour.'],
  ['no-blame-shifting', 'fail', 'The outage at our hosting partner took the site down this morning.'],
  ['no-blame-shifting', 'fail', 'Looks like our fulfilment partner packed the wrong colour.'],
  ['no-blame-shifting', 'fail', 'It seems the courier picked up the parcel from the wrong address.'],
  ['no-blame-shifting', 'fail', 'Your parcel got stuck at the sorting office over the weekend, sorry.'],
  ['no-blame-shifting', 'fail', 'It was delayed at the depot and marked as delivered in error.'],
  ['no-blame-shifting', 'fail', "Sorry, Kim. The box has been sitting at the courier's depot since Monday."],
  ['no-blame-shifting', 'fail', 'Our delivery partner was rough with the parcel, sorry.'],
  ['no-blame-shifting', 'fail', 'The carrier has been very careless with fragile items lately.'],
  ['no-blame-shifting', 'fail', 'Our riders are independent contractors, so deliveries vary.'],
  ['no-blame-shifting', 'fail', 'The cleaners are an external contractor, so I cannot say when they will come.'],
  ['no-blame-shifting', 'fail', "We don't control how the couriers leave parcels, I'm afraid."],
  ['no-blame-shifting', 'fail', 'The driver must have been a bit careless with the box.'],
  ['no-blame-shifting', 'fail', 'Oops, the courier got completely lost on the way.'],
  ['no-blame-shifting', 'fail', 'Sorry, the card reader has been playing up all morning.'],
  ['no-blame-shifting', 'fail', 'The booking system was acting up, which is why you got two emails.'],
  ['no-blame-shifting', 'fail', 'Our couriers are self-employed contractors, so it is out of our control how they drive.'],
  ['no-blame-shifting', 'fail', "Sorry about that, but we can't control how the drivers handle each parcel."],
  ['no-blame-shifting', 'pass', "Our packing team picked the wrong colour, which is our mistake — a replacement goes out today. — Jo"],
  ['no-blame-shifting', 'pass', "I've sent them the quote; if you haven't heard by Monday, I'll chase them myself. — Jo"],
  // Damage "already there" before the customer handed it over pins it on them.
  ['no-arguing', 'fail', 'The dent was already there when you brought the van in.'],
  ['no-blame-shifting', 'fail', 'Our check-in photos show the crack was already there before you collected the bike.'],
  ['no-arguing', 'fail', 'That scratch was already on the door at drop-off.'],
  ['no-arguing', 'pass', "If the mark was there at collection, we'll repair it free of charge. — Jo"],
  // Evidence told as a rebuttal: it was signed for, the room was cleaned before you came.
  ['no-arguing', 'fail', 'The tracking shows it went to your front door, where it was signed for.'],
  ['no-arguing', 'fail', 'Our logs confirm the cabin was cleaned and checked before your arrival.'],
  ['no-arguing', 'fail', 'The van was fully serviced before your pick-up.'],
  ['no-arguing', 'pass', "We keep camera footage for 30 days; message me and we can watch that evening's together. — Jo", { persona: 'malicious' }],
  // A saying that excuses the fault.
  ['no-arguing', 'fail', 'Great coffee takes time, I\'m afraid.'],
  ['no-arguing', 'fail', 'At this price, you get what you pay for.'],
  ['no-arguing', 'fail', 'The flat is above a pub, so some noise is to be expected.'],
  ['no-arguing', 'fail', 'Queues are to be expected at a venue this size on a Saturday.'],
  ['no-arguing', 'pass', "Some delay is to be expected while the line is repaired, and I'm sorry. I've booked you a taxi. — Jo"],
  ['no-arguing', 'pass', "Sorry for the wait. Sourdough takes 20 minutes to bake, so I've asked the team to warn guests when they order. — Jo"],
  // Sending the customer to somewhere else that "might suit you better".
  ['calm-tone', 'fail', 'If price matters that much, the supermarket down the road might suit you better.'],
  ['no-arguing', 'fail', 'The chain place next door would suit you better, perhaps.'],
  ['calm-tone', 'fail', 'If speed is what you want, somewhere else may suit you better.'],
  ['calm-tone', 'pass', "Sorry about the noise! A room at the back might suit you better — shall I move you? — Jo"],
  // "Nice try" says the poster is not believed; a photo said to be lifted from elsewhere accuses them.
  ['no-arguing', 'fail', 'Nice try, but that receipt is from another shop.', { persona: 'malicious' }],
  ['facts-not-accusations', 'fail', 'This picture was taken from a news site in 2019.', { persona: 'malicious' }],
  ['facts-not-accusations', 'fail', "That photo was copied from someone else's review.", { persona: 'malicious' }],
  ['no-arguing', 'fail', 'Nice try 😉 We have never sold that model.', { persona: 'malicious' }],
  ['facts-not-accusations', 'fail', 'Ha, nice try! That screenshot was pulled from the internet.', { persona: 'malicious' }],
  ['facts-not-accusations', 'pass', "This photo appears on other sites from 2019, so I can't match it to an order yet. DM me the order date and I'll check. — Jo", { persona: 'malicious' }],
  // Thanks that are only the sign-off thank the customer for nothing.
  ['thank-the-customer', 'fail', "Your refund is on its way. Thanks, Priya"],
  ['thank-the-customer', 'fail', "I've booked the engineer for Friday. Many thanks, Tom Reed"],
  ['thank-the-customer', 'fail', 'The fee is in the terms. Thank you, Billing Team', { persona: 'neutral' }],
  ['thank-the-customer', 'pass', 'Your refund is on its way. Thanks for your patience, Priya'],
  ['thank-the-customer', 'pass', "Sorry the app crashed, Jordan. I'm checking the logs now. Thank you, Jordan."],
  // A short laugh or "love it!" plays along; a sales pitch after it still does not.
  ['join-the-joke', 'pass', "Ha! Our pillows clearly need a gym membership. I'll send two plump ones up. — Sam", { persona: 'joking' }],
  ['join-the-joke', 'pass', 'Love this! Sadly we can\'t rename the menu, but the chef says hi. — Kit', { persona: 'joking' }],
  ['join-the-joke', 'pass', 'Hah, fair. We will have words with the toaster. — Lou', { persona: 'joking' }],
  ['join-the-joke', 'fail', "Ha, fair! Don't forget our rewards app gives you 10% off.", { persona: 'joking' }],
  ['join-the-joke', 'fail', 'Ha! Sign up in store today for double points.', { persona: 'joking' }],
  // A dig at what the customer eats or spends on.
  ['join-the-joke', 'fail', "Haha perhaps it's high time to lay off the takeaways 😉", { persona: 'joking' }],
  ['calm-tone', 'fail', "Perhaps it's time to cut back on the lattes? 😂", { persona: 'joking' }],
  ['join-the-joke', 'fail', 'Maybe go easy on the Pringles next time 😅', { persona: 'joking' }],
  ['join-the-joke', 'pass', "Haha, maybe time to treat yourself to our new pillows 😉 I've added a discount to your account. — Sam", { persona: 'joking' }],
  // Empathy for a nerve-racking trip, or for a question that matters to them.
  ['empathy', 'pass', "I know flying with a cello is nerve-racking! It can go in a seat of its own. — Jo", { persona: 'neutral' }],
  ['empathy', 'pass', "We know how much this matters to you: none of our balms contain lanolin. — Jo", { persona: 'neutral' }],
  ['empathy', 'pass', "Great question — it matters a lot to many parents. Our car seats pass the R129 test. — Jo", { persona: 'neutral' }],
  ['empathy', 'fail', 'It matters. The shop opens at 9.', { persona: 'neutral' }],
  // When the customer hears back, in ranges and cadences; what they can do next themselves.
  ['concrete-next-step', 'pass', 'Thanks for writing in. We aim to reply within 2–3 working days.', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', "Engineers are on site and we'll post progress here every hour."],
  ['concrete-next-step', 'pass', "Thanks for asking. We'll try to respond in 5-7 days.", { persona: 'neutral' }],
  ['concrete-next-step', 'pass', "The lender said no for now, I'm afraid. You can re-apply after 6 months. — Jo", { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Sorry about the ban. You can appeal within 14 days through the form in the app. — Jo'],
  ['concrete-next-step', 'pass', "Sorry, that claim was refused. You can resubmit it with the receipt within 28 days. — Jo"],
  ['concrete-next-step', 'fail', "We can't find this visit. Please call us on 0800 123 456 should you want to talk.", { persona: 'malicious' }],
  ['concrete-next-step', 'fail', 'Sorry to hear that. Please call us on 0161 000 1234.'],
  // A specific check, action or fix, in more verbs.
  ['concrete-next-step', 'pass', "DM me your username and I'll pull your order history. — Jo", { persona: 'malicious' }],
  ['concrete-next-step', 'pass', "I'll dig out the delivery notes from Tuesday. — Jo"],
  ['concrete-next-step', 'pass', "We can look up your booking if you DM me the surname. — Jo"],
  ['concrete-next-step', 'pass', "I've lodged a claim with the insurer on your behalf. — Jo"],
  ['concrete-next-step', 'pass', "We've requested a fresh meter reading; an amended bill follows once it's taken. — Jo"],
  ['concrete-next-step', 'pass', "We've ordered a replacement part for the boiler. — Jo"],
  ['concrete-next-step', 'pass', 'Thanks for flagging! The patch is being tested today.', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Sorry! Until the patch lands, switching off dark mode stops it.', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Thanks! The bug fix is being rolled out this week.', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Sorry! For now, turning on airplane mode fixes it for most people.', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Sorry for the disruption. Tickets are being accepted on all local buses.'],
  ['concrete-next-step', 'pass', 'Sorry, everyone. Live updates are on the app.'],
  ['concrete-next-step', 'pass', "We're sorry. Your tickets will be valid on tomorrow's trains too."],
  ['concrete-next-step', 'pass', 'Sorry for the delays. Real-time departures: trains.co.uk/live'],
  ['concrete-next-step', 'pass', 'Our photos show the dent at check-in. Happy to send them over. — Jo'],
  ['concrete-next-step', 'pass', 'We kept the packing photos and are glad to share them with you. — Jo'],
  ['concrete-next-step', 'pass', 'The call was recorded, and we are ready to email those to you. — Jo'],
  ['concrete-next-step', 'fail', 'Sorry! Pop your order number below so we can investigate this.'],
  ['concrete-next-step', 'pass', 'Sorry! DM us the order number so we can investigate the double charge.'],
  ['concrete-next-step', 'fail', "I'm so sorry. I've shared your feedback with our quality team."],
  ['concrete-next-step', 'fail', "I've passed your comments on to the area manager. — Jo"],
  ['concrete-next-step', 'fail', 'So sorry. We have forwarded your feedback to the store manager.'],
  ['concrete-next-step', 'fail', 'Sorry! Could you DM us so we can review this?'],
  ['concrete-next-step', 'pass', "I'm so sorry. Your case is now with our claims team, and they'll phone you by Friday. — Jo"],
  // Two alternatives in other words.
  ['two-alternatives', 'pass', "Sorry, unlocking isn't possible for me. Two routes are open: reset it in the app, or DM me and I'll raise a ticket. — Jo", { canGrant: false }],
  ['two-alternatives', 'pass', "I'm sorry it's slow. Two things can help: book the express service online, or message me and I'll chase the team. — Jo", { canGrant: false }],
  ['two-alternatives', 'pass', "Sorry, early check-in is full. I can store your luggage at reception, or sign you up for the late check-out instead. — Jo", { canGrant: false }],
  ['two-alternatives', 'pass', "Apologies, today is full. We could give you the next available appointment on Monday, or a nurse can ring you instead. — Jo", { canGrant: false }],
  ['two-alternatives', 'fail', "Sorry, refunds aren't possible on this fare; changing the date costs £30. Tell me if you'd like to go ahead. — Jo", { canGrant: false }],
  ['two-alternatives', 'pass', "It's a strict no-dogs café 😅 Sorry! I can pop a treat in your bag, or save you a seat on the terrace. — Jo", { canGrant: false, persona: 'joking' }],
  // A decision named as management's is a hand-off, not a promise; a joke "I promise" promises no outcome.
  ['escalate', 'pass', "Payment for lost pay is decided by our operations director, so I've sent him your case and he'll call you by Thursday. — Jo", { needsEscalation: true }],
  ['under-promise', 'pass', "Compensation for your lost wages gets reviewed by our claims panel; expect an email within 5 days. — Jo", { needsEscalation: true }],
  ['under-promise', 'fail', "We'll compensate you for the lost wages today. — Jo", { needsEscalation: true }],
  ['escalate', 'pass', "Compensation for the lost booking is reviewed by our customer relations manager, who will call you tomorrow. — Jo", { needsEscalation: true }],
  ['under-promise', 'pass', "I'm a real person, I promise 😄 Your refund went out yesterday. — Jo", { persona: 'joking' }],
  ['under-promise', 'pass', "We're not robots, I swear! I'll check the order now. — Jo", { persona: 'joking' }],
  ['under-promise', 'pass', "I'm definitely not a bot, promise — and yes, the fries are fresh. — Jo", { persona: 'joking' }],
  ['under-promise', 'fail', "Your sofa will arrive on Saturday, I promise. — Jo"],
  // Crisis clarification: since when, and what has not happened.
  ['three-c', 'pass', "We're sorry. Since about 9:15 a fault in our network has cut card payments. Engineers are rerouting traffic now.", { crisis: true }],
  ['three-c', 'pass', "We understand the worry, and we're sorry. There has been no leak at the plant, and our engineers are testing the river daily; we'll post results here.", { crisis: true }],
  ['three-c', 'pass', "We're sorry for the alarm. No cases have been reported to us, and we're taking extra samples today.", { crisis: true }],
  // The customer's usage, plan dates, payments, town or orders in public.
  ['protect-privacy', 'fail', "Haha! Your bill's high because you went 3GB over your allowance.", { persona: 'joking' }],
  ['protect-privacy', 'fail', 'Your 20GB SIM plan renews on the 3rd.', { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'Your introductory discount ended on 2 June, which is why the price went up.', { persona: 'neutral' }],
  ['protect-privacy', 'fail', "I've checked and your membership freeze runs until April.", { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'The block came from the £250 payment in Madrid.', { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'The parcel went to your Bristol address on time.', { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'Both tablets were ordered online on 2 May.', { persona: 'malicious' }],
  ['protect-privacy', 'pass', "The £20 is back on its way to you; banks take a few days. — Jo", { persona: 'neutral' }],
  ['protect-privacy', 'pass', "Our 20GB plan is £12 a month if you'd like to switch. DM me. — Jo", { persona: 'neutral' }],
];

describe('round seven: ideas from the dev-g corpus, in new words', () => {
  eachCase(ROUND_SEVEN_IDEAS);
});

const ROUND_EIGHT_IDEAS: Case[] = [
  // "Fraud" naming the company's own team or system accuses nobody; calling the post fraud does.
  ['no-arguing', 'pass', "Sorry about this. Our fraud checks paused the payment, and I've asked the team to release it today. — Jo"],
  ['no-arguing', 'pass', "I'm sorry. The fraud review team will look at your claim again and email you by Friday. — Jo"],
  ['no-arguing', 'pass', "Sorry for the worry. Our fraud detection system flagged the transfer; I'll call you within the hour. — Jo"],
  ['no-arguing', 'fail', 'This claim is fraudulent and we will not engage with it.', { persona: 'malicious' }],
  // "Cope" as an ordinary verb is not a sneer; "cope" thrown back at the customer is.
  ['calm-tone', 'pass', "Sorry — our booking page couldn't cope with the demand this morning. It's back now. — Jo"],
  ['calm-tone', 'pass', "I'm sorry, the kitchen struggled to cope on Saturday night. I'll refund the delivery fee. — Jo"],
  ['calm-tone', 'pass', "Sorry! The servers can't cope with that many players at once, so we're adding more tonight. — Jo"],
  ['calm-tone', 'fail', 'Cope.', { persona: 'vague-rude' }],
  // A colleague called Karen signing with her role is a signature, not a put-down.
  ['calm-tone', 'pass', "Sorry for the wait. I've booked you in for Tuesday at 10. Best wishes, Karen (reception)"],
  ['calm-tone', 'pass', "I'm sorry about the mix-up; your refund went out today. Kind regards, Karen (accounts team)"],
  ['calm-tone', 'pass', "Thanks for your patience — the part arrives Thursday. Warm wishes, Karen (service desk)"],
  ['calm-tone', 'fail', 'OK Karen, we heard you the first time.'],
  // An emoji closes a clause: a "no" or "not" before it does not cancel the thanks after it.
  ['thank-the-customer', 'pass', 'Sadly no spare capes in stock 🦸 Thanks for the giggle! I can order one in for Friday. — Jo', { persona: 'joking' }],
  ['thank-the-customer', 'pass', "We're not fans of soggy chips either 😅 Thanks for letting us know, I'll refund them. — Jo", { persona: 'joking' }],
  ['thank-the-customer', 'pass', 'No extra lives in real life 🎮 Thanks for bearing with us while the servers restart. — Jo', { persona: 'joking' }],
  ['thank-the-customer', 'fail', "Not a thanks in sight. We'll look at it. — Jo", { persona: 'joking' }],
  // "Sorry you found out this way" is sorry for what happened; "sorry you feel that way" is not.
  ['empathy', 'pass', "I'm sorry you found out about the delay from a stranger. I'll ring you today with a new date. — Jo"],
  ['empathy', 'pass', "So sorry you had to find out from the news. Our team will email every customer by 5pm. — Jo"],
  ['empathy', 'pass', "We're sorry you found out this way, and we'll post updates here every hour. — Jo"],
  ['empathy', 'fail', "We're sorry you feel that way. We'll look at it. — Jo"],
  // Acknowledging how the thing feels: "I get that…", "unsettling", "a shock".
  ['empathy', 'pass', "I get that a surprise charge on your statement is annoying. I'll check it today. — Jo", { persona: 'neutral' }],
  ['empathy', 'pass', "I know the waiting is unsettling when you have a flight to catch. We'll post the next update at 8. — Jo", { persona: 'neutral' }],
  ['empathy', 'pass', "That must have been a real shock when the bill arrived. I'll go through it with you by DM. — Jo", { persona: 'neutral' }],
  ['empathy', 'pass', "I realise the new rules are confusing. I'll email you a summary today. — Jo", { persona: 'neutral' }],
  ['empathy', 'fail', "The fee is £3 a month from May. I'll email you a summary today. — Jo", { persona: 'neutral' }],
  // "Correct anything that's wrong" is an offer, not a contradiction.
  ['no-arguing', 'pass', "DM me the booking and I'll fix anything that's wrong on it. — Jo"],
  ['no-arguing', 'pass', "Send me the receipt and I'll refund whatever was wrong. — Jo"],
  ['no-arguing', 'pass', "I'll go through the bill with you and correct everything that is incorrect. — Jo"],
  ['no-arguing', 'fail', "That's simply not true, the bill was correct. — Jo"],
  // A put-down instead of an answer: "X won't get you anywhere".
  ['calm-tone', 'fail', "Shouting at us won't get you anywhere."],
  ['calm-tone', 'fail', 'Posting lies is not going to get your account reinstated.', { persona: 'malicious' }],
  ['no-arguing', 'fail', "Threatening a bad review isn't going to help your case."],
  ['calm-tone', 'fail', 'Rude comments get you nowhere with us.', { persona: 'vague-rude' }],
  ['calm-tone', 'pass', "Sorry! A refund won't get you the tickets back, but I can move you to Saturday's show. — Jo"],
  // A non-apology that opens a defence of the company is a rebuttal.
  ['no-arguing', 'fail', "We're sorry you feel that way, but our prices are among the lowest in town.", { persona: 'vague-rude' }],
  ['no-arguing', 'fail', "Sorry you think so, but we have a five-star hygiene rating.", { persona: 'vague-rude' }],
  ['no-arguing', 'fail', "We're sorry you feel this way, but the staff followed our policy.", { persona: 'neutral' }],
  ['no-arguing', 'pass', "Sorry to hear that! If you tell me what went wrong, I'll look into it. — Jo", { persona: 'vague-rude' }],
  // The complaint denied on the company's word: "we're confident they wouldn't".
  ['no-arguing', 'fail', "We're confident our drivers would never speak to a customer like that."],
  ['no-arguing', 'fail', "I'm certain the team didn't ignore you on purpose; they are trained professionals."],
  ['no-arguing', 'fail', "We are completely convinced that none of our staff would laugh at a guest."],
  ['no-arguing', 'pass', "I'm sure you'd rather not wait, so I'll call you today. — Jo"],
  // The slip pinned on a distributor or the customer's old provider.
  ['no-blame-shifting', 'fail', "Sorry for the wait. The book was stuck at the distributor's warehouse for a week. — Jo", { channel: 'private' }],
  ['no-blame-shifting', 'fail', "Sorry! The delay came from the wholesaler, who lost our order. — Jo", { channel: 'private' }],
  ['no-blame-shifting', 'fail', "Sorry, I need the code from your previous provider, and they really should have sent it to you. — Jo", { channel: 'private', persona: 'neutral' }],
  ['no-blame-shifting', 'pass', "Sorry for the wait — we ordered the book late, that's on us. It arrives Friday. — Jo", { channel: 'private' }],
  // The harm pinned on how the customer used it.
  ['no-blame-shifting', 'fail', 'Maybe the video would load faster if you weren\'t downloading three films at once 😉', { persona: 'joking' }],
  ['no-blame-shifting', 'fail', "The app would run smoother if you closed the other tabs first.", { persona: 'neutral' }],
  ['no-blame-shifting', 'fail', "These mixers are designed for home use, so the motor burns out if it's used in a café every day."],
  ['no-blame-shifting', 'fail', "The tent is made for casual camping, and it will leak if you're using it on a mountain."],
  ['no-blame-shifting', 'pass', "Sorry the motor failed. Bring it in and we'll test it and replace it if it's faulty. — Jo"],
  // The customer's account or booking facts read out in public.
  ['protect-privacy', 'fail', 'Our records show no payments on your account since March.', { persona: 'malicious' }],
  ['protect-privacy', 'fail', 'This user was permanently banned for cheating.', { persona: 'malicious' }],
  ['protect-privacy', 'fail', 'I checked your account GamerPro77 and nothing has changed. — Jo', { persona: 'malicious' }],
  ['protect-privacy', 'fail', 'The logins all came from your usual laptop in Leeds. — Jo', { persona: 'malicious' }],
  ['protect-privacy', 'fail', "Sorry! Your saver ticket to Paris on the 3rd can't be refunded. — Jo", { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'The £18.50 payment to Pixel Games went through fine. — Jo', { persona: 'joking' }],
  ['protect-privacy', 'pass', "Sorry! Saver tickets can't be refunded, but DM me and I'll look at your options. — Jo", { persona: 'neutral' }],
  // A product batch code is not the customer's data.
  ['protect-privacy', 'pass', "We're recalling batch AB-1234 today; the code is on the lid. — Jo", { persona: 'neutral' }],
  ['protect-privacy', 'pass', 'Only lot XY-20991 is affected, printed under the jar. — Jo', { persona: 'neutral' }],
  ['protect-privacy', 'pass', 'Model KT-5501 kettles are part of the recall. — Jo', { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'Your order TR-88213 was left at the depot.', { persona: 'neutral' }],
  // A second option opened by ", or" with another actor or place: "…, or our nurse can ring you", "…, or in our hold".
  ['two-alternatives', 'pass', 'Sorry, no dogs on the flight deck. Two options: she can travel in an approved carrier, or in our pet-friendly hold. — Dan', { canGrant: false, persona: 'neutral', channel: 'private' }],
  ['two-alternatives', 'pass', "Sorry, we can't email the forms. Alternatively you can download them, or the support team can post them to you. — Beth", { canGrant: false, persona: 'neutral', channel: 'private' }],
  ['two-alternatives', 'pass', "Sorry, refunds aren't possible here. You can pay the difference in store, or at the desk. — Jo", { canGrant: false, persona: 'neutral', channel: 'private' }],
  ['two-alternatives', 'pass', "Sorry, we can't post results. Either read them in the portal, or Dr Shah can phone you tomorrow. — Beth", { canGrant: false, persona: 'neutral', channel: 'private' }],
  ['two-alternatives', 'fail', "Sorry, that isn't possible. The fee still applies, or the order is cancelled. — Jo", { canGrant: false, persona: 'neutral', channel: 'private' }],
  // A benefit tied to the review by "if you're happy / willing to…".
  ['no-review-incentive', 'fail', "So sorry! We'll refund the order if you're happy to take this review down. — Zoe"],
  ['no-review-incentive', 'fail', "Sorry about this. A £20 voucher is yours if you are willing to delete the post. — Zoe"],
  ['no-review-incentive', 'fail', "We'll send a free dessert box if you feel able to update your rating. — Zoe"],
  ['no-review-incentive', 'pass', "So sorry! I've refunded the order. If you're happy with how it was handled, you're welcome to update your review. — Zoe"],
  // A coined one-word brand name is not a person's signature.
  ['personal-touch', 'fail', "Sorry for the outage, we're fixing it now. – Brightwater"],
  ['personal-touch', 'fail', 'Thanks for raising it. – Linkwave', { persona: 'neutral' }],
  ['personal-touch', 'fail', 'Please DM us and we will look into it. Skylark'],
  ['personal-touch', 'fail', 'Bring it in and we will test it. – Hartley Hardware'],
  ['personal-touch', 'pass', "Sorry for the outage, we're fixing it now. – Hannah, Brightwater"],
  ['personal-touch', 'pass', "Sorry for the outage, we're fixing it now. – Emily"],
];

describe('round eight: ideas from the dev-h corpus, in new words', () => {
  eachCase(ROUND_EIGHT_IDEAS);
});

/**
 * Round nine: the ideas behind the misses of the probe-3 set (replies by writers the pack had
 * not seen), each in new words, with the near misses the new patterns must leave alone.
 */
const PROBE_THREE_IDEAS: Case[] = [
  // Mock gratitude: "no idea how we'd cope without customers like you".
  ['calm-tone', 'fail', "No idea how we'd survive without critics like you. Send us a DM and we'll check it."],
  ['calm-tone', 'fail', "Honestly don't know how we'd manage without experts like you 🙂 DM us the details."],
  ['calm-tone', 'pass', "We couldn't do it without customers like you, so thanks for sticking with us. — Jo"],
  // Talking down: "nice and simple for you", "ask your grandkids", "happy to humour you".
  ['calm-tone', 'fail', "I'll explain it really slowly for you: the red button turns it on.", { persona: 'neutral' }],
  ['calm-tone', 'fail', 'If this is still too complicated, maybe ask your grandkids to set it up.', { persona: 'neutral' }],
  ['calm-tone', 'fail', "Happy to humour you. Bring it in and we'll take a look.", { persona: 'neutral' }],
  ['calm-tone', 'pass', "I'll keep it simple: DM me your order and I'll refund it today. — Jo", { persona: 'neutral' }],
  // Exasperation at repeating oneself.
  ['calm-tone', 'fail', 'As per my last two emails, the voucher has already been sent.', { channel: 'private' }],
  ['calm-tone', 'fail', "I'll explain this one more time: the fee covers the delivery slot.", { channel: 'private' }],
  ['calm-tone', 'pass', "Sorry you had to message a third time, that's on us. I've refunded it now. — Jo", { channel: 'private' }],
  // A drawled "Riiight" is disbelief; a drawled "Sooo sorry" is warmth.
  ['calm-tone', 'fail', "Riiight, so the parcel just vanished on its own. We'll look into it."],
  ['calm-tone', 'pass', "Sooo sorry about this! We'll send a new one today. — Jo"],
  // A snide tag after a rhetorical question, a patronising "Bless you."
  ['calm-tone', 'fail', 'Have you tried turning the tap on? Just saying.', { persona: 'neutral' }],
  ['calm-tone', 'fail', 'Bless you. The charger goes in the other end.', { persona: 'neutral' }],
  ['calm-tone', 'pass', 'Is it the black or the silver model? Just so I send the right part. — Jo', { persona: 'neutral' }],
  // "Good luck finding better": a dare, not a wish.
  ['calm-tone', 'fail', 'Good luck getting a cheaper deal anywhere else in town 😉'],
  ['calm-tone', 'pass', "Good luck with the move, and sorry the van was late! I'll refund the fee today. — Jo"],
  // Scoffing at a vague post: "Awful how, exactly?", "just in a bad mood?", "zero actual detail".
  ['engage-wisely', 'fail', 'Awful how, exactly?', { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', 'Or are you just in a bad mood today?', { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', 'Thanks for the review, which contains zero actual detail.', { persona: 'vague-rude' }],
  ['engage-wisely', 'pass', "Sorry to hear that. What went wrong, exactly? We'd like to help.", { persona: 'vague-rude' }],
  // Judging the customer's character: "says more about you than…".
  ['calm-tone', 'fail', 'Shouting at our cashier says far more about you than about her.'],
  ['calm-tone', 'pass', 'Coming back to tell us that says a lot about your kindness, thank you! — Jo', { persona: 'neutral' }],
  // A veiled threat tied to the poster's words.
  ['calm-tone', 'fail', 'Remarks like these could put your account at risk, just so you know.'],
  ['calm-tone', 'fail', 'It would be wise to keep your comments civil on our page.'],
  ['calm-tone', 'pass', "Sorry about the app! Comments like this help us fix things faster, and I've logged the bug. — Jo"],
  // Evidence turned on the customer: "as your screenshot plainly shows", "15 minutes, not an hour".
  ['no-arguing', 'fail', 'As your own screenshot plainly shows, the code had expired.'],
  ['no-arguing', 'fail', 'Our booking system shows you waited 15 minutes, not an hour.'],
  ['no-arguing', 'pass', "As the photo shows, the lid cracked in transit, and I'm sorry. A new one goes out today. — Jo"],
  // A rebuttal by deduction or correction.
  ['no-arguing', 'fail', 'If the heater had been faulty, it would have been logged in our system.'],
  ['no-arguing', 'fail', 'Not sure where that figure came from; the plan is £30.'],
  ['no-arguing', 'fail', "That's not really how refunds work: they go back to the card."],
  ['no-arguing', 'pass', "I'm not sure where your parcel is right now, but I'll find out today. — Jo"],
  // A rhetorical debate: "how could X have… when", "could something else be the cause", "surely a…".
  ['no-arguing', 'fail', 'How could the boiler have leaked when our engineer tested it last week?'],
  ['no-arguing', 'fail', 'Might something else in the kitchen have been the cause?'],
  ['no-arguing', 'fail', 'Surely a ten-minute wait doesn\'t justify one star?'],
  ['no-arguing', 'pass', "Surely that can't be right. I'm sorry, I'll check the charge now. — Jo"],
  // Others are fine, so the poster is the odd one out.
  ['engage-wisely', 'fail', 'Most of our diners never have any complaints.', { persona: 'vague-rude' }],
  ['no-arguing', 'fail', "We've been ranked number one for service three years running."],
  ['no-arguing', 'fail', "Sorry, but we can't please everybody."],
  ['no-arguing', 'pass', "Most of our customers were hit by the outage too, and I'm sorry. I'll credit your account. — Jo"],
  // A challenge: "did you even taste it?"
  ['engage-wisely', 'fail', 'Did you even taste it?', { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', "If you'd even tried the spa you'd know it's the best in town.", { persona: 'vague-rude' }],
  ['engage-wisely', 'pass', "Have you tried the app since the update? If it's still slow, tell us and we'll look at it.", { persona: 'vague-rude' }],
  // A brush-off: not dignified, sent elsewhere.
  ['engage-wisely', 'fail', "We won't dignify this.", { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', "There's a supermarket down the road if that's more your style.", { persona: 'vague-rude' }],
  ['no-arguing', 'pass', "We also do a decaf version if that's more your thing! — Jo", { persona: 'neutral' }],
  // Lecturing a vague poster.
  ['engage-wisely', 'fail', "Comments like these don't help anybody.", { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', 'If you have a legitimate grievance, use the complaints form.', { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', 'Our staff are human too, you know.', { persona: 'vague-rude' }],
  ['engage-wisely', 'pass', "If you have a specific issue, tell us and we'll look at it.", { persona: 'vague-rude' }],
  // The matter handed to someone else: "in the carrier's hands", "you'd have to take that up with…".
  ['no-blame-shifting', 'fail', "Once it's dispatched it's in the carrier's hands, I'm afraid."],
  ['no-blame-shifting', 'fail', "You'd have to take that up with your card provider."],
  ['no-blame-shifting', 'fail', 'After collection it becomes the courier\'s responsibility.'],
  ['no-blame-shifting', 'pass', "It was in our hands the whole time, so that's on us. I'm refunding it now. — Jo"],
  // The slip put on someone outside the company.
  ['no-blame-shifting', 'fail', 'The factory switched the fabric without telling us, hence the shrinkage.'],
  ['no-blame-shifting', 'fail', "That store is independently run, so we can't comment on its staff."],
  ['no-blame-shifting', 'fail', 'The cleaner was a contracted worker, not one of ours.'],
  ['no-blame-shifting', 'fail', "We're only the marketplace, so the seller handles returns."],
  ['no-blame-shifting', 'pass', "The engineer was agency staff, but he was working for us, so this is on us to fix. I'll send someone else tomorrow. — Jo"],
  // "Not my department" in other words.
  ['no-blame-shifting', 'fail', "Refund timings aren't something we're able to control, sorry."],
  ['no-blame-shifting', 'fail', "Sorry, the fault isn't on our end."],
  ['no-blame-shifting', 'pass', "Sorry, a cash refund isn't something we can offer, but I can put store credit on your card today. — Jo"],
  ['no-blame-shifting', 'pass', 'Nothing has changed on our side: the price has been £5 since March. — Jo', { persona: 'neutral' }],
  // The customer's input blamed in the passive.
  ['no-blame-shifting', 'fail', 'An old email address was saved on the account, which is why you missed the updates.'],
  ['no-blame-shifting', 'fail', 'The incorrect size was selected on the order form.'],
  ['no-blame-shifting', 'pass', "We sent the wrong size, sorry, that's our mistake. A new pair goes out today. — Jo"],
  // A diagnosis that pins the fault on how the customer used it.
  ['no-blame-shifting', 'fail', 'Shrinking like this typically happens when wool is tumble dried.', { persona: 'neutral' }],
  ['no-arguing', 'fail', "A swollen battery often means it's been charged with a third-party cable."],
  ['no-blame-shifting', 'pass', "Sorry, mould this early usually means the batch wasn't baked properly, which is on us. — Jo"],
  // The customer's stay, balance or order read out in public.
  ['protect-privacy', 'fail', "You checked into Suite 12 on Friday, so I've asked the team to check it.", { sensitive: true }],
  ['protect-privacy', 'fail', "You've got 1,250 points on your account, worth £12.50.", { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'I can see your Monday 9am appointment was cancelled.', { sensitive: true }],
  ['protect-privacy', 'pass', 'Members earn 10 points for every £1 spent, and points never expire. — Jo', { persona: 'neutral' }],
  // A jab back at the joker.
  ['join-the-joke', 'fail', 'Says the guy who ordered four pizzas for one 😂', { persona: 'joking' }],
  ['join-the-joke', 'fail', 'Read the instructions next time, genius 😂', { persona: 'joking' }],
  ['join-the-joke', 'pass', "Says a lot that you stayed for dessert 😄 We'll have a word with the chef about the portions!", { persona: 'joking' }],
  // A sure outcome in other words.
  ['under-promise', 'fail', 'The engineer will be there by noon, without a doubt.'],
  ['under-promise', 'fail', 'Consider it sorted: the refund lands tonight.'],
  ['under-promise', 'fail', "No chance of it recurring, that's a promise."],
  ['under-promise', 'pass', "We'll chase it today, no problem. I'll update you by 5pm. — Jo"],
  ['under-promise', 'pass', "There's no risk to your card details: we never store them. — Jo", { persona: 'neutral' }],
  // A hypothetical problem named in an invitation is not blame.
  ['engage-wisely', 'pass', "Sorry you're unhappy. If you're having a specific problem with your card, DM us and we'll look at it.", { persona: 'vague-rude' }],
  ['no-blame-shifting', 'fail', "It's probably a problem with your browser.", { persona: 'neutral' }],
  // The account denied on the company's word: "the footage says otherwise", "confusing us with…", "I doubt that".
  ['no-arguing', 'fail', 'The delivery photo tells a different story.'],
  ['no-arguing', 'fail', "I suspect you're thinking of a different restaurant."],
  ['no-arguing', 'fail', "That's highly unlikely, as every order is weighed twice."],
  ['no-arguing', 'fail', 'It was 40 minutes, not two hours as your review claims.'],
  ['no-arguing', 'pass', "So sorry, it's maddening when the app says otherwise. I've opened a trace on the parcel. — Jo"],
  ['no-arguing', 'pass', "I doubt it'll take long, but I'll update you by noon either way. — Jo"],
  // "We have no control over…", "send it back to them", the new starter as the culprit.
  ['no-blame-shifting', 'fail', 'We have no control over how the airline handles bags.'],
  ['no-blame-shifting', 'fail', "Delays at customs are something we can't influence, I'm afraid."],
  ['no-blame-shifting', 'fail', "Please return it to the manufacturer, as they handle faults."],
  ['no-blame-shifting', 'fail', "Sorry, a new starter on the till forgot to apply the discount."],
  ['no-blame-shifting', 'pass', "Send it to us and we'll return it to the manufacturer for you, so you don't have to. — Jo"],
  // Pinning it on how the customer used it: "not assembled according to the instructions".
  ['no-blame-shifting', 'fail', "It looks like the shelf wasn't fitted in line with the instructions."],
  ['no-blame-shifting', 'pass', "I'm sorry, the shelf wasn't fitted according to the instructions by our installer, which is on us. — Jo"],
  // Scolding a vague poster: "not very nice, is it?", "no need for that".
  ['engage-wisely', 'fail', "Not very kind, was it?", { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', "There's really no need for the name-calling.", { persona: 'vague-rude' }],
  ['engage-wisely', 'pass', "Sorry it wasn't nice. What went wrong? We'd like to help.", { persona: 'vague-rude' }],
  // The customer's money or contract dates read out in public.
  ['protect-privacy', 'fail', "You've got £18.60 left on the voucher, so it's still valid.", { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'Your tenancy ends on the 30th, so the deposit will follow then.', { persona: 'neutral' }],
  ['protect-privacy', 'pass', 'Vouchers stay valid for 12 months from purchase. — Jo', { persona: 'neutral' }],
  // A promised future without the problem.
  ['under-promise', 'fail', "You'll never see these delays again."],
  ['under-promise', 'pass', "We're working to stop these delays happening again, and I'll update you on Friday. — Jo"],
  // Mock amazement at an obvious point.
  ['calm-tone', 'fail', 'Mind-blowing observation there.', { persona: 'neutral' }],
  ['calm-tone', 'fail', 'Congrats on working out that the lid unscrews.', { persona: 'neutral' }],
  ['calm-tone', 'pass', 'Congrats on the new flat! Your router ships today. — Jo', { persona: 'neutral' }],
  // An ultimatum is a threat.
  ['calm-tone', 'fail', "Carry on with messages like this and we'll block the account."],
  ['calm-tone', 'fail', 'One more comment like that and you will be removed from the group.'],
  ['calm-tone', 'pass', "Keep the receipt and we'll refund it when you bring it in. — Jo"],
  // A bare check of "this" promises nothing specific.
  ['concrete-next-step', 'fail', "We'll look into this and get back to you."],
  ['concrete-next-step', 'fail', "Sorry about this. We'll review this and be in touch."],
  ['concrete-next-step', 'pass', "I'll check that order's tracking for you and DM you what I find. — Jo"],
  // More talking down and exasperation: "small words", "as explained in my earlier emails", "Mm-hmm."
  ['calm-tone', 'fail', "I'll try to use small words this time.", { persona: 'neutral' }],
  ['calm-tone', 'fail', 'As explained in my earlier emails, the refund is on its way.', { channel: 'private' }],
  ['calm-tone', 'fail', 'Mm-hmm. And the parcel just walked off, I suppose.'],
  ['calm-tone', 'pass', "Mm, that pasta sounds lovely, and I'm sorry it arrived cold. I'll refund it today. — Jo"],
  ['calm-tone', 'fail', 'That kind of language says a lot about your manners.'],
  // More rebuttals by deduction and insinuation.
  ['no-arguing', 'fail', 'If the door had been forced, the alarm would have detected it.'],
  ['no-arguing', 'fail', 'Might someone else in the household have used the card?'],
  // More ways to hand the matter to someone else.
  ['no-blame-shifting', 'fail', "You'd be best contacting the airline about that."],
  ['no-blame-shifting', 'fail', "That hotel is a franchise, so we can't change its policies."],
  ['no-blame-shifting', 'fail', "Parking fines aren't something we have any say over."],
  ['no-blame-shifting', 'fail', 'An outdated card was used at checkout, hence the failed payment.'],
  ['no-blame-shifting', 'fail', 'Warping like this usually means the board was left near a radiator.', { persona: 'neutral' }],
  // Refusing to answer a vague poster, but not declining to discuss a case in public.
  ['engage-wisely', 'fail', "We're not going to reply to insults.", { persona: 'vague-rude' }],
  ['calm-tone', 'pass', "We're not going to reply to this publicly, so please DM us and I'll sort it. — Jo"],
  // More of the customer's account read out in public.
  ['protect-privacy', 'fail', 'Your account balance is now £3.20, so the top-up went through.', { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'You stayed from the 2nd to the 5th, and the room should have been cleaned daily.', { sensitive: true }],
];

describe('round nine: ideas from the probe-3 set, in new words', () => {
  eachCase(PROBE_THREE_IDEAS);
});

/**
 * Round ten: ideas from the dev-i corpus (a fresh writer, mostly good replies), each in new
 * words, with the near misses the new wording must leave alone.
 */
const DEV_I_IDEAS: Case[] = [
  // Understanding in the British register: "I appreciate this is…", "we realise it isn't…".
  ['empathy', 'pass', "I appreciate it's been a long wait for this answer. The form is on page two. — Jo", { persona: 'neutral' }],
  ['empathy', 'pass', "We realise this isn't the news you hoped for. The next slot is Monday.", { persona: 'neutral' }],
  ['empathy', 'fail', 'I appreciate your patience while we check. — Jo', { persona: 'neutral' }],
  // The customer's load named: "a lot to juggle", "can feel like a chore".
  ['empathy', 'pass', "Starting a new job is a lot to take on, so here's the short version: the form is on page two. — Jo", { persona: 'neutral' }],
  ['empathy', 'pass', 'I know switching banks can seem like a real chore. The form takes five minutes. — Jo', { persona: 'neutral' }],
  ['empathy', 'fail', "There's a lot of choice in our range, so have a look online.", { persona: 'neutral' }],
  // Concern for what the poster reports, without admitting it.
  ['empathy', 'pass', "We're troubled by what you describe. Please DM us the date so I can check the rota. — Jo", { persona: 'malicious' }],
  ['empathy', 'pass', 'We take every allergy concern very seriously, and our chef will review your order from Saturday. — Jo', { persona: 'malicious' }],
  ['empathy', 'pass', 'We take any complaint about hygiene seriously. Our logs for that week are available on request. — Jo', { persona: 'malicious' }],
  ['empathy', 'fail', "We're concerned about posts that name our staff. Please keep it civil.", { persona: 'malicious' }],
  ['empathy', 'fail', 'We take all reviews seriously.', { persona: 'neutral' }],
  // A check that names its object as a question: "where yours is", "how it was worked out".
  ['concrete-next-step', 'pass', "Sorry about that. I'll look into how your address got changed and message you. — Jo"],
  ['concrete-next-step', 'pass', "Sorry! I'm checking whether the engineer's slot can come forward. — Jo"],
  ['concrete-next-step', 'fail', "We'll look into what we can do and get back to you."],
  // A named thing put in hand: "get the block looked at"; "the issue" names nothing.
  ['concrete-next-step', 'pass', "So sorry. I'll get the lift inspected. — Jo"],
  ['concrete-next-step', 'fail', "Sorry, we'll get the issue looked at."],
  // A report-back tied to a named event, not "as soon as we can".
  ['concrete-next-step', 'pass', "Thanks for asking! I'll message you once the blue version is back in stock. — Jo", { persona: 'neutral' }],
  ['concrete-next-step', 'fail', "Thanks for asking. We'll let you know as soon as we can.", { persona: 'neutral' }],
  ['concrete-next-step', 'fail', "We'll be in touch when we know more.", { persona: 'neutral' }],
  // A named tool to watch.
  ['concrete-next-step', 'pass', 'Good question! Keep checking the tracking page, it updates at each depot. — Jo', { persona: 'neutral' }],
  // A new thing offered, or a named action done for the customer; "sort it for you" names nothing.
  ['concrete-next-step', 'pass', "Sorry about the lockout. I'll get you a temporary login while we look. — Jo"],
  ['concrete-next-step', 'pass', "Thanks! DM me and I'll change the delivery date for you. — Jo", { persona: 'neutral' }],
  ['concrete-next-step', 'fail', "Sorry about that, I'll sort it for you."],
  // A report back with its time.
  ['concrete-next-step', 'pass', "I'll go over the meter readings and let you know by Thursday. — Jo"],
  // The case given to a named team or handler.
  ['concrete-next-step', 'pass', "Sorry about the glitch! I've logged the bug with our app team. — Jo", { persona: 'neutral' }],
  ['concrete-next-step', 'fail', "Thanks, I've passed your feedback to the team.", { persona: 'neutral' }],
  ['escalate', 'pass', "I've asked your case officer to ring you by Friday to go through the claim. — Jo", { needsEscalation: true }],
  // A company line with its number is a private channel, not a leak.
  ['take-private', 'pass', "Sorry about the outage. Please ring our support line on 0800 000 111 and we'll talk it through. — Jo"],
  ['protect-privacy', 'pass', "Sorry about the outage. Please ring our support line on 0800 000 111 and we'll talk it through. — Jo"],
  // What is known: no reports received.
  ['three-c', 'pass', "We're sorry for the worry. We have received no reports of illness linked to this batch, and we're testing samples today. — Jo", { crisis: true }],
  // A guarantee of an outcome in other words.
  ['under-promise', 'fail', 'I can guarantee the part will arrive tomorrow.'],
  ['under-promise', 'fail', 'Guaranteed repair within 24 hours!'],
  ['under-promise', 'pass', "I can't guarantee the part will arrive tomorrow, but I'll chase it. — Jo"],
  // The harm pinned on the customer's account, and the account read out in public.
  ['no-blame-shifting', 'fail', 'The transfer failed because your card had expired.', { persona: 'neutral' }],
  ['no-arguing', 'fail', 'The payment bounced since your balance was too low.'],
  ['no-blame-shifting', 'fail', 'The line was cut off due to unpaid bills.'],
  ['no-blame-shifting', 'pass', "It went through once your new card was added, so you're all set. — Jo", { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'Your membership was paused due to arrears.', { persona: 'neutral' }],
  ['protect-privacy', 'fail', 'I can see a transfer of £300 to Halden Motors last week.', { persona: 'neutral' }],
  ['protect-privacy', 'pass', 'Transfers of over £1,000 need an extra security check. — Jo', { persona: 'neutral' }],
  // A fault excused as normal.
  ['no-arguing', 'fail', 'Everything is cooked to order, so delays do happen at peak times.'],
  ['no-arguing', 'pass', "Sorry, delays like this shouldn't happen, and I'm chasing it now. — Jo"],
  // Telling the customer they are not up to it; a literal "yes" to a rhetorical jab.
  ['calm-tone', 'fail', 'Perhaps stick with the instant noodles then.', { persona: 'neutral' }],
  ['calm-tone', 'pass', "We'll stick with your original delivery slot then. — Jo", { persona: 'neutral' }],
  ['calm-tone', 'fail', "Yep, we're really reading these 🙂"],
  ['calm-tone', 'pass', "Yes, we're here! Sorry for the slow reply. — Jo"],
  // Grovelling for a harm nobody has shown.
  ['facts-not-accusations', 'fail', 'We take complete responsibility for all the damage. We utterly failed you.', { persona: 'malicious' }],
  // A second option after ", or": "or point you to…".
  ['two-alternatives', 'pass', "Sorry, the sofa is discontinued. I can order the matching chair, or point you to our outlet in Leeds. — Jo", { canGrant: false }],
  ['two-alternatives', 'fail', "I'm sorry, the only option I can give you is a repair through our partner workshop.", { canGrant: false }],
  ['two-alternatives', 'pass', "Sorry, I can't reopen the sale price, but I can check whether a price-match applies, or hold the next batch for you. — Jo", { canGrant: false }],
  ['two-alternatives', 'fail', "Sorry, I can't reopen the sale price, but I can check whether our outlet has one left. — Jo", { canGrant: false }],
  // Words that only looked like faults: fraud the customer suffered, "the competition" in a joke,
  // a thank-you that is not a gift, a hygiene star rating, "— DM us", our own customer care.
  ['no-arguing', 'pass', "I'm sorry you've been caught up in card fraud; I've blocked the card and a new one is on its way. — Jo"],
  ['no-arguing', 'pass', "Sorry, I've stopped the fraudulent payment and your refund is on its way. — Jo"],
  ['facts-not-accusations', 'fail', 'Are you from the competition, by any chance?', { persona: 'malicious' }],
  ['no-arguing', 'pass', "Sorry for the competition, pigeon 🐦 I've booked an engineer for tomorrow. — Jo", { persona: 'joking' }],
  ['no-review-incentive', 'pass', "Thank you for raising it. Our café holds a 5-star food hygiene rating, and I'll check the logs for that day. — Jo", { persona: 'malicious' }],
  ['no-review-incentive', 'fail', "If you raise your review to five stars, we'll send a little thank-you gift."],
  ['personal-touch', 'fail', "Sorry about the delay — DM us and we'll chase it."],
  ['personal-touch', 'pass', "Sorry for the mix-up — Priya here from the bookings team. The dates are fixed now."],
  ['no-blame-shifting', 'pass', 'Please contact Customer Care on the number on your receipt.', { persona: 'neutral' }],
];

describe('round ten: ideas from the dev-i corpus, in new words', () => {
  eachCase(DEV_I_IDEAS);
});

// Round eleven: the ideas behind the misses of five new writers (dev-j..dev-n), each said in
// words none of them used, with the near misses each pattern must leave alone.
const ROUND_ELEVEN_IDEAS: Case[] = [
  // A concrete act the writer commits to, named by its verb; a vague promise of news is not one.
  ['concrete-next-step', 'pass', "Sorry about the mix-up. I'll swap the charger for the right model this afternoon. — Jo"],
  ['concrete-next-step', 'pass', "Sorry it's gone astray — we'll track down the parcel and ring you once we have it. — Jo"],
  ['concrete-next-step', 'fail', "Sorry for the wait. We'll share more news when we can. — Jo", { persona: 'neutral' }],
  // Something asked for on the customer's behalf, and what the customer will receive.
  ['concrete-next-step', 'pass', "Thanks for spotting that. I've asked for the shop sign to be corrected. — Jo", { persona: 'neutral' }],
  ['concrete-next-step', 'pass', "Sorry about the noise. You'll be switched to a quieter room on the top floor this evening. — Jo"],
  ['concrete-next-step', 'pass', "Sorry for the trouble. You'll certainly receive a replacement card in the post. — Jo"],
  // An offer made to this customer, a time included.
  ['concrete-next-step', 'pass', "Sorry, the 6pm slot has gone. We can offer 7.30 instead, with a free dessert. — Jo"],
  ['concrete-next-step', 'fail', "Sorry about that. We offer great value to all our members. — Jo"],
  // A check that names what is checked; a bare look is not one.
  ['concrete-next-step', 'pass', "Sorry about the double charge. I'll look into why the payment was taken twice and reply here. — Jo"],
  ['concrete-next-step', 'pass', "Sorry for the scare. I'll check our temperature logs for that freezer. — Jo"],
  ['concrete-next-step', 'fail', "Sorry about this, I'll find out why. — Jo"],
  // Records offered to the customer, or a named service on request.
  ['concrete-next-step', 'pass', "Thank you for raising it. We keep the cleaning rota, and I'm happy to send you a copy of the sign-off sheet. — Jo", { persona: 'malicious' }],
  ['concrete-next-step', 'pass', "Sorry to hear it's still dripping. Message me if you'd like an engineer booked for Monday morning. — Jo"],
  ['concrete-next-step', 'fail', "Sorry about that. Let us know if you need anything else. — Jo"],
  // Money said to come back; a concrete answer or recommendation.
  ['concrete-next-step', 'pass', "Sorry for the worry. The deposit will be returned to your account automatically within three days. — Jo"],
  ['concrete-next-step', 'pass', "Good question! I'd recommend trying our oat flat white, which is dairy-free. — Jo", { persona: 'neutral' }],
  ['concrete-next-step', 'pass', "Thanks for asking! You can cancel your plan yourself in the app under Billing. — Jo", { persona: 'neutral' }],
  // A third party with a failing said of it, habits included; their trouble given as plain news is not blame.
  ['no-blame-shifting', 'fail', "Sorry, our cleaning contractor has been painfully slow this month. — Jo"],
  ['no-blame-shifting', 'fail', "Our courier keeps losing parcels on that route, I'm afraid. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry! Our couriers have been letting us down all week. — Jo"],
  ['no-blame-shifting', 'pass', "Sorry for the delay. The roads were closed by snow overnight, and I've booked your delivery for Friday. — Jo"],
  // The fault given to a third party as theirs, or as to blame.
  ['no-blame-shifting', 'fail', "Sorry for the wait — honestly, it's their glitch, not something we set up. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry! The station works on the bypass are to blame for the late buses. — Jo"],
  ['no-blame-shifting', 'fail', "Ha, blame Priya in dispatch, she's new 😂 — Jo", { persona: 'joking' }],
  ['no-blame-shifting', 'pass', "Sorry, that slip is on us, and you're not to blame for any of it. — Jo"],
  ['no-blame-shifting', 'pass', "Blame me for that one, I typed the wrong date. Fixed now! — Jo", { persona: 'joking' }],
  // The system as the agent of the harm; our own system owned is not.
  ['no-blame-shifting', 'fail', "Sorry, the order was cancelled by the system overnight. — Jo"],
  ['no-blame-shifting', 'fail', "Apologies. The booking system automatically flagged your card. — Jo"],
  ['no-blame-shifting', 'pass', "Sorry, our system cancelled your order by mistake — that's our error and I've restored it. — Jo"],
  ['no-blame-shifting', 'pass', "Sorry! The courier left it at the wrong door — that's one we need to get right, so a new one ships today. — Jo"],
  // A third party as the cause with the company outside it: no control, their own rules, outsourced work.
  ['no-blame-shifting', 'fail', "Sorry, the closures are set by the council, which we have no control over. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry! Cafés on the app set their own opening times. — Jo", { persona: 'neutral' }],
  ['no-blame-shifting', 'fail', "Sorry. Our repairs are carried out by an external contractor. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry, these errors stem from our payments provider. — Jo"],
  // The cause guessed to lie elsewhere; a cause guessed inside the company is not.
  ['no-blame-shifting', 'fail', "Sorry about the noise — it might have come from the flat upstairs. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry about the spam. It's most likely from another site you signed up to. — Jo"],
  ['no-blame-shifting', 'pass', "Sorry about the smell — it may have come from our bins, and I've had them moved. — Jo"],
  // Damage read as the customer's doing; damage in transit is not.
  ['no-blame-shifting', 'fail', "Sorry to hear it. Zips don't just split by themselves, though. — Jo"],
  ['no-arguing', 'fail', "Sorry. It looks like the jacket has been tumble-dried, which shrinks wool. — Jo"],
  ['no-blame-shifting', 'pass', "Sorry — it looks like it's been dropped in transit, so I'm sending a new one today. — Jo"],
  // The customer's own set-up, act or instruction given as the cause.
  ['no-blame-shifting', 'fail', "Thanks for reporting it. This usually happens when your browser settings block cookies. — Jo", { persona: 'neutral' }],
  ['no-blame-shifting', 'fail', "Sorry it got wet. Our courier followed your delivery note and left it by the shed. — Jo"],
  ['no-arguing', 'fail', "The sizes were in the description though, so worth a look before ordering. — Jo", { persona: 'neutral' }],
  ['no-blame-shifting', 'pass', "Thanks for reporting it. This happens when our app update clashes with older phones — I'll send a fix tonight. — Jo", { persona: 'neutral' }],
  // A flat denial, in any wording; agreement that something was unfair is not one.
  ['no-arguing', 'fail', "Thanks for posting, but that wasn't what happened at all. — Jo"],
  ['no-arguing', 'fail', "Calling our team lazy isn't fair. — Jo", { persona: 'vague-rude' }],
  ['no-arguing', 'fail', "There's no need to exaggerate; the wait was twenty minutes. — Jo"],
  ['no-arguing', 'pass', "You're right, that wasn't fair on you, and I'm sorry. — Jo"],
  // The customer told they knew already.
  ['no-arguing', 'fail', "You were warned about this at checkout. — Jo"],
  ['no-arguing', 'fail', "The pool was shut for repairs, which was mentioned in your booking confirmation. — Jo"],
  ['no-arguing', 'pass', "I'm sorry you weren't told about the pool closure; I'll refund the day pass. — Jo"],
  // The company's side restated against the complaint.
  ['no-arguing', 'fail', "We've reviewed it and the penalty stands. — Jo"],
  ['no-arguing', 'fail', "The card readers were functioning correctly that evening. — Jo"],
  ['no-arguing', 'pass', "Sorry for the outage — the card readers are now working normally again. — Jo"],
  ['no-arguing', 'fail', "Our groomers always brush out knots first, so I'm surprised to hear this. — Jo"],
  ['no-arguing', 'fail', "You checked in after the 6pm cut-off, so the late fee applies. — Jo"],
  ['no-arguing', 'pass', "I'm surprised and sorry to hear this — it isn't the care we aim for. — Jo"],
  // The customer told they missed what was written; a sneer about it is a tone fault too.
  ['no-arguing', 'fail', "The menu very clearly lists the nuts in that dish. — Jo"],
  ['calm-tone', 'fail', "As it clearly says on the booking page, check-in is at 3. — Jo", { persona: 'neutral' }],
  ['calm-tone', 'pass', "Check-in is at 3, and it's on the booking page too. — Jo", { persona: 'neutral' }],
  // The customer shown the door.
  ['no-arguing', 'fail', "Then don't book with us again. — Jo", { persona: 'vague-rude' }],
  ['calm-tone', 'fail', "Fine, your loss. — Jo", { persona: 'vague-rude' }],
  ['calm-tone', 'pass', "I'm so sorry for your loss, and thank you for telling us. — Jo", { persona: 'neutral' }],
  // A patronising tip; a real troubleshooting tip is not one.
  ['calm-tone', 'fail', "Maybe look at the clock next time 😉 — Jo", { persona: 'joking' }],
  ['calm-tone', 'fail', "Perhaps turn up on time like everyone else. — Jo", { persona: 'vague-rude' }],
  ['calm-tone', 'pass', "Maybe try restarting the router first — if that doesn't help, DM me and I'll run a test. — Jo", { persona: 'neutral' }],
  // A jab at the customer.
  ['calm-tone', 'fail', "If you have an actual question, we're here. — Jo", { persona: 'vague-rude' }],
  ['calm-tone', 'fail', "Says the man who orders the same pizza every week 😂 — Jo", { persona: 'joking' }],
  ['calm-tone', 'fail', "Which you'd know if you'd opened the email. — Jo", { persona: 'neutral' }],
  ['calm-tone', 'pass', "Thanks for the laugh — unlike our oven, you're on fire today 😂 — Jo", { persona: 'joking' }],
  // The post itself called rubbish; the customer's rubbish day is not. Calling it a lie is a denial.
  ['no-arguing', 'fail', "Your review is a complete fabrication. — Jo", { persona: 'malicious' }],
  ['calm-tone', 'fail', "Please stop posting such drivel about our staff. — Jo", { persona: 'vague-rude' }],
  ['calm-tone', 'pass', "Sorry you had such a rubbish evening with us. — Jo", { persona: 'neutral' }],
  // A warning in any wording.
  ['calm-tone', 'fail', "Abuse of our drivers will not be tolerated. — Jo", { persona: 'vague-rude' }],
  ['calm-tone', 'fail', "Be aware that posts like this could result in legal action. — Jo", { persona: 'malicious' }],
  ['calm-tone', 'pass', "Sorry — the delay could result in a later arrival, so I'll update you at noon. — Jo"],
  // The poster tied to another review elsewhere.
  ['facts-not-accusations', 'fail', "Didn't you post an identical comment on the bakery across the road? — Jo", { persona: 'malicious' }],
  ['no-arguing', 'fail', "Funny, the same review turned up for another salon last week. — Jo", { persona: 'malicious' }],
  // Someone named, then a plain failing a few words on; a failing used as an adjective is not one.
  ['no-blame-shifting', 'fail', "Sorry — the weekend crew overlooked your booking note. — Jo"],
  ['no-blame-shifting', 'fail', "Apologies, the agent you talked to gave you incorrect advice. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry, the porter moved your case without checking the tag. — Jo"],
  ['no-blame-shifting', 'pass', "Sorry for the outage. Our technicians have replaced the damaged router and service is back. — Jo"],
  // A partner's failing in more words: unable to, done wrongly, blocked, changed, a problem had.
  ['no-blame-shifting', 'fail', "Sorry, our couriers were unable to reach the flat in time. — Jo"],
  ['no-blame-shifting', 'fail', "Sadly the supplier packed the kit wrongly this time. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry, your bank blocked the payment, so the booking lapsed. — Jo"],
  ['no-blame-shifting', 'fail', "Our shipping partner experienced a system failure overnight. — Jo"],
  // A partner as the place or agent of the slip.
  ['no-blame-shifting', 'fail', "Sorry, the hold-up is with our fulfilment partner this week. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry! The mix-up originated at our warehouse partner. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry, the meter was never reset by the energy provider. — Jo"],
  ['no-blame-shifting', 'fail', "The courier insisted it was handed over, I'm afraid. — Jo"],
  ['no-blame-shifting', 'pass', "Sorry! Our courier has confirmed the new date, and I'll message you the tracking link tonight. — Jo"],
  // The customer's own details, choice or slip as the cause.
  ['no-blame-shifting', 'fail', "Sorry, your postcode didn't match, so the card was declined. — Jo"],
  ['no-blame-shifting', 'fail', "Because the tickets were bought under a different account, the discount didn't apply. — Jo"],
  ['no-blame-shifting', 'fail', "Since you opted for collection, we can't deliver it now. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry, the scuffs are consistent with the case being dropped. — Jo"],
  ['no-blame-shifting', 'pass', "Sorry — as the slot you picked is now full, I've moved you to 3pm at no cost. — Jo", { persona: 'neutral' }],
  // The customer's account flatly denied or corrected; the company's side asserted.
  ['no-arguing', 'fail', "That never happened on our shuttle, I'm afraid. — Jo"],
  ['no-arguing', 'fail', "You did get the reminder text on Monday. — Jo"],
  ['no-arguing', 'fail', "There was no such surcharge on your bill. — Jo"],
  ['no-arguing', 'fail', "You booked the twin room, not the double. — Jo"],
  ['no-arguing', 'fail', "The invoice does state the deposit is non-refundable. — Jo"],
  ['no-arguing', 'fail', "Our drivers would never talk to a passenger like that. — Jo"],
  ['no-arguing', 'fail', "Your version doesn't match our booking logs. — Jo"],
  ['no-arguing', 'fail', "I can assure you our pool is cleaned every morning. — Jo"],
  ['no-arguing', 'fail', "Respectfully, our staff followed the correct procedure. — Jo"],
  ['no-arguing', 'fail', "I'd just point out that the offer ended at midnight. — Jo"],
  ['no-arguing', 'fail', "That isn't really an accurate picture of the evening. — Jo"],
  ['no-arguing', 'fail', "The bike was in full working order when it left. — Jo"],
  ['no-arguing', 'pass', "I can assure you we'll sort this today, and I'm sorry. — Jo"],
  ['no-arguing', 'pass', "Thanks for asking — we do deliver to the islands, usually within four days. — Jo", { persona: 'neutral' }],
  ['no-arguing', 'pass', "Sorry — I'll find out what actually happened and reply by Friday. — Jo"],
  // Scoffs, put-downs and the door.
  ['calm-tone', 'fail', "Enjoy with that, I suppose. Best of luck with that. — Jo", { persona: 'vague-rude' }],
  ['calm-tone', 'fail', "Imagine complaining about free parking 😂 — Jo", { persona: 'joking' }],
  ['calm-tone', 'fail', "Good grief, it's one cancelled class. — Jo"],
  ['calm-tone', 'fail', "Some of us actually work weekends, you know. — Jo", { persona: 'vague-rude' }],
  ['calm-tone', 'fail', "We're not mind readers. — Jo"],
  ['calm-tone', 'fail', "If you'd taken the time to read the email, you'd know. — Jo"],
  ['calm-tone', 'fail', "Thanks for the TED talk. — Jo", { persona: 'vague-rude' }],
  ['calm-tone', 'fail', "There's the door, then. — Jo", { persona: 'vague-rude' }],
  ['no-arguing', 'fail', "Go moan somewhere else. — Jo", { persona: 'vague-rude' }],
  ['calm-tone', 'pass', "Some of us are big fans of that menu too 😄 Thanks for the kind words! — Jo", { persona: 'joking' }],
  ['calm-tone', 'pass', "Honestly, that's not good enough, and I'm sorry. — Jo"],
  // Talking down, and the claim set against everyone else's experience.
  ['calm-tone', 'fail', "Let's not be so dramatic about a late latte. — Jo", { persona: 'vague-rude' }],
  ['calm-tone', 'fail', "Obviously you've never flown in August. — Jo"],
  ['calm-tone', 'fail', "Want a medal for spotting it? — Jo", { persona: 'joking' }],
  ['calm-tone', 'pass', "You deserve better than this, and I'm sorry. — Jo"],
  ['no-arguing', 'fail', "No idea where you heard that from. — Jo"],
  ['no-arguing', 'fail', "None of our other guests have had any problem with the showers. — Jo"],
  ['no-arguing', 'pass', "We've had no other reports, but we'd like to look into it straight away — could you DM us? — Jo"],
  ['calm-tone', 'fail', "This isn't the place to vent. — Jo", { persona: 'vague-rude' }],
  // The fault set on someone else's product or people; our own known issue is owned.
  ['no-blame-shifting', 'fail', "Sorry, it's a known bug with certain Huawei tablets. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry, the photographer at your event is freelance, so we can't answer for her. — Jo"],
  ['no-blame-shifting', 'fail', "Honestly that's one for the airline, not us. — Jo"],
  ['no-blame-shifting', 'pass', "Sorry — it's a known issue with our booking page, and a fix is going live tonight. — Jo"],
  ['no-blame-shifting', 'pass', "Sorry — there's a known fault in your area and engineers are on site now. — Jo"],
  // "Everyone does it" as the answer.
  ['no-arguing', 'fail', "Most hotels charge for late checkout these days. — Jo"],
  ['no-arguing', 'fail', "Our fees are in line with every other clinic nearby. — Jo"],
  ['no-arguing', 'pass', "Late checkout is £20; I can add it to your booking now. — Jo", { persona: 'neutral' }],
  // A patronising tip opened with "try".
  ['calm-tone', 'fail', "Try checking your junk folder properly next time. — Jo", { persona: 'neutral' }],
  ['calm-tone', 'pass', "Try clearing the app's cache — if that doesn't help, I'll send a fix. — Jo", { persona: 'neutral' }],
  // The slip owned as ours to fix keeps a partner's slip owned.
  ['no-blame-shifting', 'pass', "Sorry — our courier left it in the rain, and that's something we need to put right, so I'm sending a new one. — Jo"],
  // The remedy already moving, or one done with a named object; a bare "fix it" is not one.
  ['concrete-next-step', 'pass', "Sorry about the burnt base — a fresh one is already on its way. — Jo"],
  ['concrete-next-step', 'pass', "Sorry, I'll reconnect the landline remotely this morning. — Jo"],
  ['concrete-next-step', 'fail', "So sorry!!! We'll fix it ASAP. — Jo"],
  ['concrete-next-step', 'fail', "Sorry! We'll send them a stern email about it. — Jo"],
  // Refunds as a standing rule are not a refund offered.
  ['concrete-next-step', 'fail', "Sorry for the wait. Refunds take about a week to clear. — Jo"],
  ['concrete-next-step', 'fail', "Sorry, the airline decides on refunds for this route. — Jo"],
  ['concrete-next-step', 'pass', "Sorry for the wait — I've refunded both tickets this morning. — Jo"],
  // Privacy: an offer to check the customer's plan reads nothing out; a visit is not posting data.
  ['protect-privacy', 'pass', "Sorry about the bill! DM me and I'll make sure you're on the best tariff for your usage. — Jo"],
  ['protect-privacy', 'pass', "Sorry about that. Drop in with your receipt any day and I'll swap it. — Jo"],
  ['protect-privacy', 'pass', "Sorry for the disruption. We'll post the full details here by noon. — Jo", { persona: 'neutral' }],
  ['protect-privacy', 'fail', "Sorry! Please drop your order number below so we can check."],
  ['protect-privacy', 'pass', "Thanks for getting in touch. Let us know the details of your complaint so we can help. — Jo", { persona: 'neutral' }],
  // A stock deferral to a process is not a next step, even long and polite; one with a named step is.
  ['concrete-next-step', 'fail', "We apologise for the wait. Please allow up to 10 working days for your claim to be processed, and if you still have not heard by then, message us and a member of our team will investigate. Kind regards, Claims Team"],
  ['concrete-next-step', 'fail', "Sorry for the delay, Ruth. Please allow 48 hours for the change to show in the system, and then contact us via the app and one member of the team will look into it."],
  ['concrete-next-step', 'pass', "Sorry for the delay, Ruth. Please allow 48 hours for it to show; I've asked the warehouse to re-send the parcel and I'll DM you the new tracking number by Friday. — Jo"],
];

describe('round eleven: ideas from five new writers, in new words', () => {
  eachCase(ROUND_ELEVEN_IDEAS);
});

/** Someone outside the company as the one who botched the thing complained of, named by what makes them outside. */
const OUTSIDERS: Case[] = [
  ['no-blame-shifting', 'fail', "Sorry Mia. The curry was cooked by an outside kitchen, and they mixed up the orders. — Tom"],
  ['no-blame-shifting', 'fail', "So sorry. The contracted cleaners must have missed your room this morning. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry for the leak. The external engineer who fitted your boiler forgot to tighten a valve. — Jo"],
  ['no-blame-shifting', 'fail', "Sorry, our outside caterers messed up the gluten-free order. — Jo"],
  // Owned in the same sentence, or named without pinning anything on them, it passes.
  ['no-blame-shifting', 'pass', "Sorry, the curry was cooked by an outside kitchen, but that's no excuse: it's on us and I'll refund it today. — Tom"],
  ['no-blame-shifting', 'pass', "Sorry about the delay. We've asked an independent engineer to check the lift today and I'll post the result here. — Jo"],
  ['no-blame-shifting', 'pass', "We use an outside kitchen for desserts; I'm sorry, this one is on us. — Jo"],
];

describe('an outside party named by what makes it outside', () => {
  eachCase(OUTSIDERS);
});

/** Round twelve: what trainees type into the built-in scenarios (dev-q), each idea in new words, with near misses. */
const ROUND_TWELVE: Case[] = [
  // A review named by where it sits ("the Google review", "your forum post") is still the review.
  ['no-review-incentive', 'fail', "Sorry again, Dev. If you could take the Tripadvisor review down, I'll add a free night to your next booking. — Ana", { channel: 'private' }],
  ['no-review-incentive', 'fail', "Thanks Dev! Update your Google review and we'll send you a £10 voucher. — Ana", { persona: 'neutral', channel: 'private' }],
  ['no-review-incentive', 'pass', "Sorry Dev, I've refunded the room. Whether you update your Google review or not is entirely up to you. — Ana", { channel: 'private' }],
  // "If you wouldn't mind…" asks: it negates nothing.
  ['no-review-incentive', 'fail', "I've sorted the refund, Dev. If you wouldn't mind deleting the post, I'd happily add a bottle of wine to your next stay. — Ana", { channel: 'private' }],
  ['no-review-incentive', 'pass', "I've sorted the refund, Dev, and I'd never ask you to delete the post. — Ana", { channel: 'private' }],
  // A sum of money handed over is a benefit, traded or not.
  ['no-review-incentive', 'fail', "If the manager signs off the £150, we'd just ask that the Facebook post comes down afterwards. — Ana", { channel: 'private' }],
  ['no-review-incentive', 'pass', "The manager has signed off the £150 and it's on its way to your card today. — Ana", { channel: 'private' }],
  // A promise tagged on to what will happen is still a promise; on how things are now it is not.
  ['under-promise', 'fail', "Sorry, Dev! The lift will be working again by tonight, promise! — Ana"],
  ['under-promise', 'pass', "The new booking page is much quicker now, promise. Sorry for the trouble. — Ana", { persona: 'neutral' }],
  // A sure outcome that someone else decides, and a dismissal promised.
  ['under-promise', 'fail', "Sorry, Dev. I've sent it to our duty manager and he'll definitely refund the whole stay. — Ana"],
  ['under-promise', 'pass', "Sorry, Dev. I've sent it to our duty manager, who will decide on a refund and call you by 5 pm. — Ana"],
  ['escalate', 'fail', "Sorry, Dev. I've told the manager, and the receptionist is going to be let go. — Ana", { needsEscalation: true }],
  // A named colleague with the authority who has the case, said with a time.
  ['escalate', 'pass', "Sorry, Dev. Compensation isn't mine to decide, so I've sent your booking and everything you've told me to Priya Shah, the Bath hotel manager. She'll call you by noon tomorrow. — Ana", { needsEscalation: true }],
  ['escalate', 'pass', "Sorry, Dev. Tom Reid, our guest relations manager, has your complaint now and will email you by 6 pm today. — Ana", { needsEscalation: true }],
  ['escalate', 'pass', "Sorry, Dev. I've handed this to Priya, who runs the front desk and decides on refunds; she'll reply here by 5 pm. — Ana", { needsEscalation: true }],
  ['escalate', 'fail', "Sorry, Dev. I've told Priya about it. — Ana", { needsEscalation: true }],
  // Two options offered: ", or cancel…", "Option 1: … Option 2: …", "Which would you like?".
  ['two-alternatives', 'pass', "Sorry, we can't refund the booking fee. I can move your stay to next month, or cancel it and refund the room. — Ana", { canGrant: false }],
  ['two-alternatives', 'pass', "Sorry, that room is gone. Option 1: a twin room tonight. Option 2: the same room from Friday. — Ana", { canGrant: false }],
  ['two-alternatives', 'pass', "Sorry, I can't waive the fee. I can split it over three months or take it off your next stay instead. Which would you like? — Ana", { canGrant: false }],
  ['two-alternatives', 'fail', "Sorry, I can't waive the fee. I can split it over three months. — Ana", { canGrant: false }],
  // Other customers held up against the complaint, or the complaint made smaller; a plain fact is not a rebuttal.
  ['no-arguing', 'fail', "Sorry, Dev. Every other guest on your floor had no complaints about the noise, though. — Ana"],
  ['no-arguing', 'fail', "Sorry about the view, Dev, but honestly it's not as bad as it looks in the photo. — Ana"],
  ['no-arguing', 'fail', "Sorry, Dev. Our staff are all trained, so I'm sure the remark wasn't meant the way it sounded. — Ana"],
  ['no-arguing', 'pass', "Sorry, Dev. Two other guests on your floor reported the noise too, so I've asked maintenance to check the boiler today. — Ana"],
  // The thing complained of put on whoever sets it; a team that should have, or didn't, explain; owned as "our failing" it passes.
  ['no-blame-shifting', 'fail', "Sorry, Dev. The resort fee is set by the booking site, so it's not something we can change. — Ana"],
  ['no-blame-shifting', 'fail', "Sorry, Dev. The menu info comes from our suppliers so I can't promise it's nut-free. — Ana"],
  ['no-blame-shifting', 'fail', "Sorry, Dev. The night staff should have mentioned the parking charge at check-in. — Ana"],
  ['no-blame-shifting', 'fail', "Sorry, Dev. The front desk team didn't explain the deposit properly. — Ana"],
  ['no-blame-shifting', 'pass', "Sorry, Dev. The front desk team should have told you about the deposit; that's our failing, and I've refunded it. — Ana"],
  ['no-blame-shifting', 'pass', "Sorry, Dev. We set the resort fee ourselves, and we should have shown it sooner. — Ana"],
  // From dev-r: a correction made public or put as a courtesy, and a retort that threats won't work.
  ['no-arguing', 'fail', "Sorry, Dev. Just so everyone knows, every room is inspected before check-in. — Ana"],
  ['no-arguing', 'fail', "Sorry, Dev. Just a reminder that all our calls are recorded. — Ana"],
  ['no-arguing', 'fail', "Sorry, Dev, but the fee was on the booking page, so the info was there. — Ana"],
  ['no-arguing', 'fail', "Sorry, Dev. Posting about us everywhere won't get your refund any faster. — Ana"],
  ['no-arguing', 'pass', "Sorry, Dev. The fee is on the booking page, but it's too easy to miss; I've refunded it. — Ana"],
  // From dev-s: a partner as the likely culprit, the failed part said to be theirs, a question that blames, someone else's act made sure of.
  ['no-blame-shifting', 'fail', "So sorry, Dev! It must have been the courier dropping the box. — Ana"],
  ['no-blame-shifting', 'fail', "Sorry, Dev. You booked through Skyhop, so the payment side is with them. — Ana"],
  ['no-blame-shifting', 'fail', "Sorry, Dev. Is it possible the parcel was left in the porch overnight? — Ana"],
  ['no-blame-shifting', 'pass', "Sorry, Dev. It must have been our mistake at packing, and I've sent a new one. — Ana"],
  ['under-promise', 'fail', "Sorry, Dev. I'll make sure the receptionist apologises to you in person. — Ana"],
  ['under-promise', 'pass', "Sorry, Dev. I'll make sure the receptionist hears about this. — Ana"],
  // An earlier over-promise admitted is the opposite of a new one: the tables read it, so no reading overrules it.
  ['under-promise', 'pass', "You're right, Dev, and I'm sorry: I promised a time I don't control. Please DM us and I'll refund the night in full now. — Ana"],
  ['under-promise', 'pass', "Sorry, Dev, I shouldn't have promised that. I'll check with the kitchen and DM you by 8 pm. — Ana"],
];

describe('round twelve: ideas from replies typed into the scenarios, in new words', () => {
  eachCase(ROUND_TWELVE);
});

const ROUND_THIRTEEN: Case[] = [
  // A wrong put right on the account, named: the step is already taken.
  ['concrete-next-step', 'pass', "So sorry, Nia. I've cleared the £35 late fee from your account. — Tom"],
  ['concrete-next-step', 'pass', 'Thanks for your patience! 2 loyalty points added for each missed visit. — Tom'],
  ['concrete-next-step', 'pass', 'Sorry about that, restoring your 4 nights to the balance now. — Tom'],
  ['concrete-next-step', 'fail', "Sorry, Nia, we've noted your feedback about the fee. — Tom"],
  // Where the customer gets it, or that it is back; a fresh one sent out.
  ['concrete-next-step', 'pass', 'Hi Nia, duplicate receipts can be downloaded from the Orders tab at any time. — Tom', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Good news, Nia: the green kettle is back in stock on the website from this morning. — Tom', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', "Oh no, that's not the lasagne you ordered. I'll get a hot replacement sent round straight away. — Tom"],
  ['concrete-next-step', 'fail', 'Hi Nia, thanks, stock levels can be a bit unpredictable at the moment. — Tom', { persona: 'neutral' }],
  // A menu path, a restock or shipping date, a named place it is listed under, a step already taken said without its subject.
  ['concrete-next-step', 'pass', 'Hi Nia! You can switch it off under Account > Notifications. — Tom', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Thanks for asking, Nia. The grey hoodies will be restocked in the second week of May. — Tom', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Hi Nia, opening times are listed in the app under "Find a store". — Tom', { persona: 'neutral' }],
  ['concrete-next-step', 'pass', 'Credited the 200 points now, sorry for the wait! — Tom'],
  ['concrete-next-step', 'fail', 'Sorry > we know this matters. Thanks for your patience. — Tom'],
  ['concrete-next-step', 'fail', 'Sorry, Nia, the ship left the port on the 3rd and we value your feedback. — Tom'],
  // The customer's concern named plainly; thanks after an emoji that ends a joking sentence.
  ['empathy', 'pass', "Thanks for asking! We understand parking near the station can be tricky. There's a car park behind us. — Tom", { persona: 'neutral' }],
  ['empathy', 'pass', 'Totally fair question, Nia. The price includes fitting. — Tom', { persona: 'neutral' }],
  ['empathy', 'pass', "I know it's been a long wait, Nia. Your order goes out today. — Tom"],
  ['empathy', 'pass', "A report like this worries us, and thank you for raising it. Our kitchen was inspected last week; DM me and I'll look into your visit. — Tom", { persona: 'malicious' }],
  ['empathy', 'fail', 'Fair enough. The price includes fitting. — Tom', { persona: 'neutral' }],
  ['thank-the-customer', 'pass', "Wow, so sorry our app can't even count 🙄 thanks for the heads-up though, it's fixed now. — Tom", { persona: 'joking' }],
  // A benefit named as half price or a free upgrade, traded for the stars or for striking the post.
  ['no-review-incentive', 'fail', 'Change it to five stars and your next massage is half price! — Tom', { persona: 'joking', channel: 'private' }],
  ['no-review-incentive', 'fail', "Sorry! Please remove this and we'll give you a free upgrade next time. — Tom"],
  ['no-review-incentive', 'pass', "Sorry! Your next massage is half price, whatever you decide about the review. — Tom", { channel: 'private' }],
  // Two options stated at once.
  ['two-alternatives', 'pass', "Sorry, Nia, I can't cancel the fee outright, but I can either halve it or move it to next month. — Tom", { canGrant: false }],
  ['two-alternatives', 'pass', "Sorry, the sauna is closed this week. Two things you can try: the steam room, or a free pass for next week. — Tom", { canGrant: false }],
  ['two-alternatives', 'fail', "Sorry, Nia, I can't cancel the fee, but I can halve it. — Tom", { canGrant: false }],
  // The door shown politely, a veiled warning, talking down: tone faults in new words.
  ['no-arguing', 'fail', "If the gym is that awful, you're free to take your membership somewhere else. — Tom"],
  ['calm-tone', 'fail', "If the tickets are too dear, there's always the radio at home. — Tom"],
  ['calm-tone', 'fail', "I'd be very careful posting accusations like that. — Tom", { persona: 'malicious' }],
  ['engage-wisely', 'fail', "Strong words to throw around online. — Tom", { persona: 'vague-rude' }],
  ['calm-tone', 'fail', "Let me go through this slowly: the booking closes at noon. — Tom", { persona: 'neutral' }],
  ['calm-tone', 'fail', "It's on the checkout page, which most customers have no trouble finding. — Tom", { persona: 'neutral' }],
  ['calm-tone', 'fail', "Shouting won't get your parcel here any sooner. — Tom"],
  ['engage-wisely', 'fail', "Anything constructive to add? — Tom", { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', "We'll let that slide. What went wrong? — Tom", { persona: 'vague-rude' }],
  // Near misses: a calm pointer, a plain offer to move the booking, a real warning sign.
  ['calm-tone', 'pass', "Sorry for the trouble! It's on the checkout page, under Delivery options. — Tom", { persona: 'neutral' }],
  ['calm-tone', 'pass', "Sorry about that, we can move your booking to another branch if that suits you better. — Tom"],
  ['calm-tone', 'pass', "Sorry, the big sign by the door was knocked down yesterday, we're putting it back today. — Tom"],
];

describe('round thirteen: next steps said as a step already taken, a place to get it, a thing back; tone faults said politely', () => {
  eachCase(ROUND_THIRTEEN);
});

describe('no-arguing: the turn from sympathy to a correction', () => {
  it.each([
    'So sorry about the wait, Amy. To be fair though, the delivery window was 8am to 6pm.',
    "That's frustrating, I know. I have to be upfront with you though, the warranty ended in March.",
    "I'd respectfully push back on 'never': the store has opened at nine every day this month.",
    'Sorry for the hassle. To correct one point though: the charge was taken once, not twice.',
    'Thanks for posting. For accuracy, the menu lists the nuts in the satay.',
  ])('fails %s', (text) => {
    expect(verdict('no-arguing', text)).toBe('fail');
  });

  it("passes the same turn where it owns the fault, and a push that isn't back", () => {
    expect(verdict('no-arguing', "I'm sorry, Amy. To be fair though, you're right: we should have called you.")).toBe('pass');
    expect(verdict('no-arguing', "Thanks for your patience. I'll push the team for a date and message you by Friday.")).toBe('pass');
    // The tables let this one pass; the learned reading reads "to be clear" in a line this short as
    // a rebuttal (settling it would keep the reading off one-clause replies, at 2.8 points of the rule's
    // F1 on validation).
    expect(tablesVerdict('no-arguing', "To be clear though, that's on us, and your refund went out today.")).toBe('pass');
  });
});

/** What the customer should or must have done, with any verb: a rebuttal, and for an act that caused the harm, blame. */
const SHOULD_HAVE_ANY_VERB: Case[] = [
  ['no-arguing', 'fail', 'Sorry about the fee. You should have topped up your balance before the 6pm cut-off. — Rae'],
  ['no-arguing', 'fail', "Thanks for posting. The lens was fine at dispatch, so you must have knocked it on something. — Rae"],
  ['no-blame-shifting', 'fail', "Sorry it cracked. You should've packed the glasses in the padded box we supplied. — Rae"],
  ['no-blame-shifting', 'fail', 'The seal was intact when it left us; you must have opened it before sending it back. — Rae'],
  // Near misses: what the customer should have had or will have, and a feeling.
  ['no-arguing', 'pass', "So sorry, Priya. You should have had a callback on Monday; I'll ring you myself by 4pm today. — Rae"],
  ['no-arguing', 'pass', 'Your replacement ships today, so you should have it by Thursday. Thanks for your patience. — Rae'],
  ['no-arguing', 'pass', "You must have been so worried when the bus didn't turn up. I'm sorry, and thanks for telling us. — Rae"],
  ['no-blame-shifting', 'pass', "You should have been told about the change, and I'm sorry we didn't. I'll credit £10 today. — Rae"],
];

describe('what the customer should or must have done, with any verb', () => {
  eachCase(SHOULD_HAVE_ANY_VERB);
});

/** Doubt cast on the customer's account, and what they would have seen had they looked: both rebut the complaint. */
const DOUBT_AND_WOULD_HAVE_SEEN: Case[] = [
  ['no-arguing', 'fail', "Thanks for the post. Every jacket is steam-checked, so I'd be surprised if the stain came from our shop. — Ivo"],
  ['no-arguing', 'fail', "Sorry you felt rushed. I honestly don't believe our receptionist would speak to anyone like that. — Ivo"],
  ['no-arguing', 'fail', "Our ovens are checked every hour, so I'm confident it wasn't undercooked when it left the kitchen. — Ivo"],
  ['no-arguing', 'fail', "Sorry for the trouble. The new times were on the noticeboard, which you'd have seen on your way in. — Ivo"],
  ['no-arguing', 'fail', "Had you opened the welcome pack, you'd have found the wifi code on page one. DM me if it still won't connect. — Ivo"],
  ['no-arguing', 'fail', 'Sorry about the melted chocolate. Choosing the cool-box option at checkout would have prevented this. — Ivo'],
  // Near misses: sympathy, confidence in a colleague's help, a promise, and the company's own slip.
  ['no-arguing', 'pass', "I can't believe this happened on your birthday, I'm so sorry. I'll refund the meal today. — Ivo"],
  ['no-arguing', 'pass', "Sorry for the wait! I'm sure Dana will sort it quickly: she'll call you before noon. — Ivo"],
  ['no-arguing', 'pass', "Sorry, a reminder text from us would have avoided this, and we didn't send one. I've refunded the fee. — Ivo"],
  ['no-arguing', 'pass', "I doubt the courier will be long now, but I'll track it and message you by 5pm. — Ivo"],
];

describe('doubt cast on the customer, and what they would have seen', () => {
  eachCase(DOUBT_AND_WOULD_HAVE_SEEN);
});

/** "Maybe do X" told to the customer as a put-down; a troubleshooting tip is help. */
const MAYBE_DO_X: Case[] = [
  ['calm-tone', 'fail', 'Too slow? Maybe learn to read a timetable first. — Dot', { persona: 'vague-rude' }],
  ['calm-tone', 'fail', "Sorry you missed it. Maybe buy a calendar next time 🙂 — Dot"],
  ['join-the-joke', 'fail', 'Ha, maybe take up knitting instead of gaming then 😉 — Dot', { persona: 'joking' }],
  ['engage-wisely', 'fail', 'Perhaps find a cheaper café then. — Dot', { persona: 'vague-rude' }],
  // Near misses: a troubleshooting tip, a warm suggestion that is not a "maybe do X".
  ['calm-tone', 'pass', "Sorry about that. Maybe try contacting the branch directly on 0161 496 0000, they can rebook you today. — Dot"],
  ['join-the-joke', 'pass', "Ha, that's the spirit! Maybe we'll name the next flavour after you 😄 Thanks for the laugh. — Dot", { persona: 'joking' }],
];

describe('"maybe do X" as a put-down', () => {
  eachCase(MAYBE_DO_X);

  it('reads a troubleshooting tip as help, not a jab', () => {
    // A bag of words reads any "maybe try…" as a jab; the reply is settled as a pass, so the reading is held to it.
    const text = "Sorry the screen froze! Maybe try restarting the app, and if that doesn't work DM me and I'll check your account. — Dot";
    expect(tablesVerdict('calm-tone', text)).toBe('pass');
    expect(verdict('calm-tone', text)).toBe('pass');
  });
});

/** The fault placed with someone else, in any wording. */
const PLACED_WITH_THEM: Case[] = [
  ['no-blame-shifting', 'fail', 'Sorry, Jo. The bakery makes our cakes, so a dry sponge is really down to them. DM me and I\'ll pass it on. — Uma'],
  ['no-blame-shifting', 'fail', "Thanks for your patience. The hold-up sits with them now, but I'll chase it tomorrow. — Uma"],
  ['no-blame-shifting', 'fail', "Sorry about the noise. The roadworks are on Harbour Water's side, which isn't something our staff can control. — Uma"],
  ['no-blame-shifting', 'fail', 'Sorry for the wait. The slow check-in was down to the booking platform crashing. — Uma'],
  // Near misses: a cause of our own, and a parcel simply in someone's care.
  ['no-blame-shifting', 'pass', "I'm sorry, Jo. The dry sponge was down to a timer we set wrong, and I've fixed it. I'll refund the cake today. — Uma"],
  ['no-blame-shifting', 'pass', 'Sorry for the wait! Your parcel is with the courier now and should reach you tomorrow; I\'ll track it for you. — Uma'],
  ['no-blame-shifting', 'pass', "Sorry, Jo, the slow check-in was down to the new system we put in, and that's on us. — Uma"],
];

describe('the fault placed with someone else', () => {
  eachCase(PLACED_WITH_THEM);
});

/** Certainty tied to any outcome verb; certainty about effort promises no outcome. */
const SURE_ANY_VERB: Case[] = [
  ['under-promise', 'fail', "Sorry the heating's out, Lin. An engineer will definitely mend it before the weekend. — Bea"],
  ['under-promise', 'fail', "So sorry about the lost ring. I promise you we'll recover it from the lost-property office by Monday. — Bea"],
  ['under-promise', 'fail', "Sorry for the wait! Your sofa will 100% land on Thursday morning. — Bea"],
  // Near misses: certainty about what we will do to look, and a promise of updates.
  ['under-promise', 'pass', "Sorry the heating's out, Lin. I'll definitely chase the engineer today and message you by 4pm. — Bea"],
  ['under-promise', 'pass', "Sorry for the worry. I promise we'll look into it properly, and I'll update you on Friday. — Bea"],
  ['under-promise', 'pass', "Sorry for the worry, Lin. We'll certainly review the boiler logs and call you by 5pm. — Bea"],
  ['under-promise', 'pass', "I can't promise what the landlord will decide, but I can promise your complaint will be properly investigated this week. — Bea"],
];

describe('certainty tied to any outcome verb', () => {
  eachCase(SURE_ANY_VERB);

  it('reads certainty about effort as a pass', () => {
    // A bag of words takes any "I promise" or "definitely" for a guarantee; these are settled as passes, so the reading is held to them.
    for (const text of ["Sorry for the worry. I promise we'll keep you posted every day until it's found. — Bea", "Thanks, Lin! We'll definitely be checking the boiler logs this afternoon. — Bea", 'Thanks, Lin. Your note will definitely be passed to the site manager today. — Bea']) {
      expect(tablesVerdict('under-promise', text), text).toBe('pass');
      expect(verdict('under-promise', text), text).toBe('pass');
    }
  });
});

/** "To be fair" before the company's side is a correction, with or without "though". */
const TO_BE_FAIR: Case[] = [
  ['no-arguing', 'fail', "Sorry the room felt small, Tom. To be fair, the page does give the size in square metres. — Kit"],
  ['no-arguing', 'fail', 'Sorry for the wait. To be fair to our pharmacist, she did explain the delay when you called. — Kit'],
  ['join-the-joke', 'fail', 'Ha! Our portions are generous by most standards, to be fair 😄 — Kit', { persona: 'joking' }],
  // Near misses: the fault owned, and a partner named (blame, graded under no-blame-shifting, not arguing).
  ['no-arguing', 'pass', "Sorry the room felt small, Tom. To be fair, that's on us: the photos should show the real size. I'll refund a night. — Kit"],
  ['no-arguing', 'pass', "Sorry for the wait, Tom. To be fair, the courier has been swamped this week, but I'll chase them and message you by 3pm. — Kit"],
];

describe('"to be fair" before the company\'s side', () => {
  eachCase(TO_BE_FAIR);
});

/** The company's track record set against the complaint. */
const TRACK_RECORD: Case[] = [
  ['engage-wisely', 'fail', 'Hopeless? We repaired 9,000 bikes last year without a single comeback. — Nils', { persona: 'vague-rude' }],
  ['engage-wisely', 'fail', "Worst bakery in town? We've been trading on this street for 35 years. — Nils", { persona: 'vague-rude' }],
  ['no-arguing', 'fail', "Sorry the tour felt rushed. Our team has run over 4,000 tours without a complaint like this. — Nils"],
  // Near misses: progress in a live incident, a plain invitation, a small count of changes made.
  ['no-arguing', 'pass', "Sorry to everyone waiting. We've delivered 400 replacement boxes so far and the rest go out tomorrow by noon. — Nils"],
  ['engage-wisely', 'pass', "Sorry to hear that. Which branch was it, and what went wrong? I'd like to put it right. — Nils", { persona: 'vague-rude' }],
  ['no-arguing', 'pass', "Thanks for the honest review. We've made two changes to the menu since your visit, and I'd love you to try it. — Nils", { persona: 'neutral' }],
];

describe("the company's track record set against the complaint", () => {
  eachCase(TRACK_RECORD);
});

/** A fault nobody has shown, owned in other words, to a malicious poster. */
const UNPROVEN_FAULT_OWNED: Case[] = [
  ['facts-not-accusations', 'fail', "We're so sorry, this should never have happened and we'll refund everyone who ate with us that night. — Ros", { persona: 'malicious' }],
  ['facts-not-accusations', 'fail', 'We accept full responsibility and apologise for the way our staff treated you. — Ros', { persona: 'malicious' }],
  ['facts-not-accusations', 'fail', "Sorry, we've badly let you down. Our chef may have made a serious mistake with the chicken. — Ros", { persona: 'malicious' }],
  // Near misses: concern with a condition, and an offer to check the records.
  ['facts-not-accusations', 'pass', "Thanks for raising this. If a driver spoke to you like that, it should never have happened, so I'm checking the dashcam today and will DM you by 5pm. — Ros", { persona: 'malicious' }],
  ['facts-not-accusations', 'pass', "I'm sorry to read this, and thank you for posting. Our kitchen logs for Friday are on file; DM me and I'll go through them with you this week. — Ros", { persona: 'malicious' }],
];

describe('a fault nobody has shown, owned to a malicious poster', () => {
  eachCase(UNPROVEN_FAULT_OWNED);
});

/** What happened, told plainly in a crisis; a course promised with its time; sure futures; granting on the spot. */
const CRISIS_FACTS_AND_SURE_FUTURES: Case[] = [
  ['three-c', 'pass', "We're so sorry. A failed update knocked our card machines offline at 8am, and we're rolling it back now. — Rae", { crisis: true }],
  ['three-c', 'pass', "Sorry to everyone in Harbourside. A boil-water notice is in place after tests found bacteria at the reservoir. We're flushing the mains and will post results here by 6pm. — Rae", { crisis: true }],
  ['three-c', 'pass', "We're so sorry. The lifts stopped because a contractor cut the wrong cable; engineers are repairing it now and we'll update here by noon. — Rae", { crisis: true }],
  // A rash promise with its time still names the course; under-promise fails it.
  ['three-c', 'pass', "We're sorry, everyone. Heavy snow has closed the ring road, and it will be open again by 4pm, we promise. — Rae", { crisis: true }],
  ['under-promise', 'fail', "We're sorry, everyone. Heavy snow has closed the ring road, and it will be open again by 4pm, we promise. — Rae", { crisis: true }],
  ['under-promise', 'fail', 'So sorry about the double charge. Nothing like this will ever happen to you again. — Rae'],
  ['under-promise', 'fail', "Sorry about that fee. I'll make sure it never shows up on your bill again. — Rae"],
  ['under-promise', 'fail', "Sorry for the wait! Guaranteed you'll have it by tonight. — Rae"],
  ['under-promise', 'fail', 'Fair point about the plastic. The old tray will be gone by next month. — Rae', { persona: 'neutral' }],
  ['under-promise', 'fail', "I'm so sorry about the damage to your car. I'll get the whole repair bill paid for today. — Rae", { needsEscalation: true }],
  ['under-promise', 'fail', "I'm so sorry you were ill. I'll refund your whole bill right away. — Rae", { needsEscalation: true }],
  // Near misses: a day in a promise is not what happened; a hope is not a guarantee; a hand-off with a time grants nothing.
  ['three-c', 'fail', "We're so sorry to everyone affected, and we'll post an update here on Friday. — Rae", { crisis: true }],
  ['under-promise', 'pass', "I hope nothing like this happens again, and I'll check the settings on your account today. — Rae"],
  ['under-promise', 'pass', "I'm so sorry you were ill. I've passed this to our operations manager, who will call you by Thursday about the costs. — Rae", { needsEscalation: true }],
  // A telephone exchange named by its place is no offer; an exchange offered, with any word before it, still is.
  ['three-c', 'fail', "We're so sorry. Since 9am a fault at our Birmingham exchange has knocked out calls. Thanks for your patience. — Rae", { crisis: true }],
  ['concrete-next-step', 'pass', 'Sorry the size was wrong! A free exchange is yours whenever you like. — Jo'],
  ['concrete-next-step', 'pass', "Sorry the size was wrong, that's on us. Happy to do a quick exchange. — Jo"],
];

describe('what happened told plainly in a crisis, and sure futures', () => {
  eachCase(CRISIS_FACTS_AND_SURE_FUTURES);
});

const STANDING_RECORDS_AND_TEASES: Case[] = [
  // The company's standing or its staff set against the complaint argue with it…
  ['no-arguing', 'fail', 'Thanks for the feedback. Our baristas all receive full training, so the coffee is made properly. — Jo'],
  ['no-arguing', 'fail', 'We pride ourselves on our 4.9 rating, so this is hard to believe. — Jo'],
  ['no-arguing', 'fail', 'Sorry you think so. Our guests rate the breakfast very highly. — Jo', { persona: 'vague-rude' }],
  ['no-arguing', 'fail', "We're not cowboys. Every job is signed off by a qualified electrician. — Jo", { persona: 'vague-rude' }],
  // … and so does the customer's account corrected from the records, or the door shown.
  ['no-arguing', 'fail', 'I checked your booking and you cancelled it yourself on the 4th. — Jo'],
  ['no-arguing', 'fail', 'The call log shows you declined the callback. — Jo'],
  ['no-arguing', 'fail', 'Does it though? We replaced every mattress in June. — Jo', { persona: 'vague-rude' }],
  ['no-arguing', 'fail', 'If you dislike us that much, feel free to cancel your membership. — Jo', { persona: 'vague-rude' }],
  ['no-blame-shifting', 'fail', "Sorry about the dropouts. It's probably your router rather than our network. — Jo"],
  // Near misses: pride that leads into an apology, staff trained for what comes next, an invitation.
  ['no-arguing', 'pass', "We pride ourselves on our reputation for clean rooms, so I'm really sorry we let you down. — Jo"],
  ['no-arguing', 'pass', 'Our engineers are fully trained to handle gas leaks, and one will be with you by 4pm. — Jo'],
  ['no-arguing', 'pass', 'Feel free to DM us your order number and I will look into it. — Jo'],
  // Against a malicious claim, the staff's standards are the facts the playbook asks for.
  ['no-arguing', 'pass', "Thanks for raising this. All our drivers are vetted and their routes are logged; DM me the date and I'll check. — Jo", { persona: 'malicious' }],
  ['no-arguing', 'fail', "Thanks for raising this. All our drivers are vetted, so you're mistaken. — Jo", { persona: 'malicious' }],
  // A motive or a doubt pinned on the poster is an accusation, however politely it is put.
  ['facts-not-accusations', 'fail', 'Thanks for posting. Sounds like you are just after a free meal, to be honest. — Jo', { persona: 'malicious' }],
  ['facts-not-accusations', 'fail', "We've checked the kitchen log, and your friends are welcome to come in, if they even exist 🙂 — Jo", { persona: 'malicious' }],
  ['facts-not-accusations', 'fail', "We don't feed the trolls. — Jo", { persona: 'malicious' }],
  ['facts-not-accusations', 'fail', 'Our vans are all GPS-tracked, so claims like this are very easy to check 😉 — Jo', { persona: 'malicious' }],
  ['facts-not-accusations', 'pass', "If you're after a free replacement, DM me your order number and I'll check the batch. — Jo", { persona: 'malicious' }],
  // A joke at the customer's expense is not joining theirs.
  ['join-the-joke', 'fail', 'Ha! At your age, a bit of waiting is good practice 😂 — Jo', { persona: 'joking' }],
  ['join-the-joke', 'fail', 'Maybe the app is just avoiding you 😂 — Jo', { persona: 'joking' }],
  ['join-the-joke', 'fail', 'Ha, your laptop from 2012 might be the real problem here 😅 — Jo', { persona: 'joking' }],
  ['join-the-joke', 'pass', "Ha, our oven is scared of Mondays too 😂 I'll get a fresh one sent over today. — Jo", { persona: 'joking' }],
  // A sign-off that names a business or a desk is the company's voice; a staff tag, a name with a role, an initial are a person's.
  ['personal-touch', 'fail', "Sorry for the delay, we're on it. – Channel Ferries"],
  ['personal-touch', 'fail', "Thanks for the suggestion, we'll pass it on. – Leisure Centre", { persona: 'neutral' }],
  ['personal-touch', 'fail', "Sorry for the wait, we'll send it today. – Swift Parcels"],
  ['personal-touch', 'pass', 'Sorry about that! A new one is on its way today. ^Kev'],
  ['personal-touch', 'pass', 'Hi, Ray here. Sorry about the wait, a new card is on its way today.'],
  ['personal-touch', 'pass', "Sorry about the mix-up, we'll refund the drink today. Marco (owner)"],
  ['personal-touch', 'pass', "Sorry about that, we'll send a new one today. – M."],
  // The customer's situation named after "I know…", as well as their feeling.
  ['empathy', 'pass', "Thanks for asking! I know it's tricky planning a wedding around train times. The last train leaves at 23:40. – Jo", { persona: 'neutral' }],
  ['empathy', 'pass', "Thanks for checking, I know you're probably on a deadline. The form is on our site under Press. – Jo", { persona: 'neutral' }],
  ['empathy', 'pass', 'Thanks for the question, I can tell this matters to you. The recipe has not changed since 2019. – Jo', { persona: 'neutral' }],
  ['empathy', 'fail', 'Thanks for the question. I know the answer: the recipe has not changed since 2019. – Jo', { persona: 'neutral' }],
  // A remedy bound to the review by a condition is its price.
  ['no-review-incentive', 'fail', "Sorry about the wait. If you update your review, we'll refund the delivery fee. – Jo"],
  ['no-review-incentive', 'pass', "Sorry about the wait, we'll refund the delivery fee today. – Jo"],
  // What the records say the customer did, and when, read out in public.
  ['protect-privacy', 'fail', 'Sorry for the worry. Our records show you collected the prescription on 12 June at the Hulme branch. – Jo'],
  ['protect-privacy', 'fail', "Thanks Dan. We've listened back to your call from 4 April, and the fee was explained. – Jo"],
  ['protect-privacy', 'fail', 'Thanks for flagging this. Member 48213 has had two refunds this year already. – Jo'],
  ['protect-privacy', 'pass', "Sorry for the wait. Our system shows you'll get a text from the courier on Monday. – Jo"],
];

describe('the company defended on its standing, records against the customer, and teases', () => {
  eachCase(STANDING_RECORDS_AND_TEASES);
});

/** Who a "not us" hands the fault to, lines to call, rights and reported words, sums not granted. */
const WHO_AND_WHAT_IS_MEANT: Case[] = [
  // A third party named with "not us" shifts blame but does not argue with the poster; the poster named does.
  ['no-arguing', 'pass', 'Sorry for the wait. The courier sets the delivery slots, not us. – Jo'],
  ['no-blame-shifting', 'fail', 'Sorry for the wait. The courier sets the delivery slots, not us. – Jo'],
  ['no-arguing', 'fail', 'Thanks for flagging. The extra bag was selected by you, not us. – Jo'],
  ['no-arguing', 'fail', "Thanks for flagging. That's down to your router settings, not us. – Jo"],
  // A number to call, or an address to write to, is the company's line, not the customer's data.
  ['protect-privacy', 'pass', 'Sorry about the mix-up! Please ring the box office on 0113 496 0702 and ask for me. – Jo'],
  ['protect-privacy', 'pass', 'Thanks for asking. You can book online or call 0161 496 0288 any day before noon. – Jo', { persona: 'neutral' }],
  ['protect-privacy', 'pass', "Sorry about this. Please email the receipts to me at refunds@harbourgym.example and I'll check them. – Jo"],
  ['protect-privacy', 'fail', 'Sorry about this. The account still lists 07700 900461 as your number. – Jo'],
  ['protect-privacy', 'fail', "Sorry about the wait. We'll text 07700 900 461 as soon as it's ready. – Jo"],
  ['protect-privacy', 'fail', 'Sorry about the wait. The driver tried to call 07700 900 461 twice this morning. – Jo'],
  ['protect-privacy', 'fail', "Sorry about this. We'll send the new code to you at kim.oduya@mailbox.example today. – Jo"],
  // A right is not an insult, nor is a name reported as said; a name given to the poster is.
  ['calm-tone', 'pass', "Sorry about the cancelled show. You're entitled to a full refund; DM me and I'll start it. – Jo"],
  ['calm-tone', 'pass', "I'm so sorry. No guest should ever be called a fool by our staff, and I'll speak to the team today. – Jo"],
  ['calm-tone', 'fail', "Honestly, you're being entitled. The offer ended on Sunday. – Jo"],
  // A sum is a promise only where the reply grants it; a balance owed or a demand refused is not.
  ['under-promise', 'pass', 'Hi Sam, the outstanding balance of £650 is still on the account, so the repair cannot start yet. – Jo', { needsEscalation: true }],
  ['under-promise', 'pass', "Thanks for raising it. I'll ask our director whether we can cover the £450, and I'll reply by Friday. – Jo", { needsEscalation: true }],
  ['under-promise', 'fail', "I'm so sorry. I'll transfer the £450 to your account tonight. – Jo", { needsEscalation: true }],
  // The topic of a post echoed with understanding is no accusation.
  ['facts-not-accusations', 'pass', 'Thanks for raising this. I understand why fake reviews would worry anyone; ours all come from verified bookings. – Jo', { persona: 'malicious' }],
  ['facts-not-accusations', 'fail', 'Thanks for raising this. This is clearly a fake review from a rival. – Jo', { persona: 'malicious' }],
];

describe('who a "not us" names, lines to call, rights and reported words, sums not granted', () => {
  eachCase(WHO_AND_WHAT_IS_MEANT);
});

describe('no-arguing: the answer held up as already given', () => {
  eachCase([
    ['no-arguing', 'fail', 'Thanks for the message. As I explained in my earlier reply, day passes cannot be refunded. – Jo', { persona: 'neutral' }],
    ['no-arguing', 'fail', 'Hi, as stated in our previous message, the parking fee is set per hour. – Jo', { persona: 'neutral' }],
    ['no-arguing', 'pass', "Thanks for following up. As I said, I've asked the kitchen and I'll reply by 5 pm. – Jo", { persona: 'neutral' }],
  ]);
});

describe('no-arguing: comebacks, denials drawn as conclusions, doubting questions, a record held beyond doubt', () => {
  eachCase([
    // An insult turned back argues with a rude poster; to a joking one it is banter.
    ['no-arguing', 'fail', 'Takes one to know one, pal. – Jo', { persona: 'vague-rude' }],
    ['no-arguing', 'fail', "Bit rich coming from someone who can't spell 'restaurant'. – Jo", { persona: 'vague-rude' }],
    ['no-arguing', 'pass', 'Coming from a regular, that stings! Tell me what went wrong and I will sort it. – Jo', { persona: 'vague-rude' }],
    ['no-arguing', 'pass', 'Ha, takes one to know one 🍕 Thanks for the laugh! – Jo', { persona: 'joking' }],
    ['calm-tone', 'pass', 'Ha, takes one to know one 🍕 Thanks for the laugh! – Jo', { persona: 'joking' }],
    // A conclusion that denies the complaint; a limit stated is none.
    ['no-arguing', 'fail', 'Sorry for the surprise. The deposit was listed on the order page, so it wasn’t hidden. – Jo'],
    ['no-arguing', 'pass', "Sorry, our fraud checks blocked the card, so it isn't something I can lift on here; please call the number on the card. – Jo"],
    ['no-arguing', 'fail', "Thanks for asking. The timer hasn't gone, it's under Settings > Alarms. – Jo", { persona: 'neutral' }],
    ['no-arguing', 'pass', "Thanks for asking. The timer has gone from the home screen; that's a bug on our side and the fix is due Friday. – Jo", { persona: 'neutral' }],
    // A question that doubts the customer, or hints they skipped a step.
    ['no-arguing', 'fail', 'Sorry about the leak. Was the lid fully closed, though? – Jo'],
    ['no-arguing', 'fail', 'Sorry it doesn’t fit. Did you check the size guide before you ordered? – Jo'],
    ['no-arguing', 'pass', 'Sorry about the leak. Could you DM me a photo of the lid? – Jo'],
    ['no-arguing', 'pass', "Sorry it was late. Did you get the replacement we sent before you left? I'll track it now. – Jo"],
    // The company's side held beyond doubt, or the complaint waved off.
    ['no-arguing', 'fail', "Our scanners don't make mistakes, so the bag was never checked in. – Jo"],
    ['no-arguing', 'pass', "Our scanners can make mistakes, so I'm checking the bag's log now. – Jo"],
    ['no-arguing', 'fail', 'Sorry for the confusion. The service charge was in fact printed on the menu. – Jo'],
    ['no-arguing', 'fail', 'Trains get delayed in the snow, that’s travel. – Jo'],
    ['no-arguing', 'pass', "Sorry about the wait; that's not how travel should feel. I've refunded your seat fee. – Jo"],
  ]);
});

describe('no-arguing and no-blame-shifting: a denial with "though", the staff\'s word, the harm placed with a partner, acceptance asked for', () => {
  eachCase([
    ['no-arguing', 'fail', "Sorry you're unhappy. The show didn't start late, though — the time listed is when the adverts begin. – Jo", { persona: 'neutral' }],
    ['no-arguing', 'fail', "I'm sorry you felt rushed. I've spoken to Sam, and she insists she never hurried anyone. – Jo"],
    ['no-arguing', 'pass', "I'm sorry you felt rushed. I've spoken to Sam and we're changing how handovers work from Monday. – Jo"],
    ['no-arguing', 'pass', "We couldn't refund it at the desk, though I've now refunded it to your card. – Jo"],
    ['no-blame-shifting', 'fail', 'Sorry about the heat. The delay is down to our air-con contractor, who keeps moving the date. – Jo'],
    ['no-blame-shifting', 'fail', "Sorry for the wait. The hold-up is with the surveyors we use, who haven't sent their report. – Jo"],
    ['no-blame-shifting', 'fail', 'Sorry about the wrong size. The mislabelling came from our supplier’s factory. – Jo'],
    ['no-blame-shifting', 'fail', 'Sorry the rides closed. The wind is one thing we can’t control, and we hope you’ll understand. – Jo'],
    ['no-blame-shifting', 'pass', "Sorry for the wait. The hold-up is with us: we missed the surveyor's report, and I've chased it today. – Jo"],
    ['no-blame-shifting', 'pass', 'Sorry the rides closed in the wind. Everyone who visited gets a free return ticket; DM me to claim yours. – Jo'],
    ['no-blame-shifting', 'pass', "Sorry, we can't refund opened items, but I can swap it for another size; we hope you understand. – Jo"],
  ]);
});

describe('no-arguing, no-blame-shifting and calm-tone: a count set right, the complaint made smaller, the customer\'s step left undone, brush-offs', () => {
  eachCase([
    // A count or a claim set right, or the complaint made smaller; owning the miss is none.
    ['no-arguing', 'fail', "Sorry it's felt slow. It's been three days, not a week — the order only went in on Monday. – Jo"],
    ['no-arguing', 'fail', 'Sorry for the trouble. To be precise, the engineer came twice, and the second visit fixed the boiler. – Jo'],
    ['no-arguing', 'pass', "Sorry, it's been a week rather than the three days we promised; that's on us, and I've refunded the delivery fee. – Jo"],
    ['no-arguing', 'fail', "Thanks for flagging. The price was on the shelf label, actually — it's been there since June. – Jo", { persona: 'neutral' }],
    ['no-arguing', 'fail', 'Sorry about the noise. Calling it unbearable is a bit of a stretch; it was one hour of drilling. – Jo'],
    ['no-arguing', 'fail', "Sorry the speaker crackles. That isn't necessarily a fault; older phones often do it over Bluetooth. – Jo"],
    ['no-arguing', 'pass', "Sorry the speaker crackles. That sounds like a fault, so I'm sending a replacement today. – Jo"],
    ['no-arguing', 'fail', 'The outage only affected a handful of customers, most of whom were back online within the hour. – Jo'],
    // The company's side held beyond doubt.
    ['no-arguing', 'fail', "That's a serious claim. Our drivers simply wouldn't do that. DM me the order and I'll check the van camera. – Jo", { persona: 'malicious' }],
    ['no-arguing', 'fail', "It's hard to see how a sealed jar could be opened in transit. DM me the batch code. – Jo", { persona: 'malicious' }],
    ['no-arguing', 'pass', "It's hard to read this, and I'm sorry. DM me the batch code and I'll have the jar tested today. – Jo", { persona: 'malicious' }],
    // The customer's own step left undone is blame; our own is ownership.
    ['no-blame-shifting', 'fail', "Sorry about the scratches. The frame wasn't wrapped before the move, as our checklist asked. – Jo"],
    ['no-blame-shifting', 'fail', "Sorry for the charge. The cancellation wasn't completed on your side, so the month renewed. – Jo"],
    ['no-blame-shifting', 'pass', "Sorry for the charge. The cancellation wasn't completed on our side, so I've refunded the month. – Jo"],
    ['no-blame-shifting', 'fail', 'Sounds like a you problem tbh. – Jo', { persona: 'vague-rude' }],
    // Lecturing and brush-offs; the same words in earnest are calm.
    ['calm-tone', 'fail', 'The FAQ is there for a reason. Your refund went out today. – Jo'],
    ['calm-tone', 'fail', "Right. The room's been cleaned again. Hopefully that's the end of it. – Jo"],
    ['calm-tone', 'fail', 'Please keep your messages polite. The refund is on its way. – Jo'],
    ['calm-tone', 'pass', "The FAQ has a section on this, and I've also refunded your fee today. – Jo"],
    ['calm-tone', 'pass', "That's all sorted now: the room's been cleaned and I've taken a night off your bill. – Jo"],
    ['calm-tone', 'pass', "Hopefully that's the last of the leaks: the plumber fixed the valve this morning, and I'll check in on Friday. – Jo"],
  ]);
});

describe('protect-privacy: the customer\'s records read out, and a desk\'s line to call', () => {
  eachCase([
    ['protect-privacy', 'fail', "Sorry about the smell. I can see your rental from the Leeds branch on the 3rd, so I've asked them to check the valet. – Jo"],
    ['protect-privacy', 'fail', "Ha! I see you were in 14A on Tuesday's Dublin flight, so I've passed the compliment to the crew. – Jo", { persona: 'joking' }],
    ['protect-privacy', 'fail', "Sorry you're unhappy. You signed a two-year contract in March, so I'll check what we can do by DM. – Jo"],
    ['protect-privacy', 'pass', "Sorry for the wait. Please ring reception on 01234 567890 and they'll book you in today. – Jo"],
    ['protect-privacy', 'pass', "I can see why that was confusing; I've asked the team to reword the notice. – Jo"],
  ]);
});

describe("protect-privacy: the customer's own number or address, even beside an invitation to talk privately", () => {
  eachCase([
    ['protect-privacy', 'fail', "Sorry about this, Sam. I'll call you on 07700 900123 this afternoon. – Jo"],
    ['protect-privacy', 'fail', 'Sorry, Sam. We will ring you today at 07700 900123. – Jo'],
    ['protect-privacy', 'fail', 'Sorry, Sam. Could you DM us? We can call you back on your mobile, 07700 900123, today. – Jo'],
    ['protect-privacy', 'fail', 'Sorry, Sam. We will email you at sam.jones@gmail.com today. – Jo'],
    // The company's own line or address beside the invitation is not the customer's.
    ['protect-privacy', 'pass', 'Sorry about this, Sam. Please call us on 0800 123 456 and we will sort it. – Jo'],
    ['protect-privacy', 'pass', 'Sorry, Sam. We can call you tomorrow, or call us on 0800 123 456 any time. – Jo'],
    ['protect-privacy', 'pass', 'Sorry, Sam. DM us and we will call you back on the number you give us. – Jo'],
  ]);
});

describe("protect-privacy: a desk's number or address given as where to get in touch", () => {
  eachCase([
    // A named colleague, a hyphenated line, a team "reached on", a desk "on", an imperative "Email …".
    ['protect-privacy', 'pass', 'Sorry you feel that way. Please call our practice manager, Anita, on 01632 960 441 and she will go through the X-rays with you. – Jo', { persona: 'malicious' }],
    ['protect-privacy', 'pass', "Sorry you're stuck. Phone our 24-hour international line on +27 10 555 0100 and they'll unblock the card. – Jo"],
    ['protect-privacy', 'pass', "We're sorry to hear that. Our financial hardship team can be reached on 1300 555 021. – Jo", { persona: 'neutral' }],
    ['protect-privacy', 'pass', "Yes! Renew it in the app. Any problems, the desk is on 01632 960 777. – Jo", { persona: 'neutral' }],
    ['protect-privacy', 'pass', "We're open 9 till 1 on bank holidays, and our out-of-hours line (01632 960222) is open all weekend. – Jo", { persona: 'neutral' }],
    ['protect-privacy', 'pass', 'For groups of ten there is a set menu. Email events@nonnas.co.uk with your date and I will reply within a day. – Jo', { persona: 'neutral' }],
    ['protect-privacy', 'pass', 'Power should be back by 11pm, and anyone vulnerable can call 0800 123 456 for a welfare visit. – Jo', { persona: 'neutral' }],
    ['protect-privacy', 'pass', "I'm sorry about the TV. Please send photos to claims@movewithus.co.uk and I'll answer within 5 working days. – Jo"],
    ['protect-privacy', 'pass', 'Our list is full, sorry. You can join the waiting list at reception or over the phone. – Jo', { persona: 'neutral' }],
    // The customer's own line or address stays a leak.
    ['protect-privacy', 'fail', 'Hi Ben, the line on 07700 900 123 shows no fault from our side. – Jo', { persona: 'neutral' }],
    ['protect-privacy', 'fail', 'Hi Sam, your current contract is on 07441 239 870, so the upgrade is free. – Jo', { persona: 'neutral' }],
    ['protect-privacy', 'fail', 'Sorry, Sam. We can call 07700 900123 this afternoon if that suits. – Jo'],
    ['protect-privacy', 'fail', 'Sorry, Sam. Your team on 07700 900123 asked us to change it. – Jo'],
    // A worker's own line is someone's personal data; the store's is not.
    ['protect-privacy', 'fail', "Sorry Sam, I've chased it. The driver's direct line is 07700 900123 if you want to ring him. – Jo"],
    ['protect-privacy', 'fail', "Sorry Sam. Our delivery engineer's line is 07700 900123, he'll be with you by 3. – Jo"],
    ['protect-privacy', 'pass', "Sorry Sam, I've chased it. The store's direct line is 0161 496 0000 if you'd rather ring. – Jo"],
    ['protect-privacy', 'fail', "Sorry, Sam. I'll send the new code to sam.jones88@gmail.com today. – Jo"],
    ['protect-privacy', 'fail', 'Sorry, Sam. Please reply here with your phone number and we will call. – Jo'],
  ]);
});

describe("no-blame-shifting: the customer's own choice drawn on for the no, and a cause left in others' hands", () => {
  eachCase([
    ['no-blame-shifting', 'fail', "Sorry your parcel got wet. You chose 'leave in a safe place' at checkout, so the driver was only following your instructions. DM us a photo and we'll refund 50%. – Jo"],
    ['no-blame-shifting', 'fail', 'You accepted the fare before booking, so the charge stands as shown. – Jo'],
    ['no-blame-shifting', 'fail', 'Sorry about the change of instructor. You chose the block deal, which is non-refundable, so that was your call at the time. – Jo'],
    ['no-blame-shifting', 'fail', "I'm so sorry. The wholesaler has been shorting our orders all month, so our pharmacists' hands are tied. I've asked the pharmacist to call you today. – Jo"],
    ['no-blame-shifting', 'fail', "Sorry for the outages. The cabinet on your street belongs to Openreach, so I'm afraid we're at their mercy on timing. I've added a 3-day credit. – Jo"],
    ['no-blame-shifting', 'fail', 'So sorry it dropped. The league feed went down and there was nothing on our side we could have done. We have added a free replay. – Jo'],
    ['no-blame-shifting', 'fail', "Sorry for the wait. We had two emergencies come in and there's just no way round that in a vet practice. – Jo"],
    // A choice that leads to what happens next, and terms inside a sentence, are no blame.
    ['no-blame-shifting', 'pass', 'You selected next-day delivery, so it will be with you tomorrow by 6pm. Thanks for ordering! – Jo', { persona: 'neutral' }],
    ['no-blame-shifting', 'pass', "You booked the whole trip with us, so the bag is our responsibility and I'll refund it today. – Jo"],
    ['no-blame-shifting', 'pass', "Sorry, Sam. The fare rules you accepted when you booked mean a name change isn't possible, but I can refund the taxes today. – Jo"],
    ['no-blame-shifting', 'pass', "Sorry, Sam. We got this wrong and there's no way round that: I've refunded you in full. – Jo"],
  ]);
});

describe('no-arguing: a sentence opened as a correction, or a "so it wasn\'t…" drawn from the records', () => {
  eachCase([
    ['no-arguing', 'fail', "I'm sorry about the chairs. Just for accuracy, the crew's tracker has them arriving at 10:50, inside your window. – Jo"],
    ['no-arguing', 'fail', "Really sorry about the payment. Just to set the record straight, cancellations need 30 days' notice under the terms. – Jo"],
    ['no-arguing', 'fail', 'Sorry for the wait. Small point — the 4 weeks on the website is for in-stock items only. – Jo', { persona: 'neutral' }],
    ['no-arguing', 'fail', "So sorry. In fairness, the care label said dry clean at low heat and that's what we did. – Jo"],
    ['no-arguing', 'fail', 'Our express service is 24 hours from drop-off, so it wasn\'t slow. – Jo', { persona: 'joking' }],
    ['no-arguing', 'fail', 'Every car has a 120-point check, so it definitely wasn\'t sold with a known fault. – Jo'],
    // The opener keeps the thanks before it: the correction is its own sentence.
    ['thank-the-customer', 'pass', 'Thanks for getting in touch, Dan. Just to clarify, the notice period is 30 days. – Jo'],
    // Near misses: a plain answer, an owned slip, good news drawn from the records.
    ['no-arguing', 'pass', 'Sorry for the trouble. For the record, that was our mistake, and the refund went out today. – Jo'],
    ['no-arguing', 'pass', 'Good news: we found the parcel at the depot, so it isn\'t lost after all. It goes out today. – Jo', { persona: 'neutral' }],
    // A rebuttal in the sentence of a review trade still argues.
    ['no-arguing', 'fail', "I think you've misunderstood, Carla: it wasn't a payment for a review, just a goodwill credit. – Jo"],
  ]);
});

describe('no-review-incentive: a benefit for a review kept back or posted, in new words', () => {
  eachCase([
    ['no-review-incentive', 'fail', 'Sorry the jacket tore. I can send a free replacement if you agree not to leave a review about it. – Jo'],
    ['no-review-incentive', 'fail', "We'll cover the repair in full, as long as nothing goes on Google. – Jo"],
    ['no-review-incentive', 'fail', "Happy to refund the deposit if you'd rather not post the review. – Jo"],
    ['no-review-incentive', 'fail', "If you pop a good review up on Trustpilot, I'll knock two weeks off your subscription. – Jo"],
    // A benefit given outright, beside words about posting that are not a review kept back.
    ['no-review-incentive', 'pass', "Sorry, Sam — I've refunded the fee today. Please don't post your card details here; DM us instead. – Jo"],
    ['no-review-incentive', 'pass', "I'll knock a month off your bill for the outage, Sam. – Jo"],
    ['no-review-incentive', 'pass', "Nothing goes online without your say-so: the photos stay private, and I've refunded the sitting. – Jo"],
    ['no-review-incentive', 'pass', 'We never post customer photos without asking, and your refund went out today. – Jo'],
  ]);
});

describe('no-arguing: the complaint ruled out by likelihood, credentials, a correct bill or what is normal', () => {
  eachCase([
    ['no-arguing', 'fail', "Our chefs wear gloves at all times, so it's highly unlikely the plaster came from us. – Jo"],
    ['no-arguing', 'fail', 'Our drivers are all vetted, so I find that very hard to believe. – Jo'],
    ['no-arguing', 'fail', 'Data roaming was switched on, so the charges on your bill are correct. – Jo'],
    ['no-arguing', 'fail', 'I checked your account and the late fee was applied correctly. – Jo'],
    ['no-arguing', 'fail', "We're authorised by the FCA and treat every claim fairly. – Jo", { persona: 'vague-rude' }],
    ['no-arguing', 'fail', 'We paid out 97% of claims last year, so the figures say otherwise. – Jo', { persona: 'vague-rude' }],
    ['no-arguing', 'fail', 'There is no booking under that name, so this review appears to be fake. – Jo', { persona: 'malicious' }],
    ['no-arguing', 'fail', "Perhaps you're thinking of a different garage? – Jo"],
    ['no-arguing', 'fail', 'A half-hour queue on a bank holiday is pretty standard everywhere. – Jo'],
    ['no-arguing', 'fail', "Plenty of our readers love it. Maybe it's just not for you. – Jo", { persona: 'vague-rude' }],
    ['no-arguing', 'fail', 'Your excess is set by your age band, so the premium is correct. – Jo'],
    ['no-arguing', 'fail', 'Our installers have NEVER left a job unfinished. – Jo'],
    ['no-arguing', 'fail', 'The price change WAS announced on our website in March. – Jo'],
    ['no-arguing', 'fail', "Don't like it? Walk then.", { persona: 'vague-rude' }],
    // Near misses: news, a check, a fee found wrong, agreement and a promise in capitals.
    ['no-arguing', 'pass', "It's unlikely we'll have the blue one back before Friday, sorry — I'll message you when it lands. – Jo"],
    ['no-arguing', 'pass', "I'll check whether the late fee was applied correctly and reply by 5pm. – Jo"],
    ['no-arguing', 'pass', "The late fee was not applied correctly, and I've refunded it today. – Jo"],
    ['no-arguing', 'pass', "It's only fair we refund the whole booking, and I've done that today. – Jo"],
    ['no-arguing', 'pass', 'That is NOT ok, and I will make sure this NEVER happens again. DM me. – Jo'],
    ['no-arguing', 'pass', 'The tickets are NOT lost: every payment is recorded, and orders will show by 6pm. – Jo'],
  ]);
});

describe('no-arguing: a conclusion that the charge or the service was right, and a count set right across a clause', () => {
  eachCase([
    ['no-arguing', 'fail', 'Our terms include a 30-day notice period, so the first of those debits was expected. – Jo'],
    ['no-arguing', 'fail', 'The listing says 7–10 working days for bulky items, so this order is still within the window. – Jo'],
    ['no-arguing', 'fail', 'The footage shows the box sealed when it left us, so the product was genuine. – Jo', { persona: 'malicious' }],
    ['no-arguing', 'fail', 'Our driver photographed it at your door at 11:02, so it was delivered. – Jo'],
    ['no-arguing', 'fail', "I've checked, and it's two lessons that were cancelled this term, not three. – Jo"],
    ['no-arguing', 'fail', 'The delay is 14 months from the registered date, not 2 years. – Jo'],
    // Near misses: what we will do so that a fee is not charged, a refund so the bill is right, a plain count.
    ['no-arguing', 'pass', "I've put a flag on your account so no late fee is charged while it processes. – Jo"],
    ['no-arguing', 'pass', "I've refunded the second debit today so your balance is correct again. Sorry, Jess. – Jo"],
    ['no-arguing', 'pass', "You're right, two lessons were cancelled, and I've booked both make-ups for next week. – Jo"],
    ['no-arguing', 'pass', 'Sorry, Ben: we owe you for 3 missed bins, not just 2, and I have credited all 3 today. – Jo'],
    // "To be fair" that turns to concede the customer's point.
    ['no-arguing', 'pass', "To be fair, you've got a point: the notice should have gone up on Monday. Sorry, Sam. – Jo"],
    ['no-arguing', 'fail', 'To be fair, the notice went up on Monday. – Jo'],
  ]);
});

describe('calm-tone: "believe it or not" and "no need to shout" talk down to the customer', () => {
  it.each([
    ['care claimed with a jab', "Sorry for the disruption. We do care, believe it or not 🙂 I'll update you by Friday. – Dana", 'fail'],
    ['a literal yes, with the jab inside', "Yes, believe it or not, we are all actually working here 🙂 A claims handler will call you within 24 hours. – Dana", 'fail'],
    ['shouting answered in kind', "NO NEED TO SHOUT, we can hear you 😊 Your box is due before 10pm. – Dana", 'fail'],
    ['panic waved away', "We refund undelivered orders automatically, so honestly there's no need to panic. – Dana", 'fail'],
    ['near miss: reassurance without the jab', "You don't need to do anything: undelivered orders are refunded automatically within 3 days. – Dana", 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('calm-tone', text)).toBe(expected);
  });
});

describe('concrete-next-step: a cost, a gesture, a refund or a credit described or already given is no remedy offered', () => {
  it.each([
    ['fees that cover a cost', "Service fees are non-refundable, as they cover the cost of processing your booking. We appreciate your understanding. – Dana", 'fail'],
    ['a past goodwill gesture', "Just to clarify, the dessert was simply a goodwill gesture, nothing more. We hope to see you again. – Dana", 'fail'],
    ['a refund the customer got', "Just to clarify: there was never any condition attached to your refund, and we're glad the refund came through. – Dana", 'fail'],
    ['a credit said to have been just a credit', "You've misunderstood: it wasn't a payment for a review, just a goodwill credit. Sorry for any confusion! – Dana", 'fail'],
    ['near miss: a goodwill gesture offered', "I'm sorry about the mix-up. I'd like to offer a goodwill credit of $20 to your account today. – Dana", 'pass'],
    ['near miss: we cover the cost', "I'm so sorry. We'll cover the cost of the repair; DM me the invoice and I'll pay it today. – Dana", 'pass'],
    ['near miss: a refund offered', "I'm sorry the order never came. I've refunded it in full today; it shows in 3–5 days. – Dana", 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('concrete-next-step', text)).toBe(expected);
  });
});

describe('no-arguing and no-blame-shifting: the fault put down to how the customer handled it', () => {
  it.each([
    ['a drop as the usual cause', 'Thanks for the photos. Chips on the rim usually come from a drop onto a hard floor, so this is not a warranty fault. – Dana', 'fail'],
    ['how it was put together', 'Sorry it wobbles! When a frame creaks like this it is most likely down to how it was assembled at home. – Dana', 'fail'],
    ['misuse named as the cause', 'Fading like that is typically the result of incorrect washing, not the dye itself. – Dana', 'fail'],
    ['after it left us', 'The dent looks like it happened after delivery; every box is checked at the depot. – Dana', 'fail'],
    ['before it reached the shop', 'It seems likely the fault happened before it came to us for the repair. – Dana', 'fail'],
    ['near miss: a drop ruled out', "This isn't caused by a drop, so we'll replace it under warranty today. – Dana", 'pass'],
    ['near miss: a fix explained', 'Sorry about the crashes! Restarting after the update usually fixes it, and I can call you through it today. – Dana', 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('no-arguing', text)).toBe(expected);
    expect(verdict('no-blame-shifting', text)).toBe(expected);
  });
});

describe('no-arguing: doubt about the complaint, "actually" inside a claim, and "you did not look"', () => {
  it.each([
    ['doubting what they mean', 'Not sure what you mean, the pool has been open every day this month. – Dana', 'fail'],
    ['doubting their word', 'Not sure "scam" is fair, the price is on the shelf label. – Dana', 'fail'],
    ['a won award set against the post', 'Sorry you feel that way! We actually won Gym of the Year last spring. – Dana', 'fail'],
    ['a comparison set right', 'Our fares are actually cheaper than the other operators on this route. – Dana', 'fail'],
    ['told to read', 'Have you tried reading the welcome email? The code is in it. – Dana', 'fail'],
    ['told they did not look', 'The filter is still there, you just didn\'t look properly. It is under Search > More. – Dana', 'fail'],
    ['near miss: help finding where it is', "Sorry it's gone missing! DM me and I'll find out where it actually is right now. – Dana", 'pass'],
    ['near miss: asking what they mean', "Sorry to hear that. Could you tell me a bit more about what happened, so I can look into it today? – Dana", 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('no-arguing', text, { persona: 'vague-rude' })).toBe(expected);
  });
});

describe('no-blame-shifting: the problem put down to customers in general', () => {
  it.each([
    ['outdated versions', 'Most login errors our members see are down to outdated versions of the app. – Dana', 'fail'],
    ['applicants', 'Many refund delays are caused by customers sending the wrong receipt. – Dana', 'fail'],
    ['guests', 'Stains like this are usually brought in on guests\' shoes, sadly. – Dana', 'fail'],
    ['near miss: customers named, no cause put on them', "Sorry about this! Most of our members never see this error, so I'll look into your account today. – Dana", 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('no-blame-shifting', text)).toBe(expected);
  });
});

describe('calm-tone: the customer reminded that they were told before', () => {
  it.each([
    ['already been told', "As you've already been told, the lift is out until Monday. – Dana", 'fail'],
    ['already informed', 'Dear Customer, as already informed, your claim is with the team. – Dana', 'fail'],
    ['literally every page', 'As mentioned on literally every page of the app, delivery is free over £30. – Dana', 'fail'],
    ['near miss: a policy cited', "Sorry for the confusion! As stated in the booking terms, changes are free up to 48 hours before, so I've moved it for you. – Dana", 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('calm-tone', text)).toBe(expected);
  });
});

describe('no-arguing: scams and fraud the customer suffered are no accusation', () => {
  it.each([
    ['scam calls', "I'm sorry you're getting so many scam calls, that's exhausting. DM me and I'll switch on our call filter today. – Dana", 'pass'],
    ['a scam text going round', 'Thanks for checking first! A scam text pretending to be from us is going round; please delete it. – Dana', 'pass'],
    ['identity fraud', "I'm so sorry, identity fraud is frightening. DM us and our team will check your account within the hour. – Dana", 'pass'],
    ['fraud on the card', "I'm sorry you've had fraud on your card. DM me and I'll raise a claim today. – Dana", 'pass'],
    ['the poster called a scammer', "You're the scammer here, not us. – Dana", 'fail'],
    ['the post called a scam', 'This post is a scam to get free meals. – Dana', 'fail'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('no-arguing', text, { persona: 'malicious' })).toBe(expected);
  });
});

describe('protect-privacy: the customer recognised, or their records read out, in public', () => {
  it.each([
    ['recognised from a visit', 'Hi Sam, we recognise you from your stay in March! What went wrong? – Dana', 'fail'],
    ['order history seen', "Ha, we've seen your order history, you clearly love the garlic bread. – Dana", 'fail'],
    ['the card read out', 'Funny, your loyalty card shows four coffees a day, so we must be doing something right. – Dana', 'fail'],
    ['what they ordered', 'I can see from your booking you chose the saver fare, so seats were not included. – Dana', 'fail'],
    ['near miss: asked to DM the order', "Sorry about this! DM me your order number and I'll check what went wrong today. – Dana", 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('protect-privacy', text)).toBe(expected);
  });
});

describe("empathy: the customer's situation named as hard, whatever its subject", () => {
  it.each([
    ['a long subject', "Thanks for asking! I know planning a trip around a hospital appointment can be stressful. We'll hold the room until 6pm. – Dana", 'pass'],
    ['a bare noun', "Thanks for flagging it, I know spam is infuriating. We never share your number. – Dana", 'pass'],
    ["it's a faff", "Thanks for the question, I get that it's a faff. The form is on page 2 of the app. – Dana", 'pass'],
    ['near miss: a fact known, no feeling', 'I know the parcel left the depot on Monday. It is due tomorrow. – Dana', 'fail'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('empathy', text, { persona: 'neutral' })).toBe(expected);
  });
});

describe('no-arguing: a promise, an admission or help that sounds like a rebuttal', () => {
  it.each([
    ['a promise it will not happen again', "I'm so sorry. I've retrained the team, and I can assure you this won't happen again. – Dana", 'pass'],
    ['help offered with "deal with it"', "Sorry for the double charge! If it shows up again, message me and I'll deal with it myself. – Dana", 'pass'],
    ['an admission that it should not work so', "Sorry, a bill that high without warning is a shock, and that's not how it should work. I'll call you today. – Dana", 'pass'],
    ['an admission that the mistake is big', "I'm so sorry. Getting dairy when you asked for vegan is not a small mistake, and I've refunded you in full. – Dana", 'pass'],
    ['near miss: the company defended', 'I can assure you our kitchen passed every inspection this year. – Dana', 'fail'],
    ['near miss: how it works', "Sorry, but that's not how the loyalty scheme works. – Dana", 'fail'],
    ['near miss: what they ordered', 'You ordered the medium, not the large. – Dana', 'fail'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('no-arguing', text)).toBe(expected);
  });
});
