import type { RuleTexts } from './types.ts';

/** What the trainee reads about every rule, in English. */
export const en: RuleTexts = {
  lang: 'en',
  rules: {
    'engage-wisely': {
      name: 'Choose when to engage',
      explanation:
        'Anyone with a real issue, a joke or an attack deserves an answer. A vague insult with nothing specific in it is often best left alone, or met with one short, neutral invitation to say what went wrong.',
      tip: 'Before typing, ask: is there a concrete problem here? If not, either stay quiet or ask one friendly question.',
      messages: {
        'fail-reading': 'Read as a whole, the highlighted words rise to the bait instead of answering calmly.',
        'pass-reading': 'Read as a whole, the reply answers calmly without taking the bait.',
        'pass-silence': 'Leaving a vague insult unanswered was a sound choice.',
        'pass-invite': 'A short, neutral invitation to share specifics is the right answer to a vague insult.',
        pass: 'The customer raised something real and got an answer.',
        'fail-silence': 'The customer raised something real and got no answer at all.',
        'fail-argue': 'A vague insult was answered with argument, defence or rudeness.',
      },
    },
    empathy: {
      name: 'Acknowledge the feeling',
      explanation:
        'Show that you heard what the customer went through: name the frustration or apologise for what happened. "Sorry if you were upset" and "sorry you feel that way" acknowledge nothing. With a poster who may be making things up, show concern without admitting a fault nobody has proven.',
      tip: 'Open with one sentence about their experience: "I\'m sorry your order arrived broken, that\'s a rotten start to the weekend."',
      messages: {
        'fail-reading': 'Read as a whole, the reply does not acknowledge what the customer went through.',
        'pass-reading': 'Read as a whole, the highlighted words acknowledge what the customer went through.',
        pass: 'Acknowledges what the customer went through.',
        fail: 'Nothing acknowledges how the customer feels or what happened to them.',
        'fail-conditional': 'A conditional or "sorry you feel that way" apology does not acknowledge the customer.',
      },
    },
    'no-arguing': {
      name: 'Don\'t argue',
      explanation:
        'A public debate with a customer is lost even when you are right: onlookers side with the person who is upset. State a policy plainly or point to where it is published, but never tell the customer they are wrong.',
      tip: 'Replace "that\'s not true" with "thanks for raising this, here\'s how it works" and move on to what you can do.',
      messages: {
        'fail-reading': 'Read as a whole, the highlighted words correct or rebut the customer, however politely.',
        'pass-reading': 'Read as a whole, the reply explains without debating the customer.',
        pass: 'No contradiction or debate with the customer.',
        fail: 'Contradicts or debates the customer.',
      },
    },
    'calm-tone': {
      name: 'Keep a calm tone',
      explanation:
        'Stay calm and professional however the customer writes. Sarcasm, insults, mockery, threats and shouting (ALL-CAPS words, "!!!") turn a complaint into a public fight.',
      tip: 'Read your reply aloud before posting. If you would not say it to the customer\'s face at the counter, rewrite it.',
      messages: {
        'fail-reading': 'Read as a whole, the highlighted words come across as sarcastic, curt or hostile, even without an outright insult.',
        'pass-reading': 'Read as a whole, the tone stays calm and professional.',
        pass: 'Calm and professional.',
        fail: 'The tone is sarcastic, insulting, mocking or threatening.',
        'fail-shouting': 'Shouting: ALL-CAPS words or a row of exclamation marks.',
      },
    },
    'no-blame-shifting': {
      name: 'Own it',
      explanation:
        'To the customer, the courier, the supplier and "the system" are all you. Take ownership; you can still say you will follow up with a partner. Never hint that the customer caused it.',
      tip: 'Write "we\'ll chase this with our delivery partner" instead of "the courier lost it".',
      messages: {
        'fail-reading': 'Read as a whole, the highlighted words push the cause onto someone or something else.',
        'pass-reading': 'Read as a whole, the reply does not push the blame elsewhere.',
        pass: 'No blame pinned on others or on the customer.',
        'pass-ownership': 'Takes ownership of the problem.',
        'fail-other': 'Shifts the blame to a partner, another team or the system.',
        'fail-customer': 'Suggests the customer caused the problem.',
      },
    },
    'under-promise': {
      name: 'Under-promise',
      explanation:
        'Promise effort, a check or an update at a time you control, not an outcome you cannot. "Guaranteed", "100%" and "this will never happen again" set up the next complaint. Commit to the preventive step you are taking instead.',
      tip: 'Say "I\'ll check with the warehouse and update you by 5 pm" rather than "it will arrive tomorrow, guaranteed".',
      messages: {
        'fail-reading': 'Read as a whole, the highlighted words promise an outcome the team may not control.',
        'pass-reading': 'Read as a whole, the reply promises nothing it cannot keep.',
        pass: 'Promises nothing it cannot keep.',
        'pass-effort': 'Promises effort or an update, not an outcome.',
        fail: 'Guarantees an outcome or a time the team does not control.',
        'fail-management': 'Promises something only management can grant.',
      },
    },
    'concrete-next-step': {
      name: 'Give a concrete next step',
      explanation:
        'Say what happens now: the refund, the replacement, what you will check, or when the customer hears back. "We value your feedback" on its own tells them nothing, and an invitation to DM is not yet a step.',
      tip: 'End with one sentence that starts with "I will…" and names the action and when.',
      messages: {
        'fail-reading': 'Read as a whole, the highlighted words stay vague: no remedy or step the customer can count on.',
        'pass-reading': 'Read as a whole, the highlighted words name a concrete next step.',
        pass: 'Names a concrete remedy or next step.',
        fail: 'No concrete remedy or next step.',
        'fail-platitude': 'Only platitudes, no concrete remedy or next step.',
      },
    },
    'two-alternatives': {
      name: 'Offer two alternatives',
      explanation:
        'When you cannot give the customer exactly what they ask for, apologise and offer at least two reasonable alternatives, so they still choose how it ends. A bare no, or one take-it-or-leave-it option, feels like a closed door.',
      tip: '"I\'m sorry we can\'t do Sunday. I can offer Monday morning delivery, or a full refund if that no longer works for you."',
      messages: {
        pass: 'Apologises and offers two distinct alternatives.',
        'fail-apology': 'Offers alternatives but does not apologise for the refusal.',
        'fail-alternatives': 'Fewer than two alternatives: a bare no or a single option.',
        'fail-reading': 'Read as a whole, the reply does not apologise and offer two distinct alternatives.',
        'pass-reading': 'Read as a whole, the highlighted words apologise and offer the customer a choice.',
      },
    },
    'take-private': {
      name: 'Respond publicly, resolve privately',
      explanation:
        'Answer in public so onlookers see you care, then invite the customer to a private channel (DM, e-mail, phone) for the details. "Tell us next time you\'re in store" is not a private channel.',
      tip: 'Add: "Could you send us a DM with your order details? I\'ll pick it up from there."',
      messages: {
        'fail-reading': 'Read as a whole, the reply does not offer a private channel.',
        'pass-reading': 'Read as a whole, the highlighted words invite the customer to a private channel.',
        pass: 'Invites the customer to continue privately.',
        fail: 'No invitation to continue in a private channel.',
        'fail-silence': 'No reply, so nothing invites the customer to talk privately.',
        'fail-in-person': 'A visit in store is not a private channel for this conversation.',
      },
    },
    'protect-privacy': {
      name: 'Protect privacy in public',
      explanation:
        'Never ask a customer to post an order number, phone, address, e-mail or account details in a public thread, and never reveal them yourself, nor link the poster to another account.',
      tip: 'Ask for details in a DM: "Please DM us your order number" instead of "reply with your order number".',
      messages: {
        'fail-reading': 'Read as a whole, the highlighted words ask for or reveal personal details in public.',
        'pass-reading': 'Read as a whole, no personal details are asked for or revealed in public.',
        pass: 'No personal data asked for or revealed in public.',
        'fail-ask': 'Asks the customer to post personal or order data in public.',
        'fail-reveal': 'Reveals personal, order or account details in public.',
      },
    },
    'no-review-incentive': {
      name: 'No rewards for reviews',
      explanation:
        'Compensate the problem, never the review. Platforms ban offering a refund, discount or gift in exchange for editing or removing a review. Once the matter is resolved, you may politely ask the customer to update it.',
      tip: 'Fix the problem first; afterwards, "if you feel we\'ve put it right, we\'d be grateful if you updated your review" is fine.',
      messages: {
        'fail-reading': 'Read as a whole, the highlighted words tie a benefit to the review.',
        'pass-reading': 'Read as a whole, no benefit is tied to the review.',
        pass: 'No benefit tied to changing a review.',
        fail: 'Offers a benefit in exchange for editing or removing a review.',
      },
    },
    'facts-not-accusations': {
      name: 'Facts, not accusations',
      explanation:
        'Against a fabricated or exaggerated post, stay with calm, verifiable facts: records, call recordings, shipment videos, and an offer to check privately. You may report rule-breaking content to the platform. Never call the poster a liar, troll or competitor, never threaten, and never grovel for a fault that did not happen.',
      tip: '"Our dispatch video shows the parcel sealed and complete; please DM us so we can review it together."',
      messages: {
        'fail-reading': 'Read as a whole, the highlighted words accuse or threaten rather than state facts.',
        'pass-reading': 'Read as a whole, the reply sticks to facts.',
        pass: 'Stays calm, without accusing or grovelling.',
        'pass-evidence': 'Relies on verifiable facts or an offer to check.',
        'fail-accusation': 'Accuses the poster of lying, trolling or working for a competitor.',
        'fail-threat': 'Threatens the poster.',
        'fail-grovel': 'Grovels for a fault nobody has shown to be real.',
        'fail-incentive': 'Offers something to get the post removed.',
      },
    },
    'join-the-joke': {
      name: 'Join the joke',
      explanation:
        'When a customer laughs at the brand, laugh with them. A good-natured reply wins the thread; a stiff, defensive or legalistic one makes the brand look humourless, and a joke at the customer\'s expense backfires.',
      tip: 'Play along with their image for one line, then add something useful if there is a real point behind the joke.',
      messages: {
        'fail-reading': 'Read as a whole, the highlighted words fall flat or sound stiff against the customer\'s joke.',
        'pass-reading': 'Read as a whole, the highlighted words join the joke.',
        pass: 'Plays along good-naturedly.',
        'fail-stiff': 'Stiff, defensive or legalistic answer to a joke.',
        'fail-mockery': 'Jokes at the customer\'s expense.',
        'fail-flat': 'Does not play along with the joke.',
      },
    },
    'thank-the-customer': {
      name: 'Thank the customer',
      explanation:
        'Thank the customer for the report, the feedback, the question or their patience: they took time to tell you. "Thanks for choosing us" and "we value your feedback" are filler, not thanks.',
      tip: 'Start with "Thanks for letting us know about…" and name what they reported.',
      messages: {
        'fail-reading': 'Read as a whole, the reply does not thank the customer for raising it.',
        'pass-reading': 'Read as a whole, the highlighted words thank the customer.',
        pass: 'Thanks the customer for the report, feedback or patience.',
        fail: 'No thanks for the report, feedback or patience.',
        'fail-filler': 'Only filler thanks ("thanks for choosing us"), not thanks for what the customer did.',
      },
    },
    'personal-touch': {
      name: 'Sound like a person',
      explanation:
        'People answer people. Sign with your own name or initials, or write in a clear first-person voice to this customer. A reply signed only by the company, or an obvious template, reads as a brush-off.',
      tip: 'Write "I" where you can, and sign off: "— Mei, customer care".',
      messages: {
        'fail-reading': 'Read as a whole, the reply sounds like a template, with no person behind it.',
        'pass-reading': 'Read as a whole, the highlighted words give the reply a personal voice.',
        pass: 'A real person\'s voice: a name, initials or a first-person reply.',
        fail: 'Reads as the company\'s voice only, with no person behind it.',
        'fail-template': 'Reads as a canned template.',
      },
    },
    escalate: {
      name: 'Escalate what is above you',
      explanation:
        'Legal threats, safety issues, large compensation and press enquiries go to a supervisor or specialist team. Say you are passing it on and when the customer will hear back; do not handle it alone or promise what only management can grant.',
      tip: '"I\'ve passed this to our product safety team; they will contact you by tomorrow noon."',
      messages: {
        pass: 'Passes it to the right team and says when the customer will hear back.',
        fail: 'Handles it alone instead of passing it to a supervisor or specialist team.',
        'fail-no-time': 'Passes it on but does not say when the customer will hear back.',
        'fail-management': 'Promises what only management can grant.',
        'fail-reading': 'Read as a whole, the reply does not pass it on with a time the customer will hear back.',
        'pass-reading': 'Read as a whole, the highlighted words pass it on and say when the customer will hear back.',
      },
    },
    'three-c': {
      name: 'Crisis: the 3 Cs',
      explanation:
        'A public crisis statement needs all three: Concern for the people affected, Clarify what happened and what is known, and the Course of action you are taking, with updates to follow.',
      tip: 'Write three short paragraphs: we are sorry and worried; here is what we know; here is what we are doing and when we will update.',
      messages: {
        pass: 'Concern, Clarify and Course of action are all there.',
        fail: 'Missing: {missing}.',
        'fail-reading': 'Read as a whole, the statement lacks concern, a clear account of what happened or a course of action.',
        'pass-reading': 'Read as a whole, the statement shows concern, clarifies what happened and says what is being done.',
      },
    },
    'respond-fast': {
      name: 'Respond fast',
      explanation:
        'People who complain on social media expect an answer within the hour, and frustration climbs fast after that. Reply within the channel\'s target, even if the first reply only says you are on it.',
      tip: 'If the full answer needs time, post a quick first reply now and say when you will update.',
      messages: {
        pass: 'Replied after {elapsed} min, within the {target}-min target.',
        fail: 'Replied after {elapsed} min; the target is {target} min.',
        'fail-silence': 'No reply; the target was {target} min.',
      },
    },
  },
  threeC: { concern: 'Concern', clarify: 'Clarify', course: 'Course of action', sep: ', ' },
};
