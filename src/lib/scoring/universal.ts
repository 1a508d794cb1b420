import type { Span } from './analyse.ts';

/**
 * Signals that look the same in every language: shouting and raw personal
 * data. Quantifiers are bounded so that long hostile input stays linear.
 */

/** A universal pattern with its evidence id. */
export interface UniversalPattern {
  id: string;
  pattern: RegExp;
  note: string;
  /** A match does not count when the text just before it (up to 40 characters) matches one of these. */
  unlessAfter?: readonly RegExp[];
}

/** Three or more exclamation marks, half- or full-width, "?!?!"-style runs, or "!!" twice in one reply. */
export const EXCLAMATION_RUN: UniversalPattern = {
  id: 'any.shout.exclamations',
  pattern: /[!！]{3}|[!！?？]{4}|[!！]{2}(?=[^!！]+[!！]{2})/,
  note: '"!!!" or "?!?!" reads as shouting in any language, and so does "!!" said twice ("審査はまだ終わっておりません！！…ください！！")',
};

/** Latin words written entirely in capitals. */
const CAPS_WORD = /(?<![\p{L}\p{N}])[A-Z][A-Z'’]{2,}(?![\p{L}\p{N}])/gu;

/**
 * Capitalised words that are names or abbreviations, not shouting. Kept short
 * and generic; brands that write themselves in capitals are rare in replies.
 */
const ACRONYMS: ReadonlySet<string> = new Set(
  (
    'DHL UPS USPS FEDEX TNT EMS SMS MMS FAQ ETA CEO CFO CTO COO VIP USB API PDF URL GPS ATM USA UK EU HK HKD NTD TWD JPY USD EUR GBP RMB ' +
    'VAT GST SKU RMA POS APP FYI BTW IMO TBH DIY PIN OTP SIM LTE NFC QR ID DM PM AM TV LED LCD PC IT HR PR QA CS AI IOS MAC ' +
    'LINE IG FB YT SNS OK AKA RSVP ASAP NB PS PPS TBA TBC TBD HQ PO NGO ISO CE FDA BBC CNN NHK TVB MTR KFC IKEA LEGO NASA ' +
    'LOL LMAO LMFAO ROFL OMG FOMO GMT UTC JST HKT CST PST EST CET BST CCTV NHS GP ICU ER HMRC IRS DVLA MOT APR ISA EMI NYC LA SF PDT EDT WIFI UV EV ABS ANC HDMI RAM SSD CPU GPU OLED 4K HD SOS'
  ).split(' '),
);

/**
 * Everyday English words that staff shout ("we did NOT lose it", "READ the
 * menu"). A lone capitalised word outside this list and without an English
 * word ending is read as a name or an abbreviation the list does not know
 * (CHAPS, PUK, ICNIRP), not as shouting.
 */
const SHOUTABLE: ReadonlySet<string> = new Set(
  (
    'NOT NEVER NO YES ALL EVERY ANY YOU YOUR YOURS WE OUR US DID DO DOES DONT WONT CANT ISNT WASNT DIDNT IS ARE WAS WERE WILL CAN MUST ' +
    'SHOULD HAVE HAS HAD READ STOP NOW EVER ONLY JUST REALLY VERY THE AND BUT WHAT WHY HOW WHO THIS THAT THESE THOSE WRONG RIGHT ' +
    'ALWAYS PLEASE SORRY THANK THANKS FAULT FREE AGAIN LISTEN LOOK WOW NOTHING EVERYTHING EVERYONE ANYONE NOBODY OFF OUT GET GOT ' +
    'LATE TODAY TERMS RULES POLICY YOURSELF STILL HERE THERE THEIR THEY SAID SAYS CLEAR TRUE FALSE LIE LIES LIAR BIG HUGE HATE LOVE ' +
    'BEST WORST BAD GOOD FINE SURE WAY MORE LESS MUCH MANY TIMES TWICE ONCE TOLD ASKED WRITTEN STATED SIGNED AGREED PAID ORDERED ' +
    'DELIVERED LOST BROKEN DAMAGED SICK DEAD STUPID IDIOT RUDE LAZY FAKE SCAM JOKE INSANE CRAZY AWFUL TERRIBLE HORRIBLE DISGUSTING ' +
    'RIDICULOUS UNACCEPTABLE OUTRAGEOUS ABSOLUTE TOTAL COMPLETE FULL ZERO NONE HELLO HEY OMG SERIOUSLY HONESTLY LITERALLY ACTUALLY ' +
    'CLEARLY OBVIOUSLY DEFINITELY ABSOLUTELY TOTALLY COMPLETELY ENOUGH CALM DOWN UP SHUT LEAVE GONE BACK ME MY MINE HIM HER SHE HE IT ITS'
  ).split(' '),
);

/** An English word ending long words have and abbreviations seldom do. */
const ENGLISH_ENDING = /(?:ING|ED|LY|TION|SION|NESS|ABLE|IBLE|FUL|OUS|LESS|MENT|IVE|ITY|ANCE|ENCE|EST|ERS)$/;

/**
 * Shouted words: ALL-CAPS Latin words of three letters or more that are not
 * abbreviations. A word is shouted when it is an everyday word (see
 * `SHOUTABLE`), has an English word ending, ends in "!" or "?", or stands
 * next to another capitalised word; a lone unknown one is an abbreviation.
 */
export function findShoutedWords(text: string): Span[] {
  const candidates: Array<Span & { word: string }> = [];
  CAPS_WORD.lastIndex = 0;
  for (let m = CAPS_WORD.exec(text); m !== null; m = CAPS_WORD.exec(text)) {
    const word = m[0].replace(/['’]/g, '');
    if (word.length < 3 || ACRONYMS.has(word) || /^[A-Z]+S$/.test(word) && ACRONYMS.has(word.slice(0, -1))) continue;
    // Roman numerals and model codes (e.g. "XL", "III") are not shouting.
    if (/^[IVXLCDM]+$/.test(word)) continue;
    candidates.push({ start: m.index, end: m.index + m[0].length, word });
  }
  const out: Span[] = [];
  candidates.forEach((c, i) => {
    const prev = candidates[i - 1];
    const next = candidates[i + 1];
    const run = (prev !== undefined && c.start - prev.end <= 2) || (next !== undefined && next.start - c.end <= 2);
    const len5 = c.word.length >= 5 && ENGLISH_ENDING.test(c.word);
    if (SHOUTABLE.has(c.word) || len5 || run || /^[!?！？]/.test(text.slice(c.end, c.end + 1))) out.push({ start: c.start, end: c.end });
  });
  return out;
}

/** A quotation: an opening quote after a space or the start, a closing one before a non-letter. */
const QUOTED = /(?:^|[\s(\[:—–-])(['‘"“「『])(?=\S)[^\n]{0,80}?\S['’"”」』](?![\p{L}\p{N}])/gu;

/**
 * Shouting, except capitals inside a quotation: quoting the customer or a sign
 * ("the banner said 'FREE DELIVERY', you're right") is not raising one's voice.
 * A run of "!!!" counts wherever it is.
 */
export function findShouting(text: string): (Span & { id: string }) | undefined {
  const quotes: Span[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) quotes.push({ start: m.index, end: m.index + m[0].length });
  const ex = EXCLAMATION_RUN.pattern.exec(text);
  const w = findShoutedWords(text).find((x) => !quotes.some((q) => x.start >= q.start && x.end <= q.end));
  if (ex && (!w || ex.index < w.start)) return { id: EXCLAMATION_RUN.id, start: ex.index, end: ex.index + ex[0].length };
  if (w) return { id: 'any.shout.caps', ...w };
  return undefined;
}

/**
 * A phone number given as a line anyone may call, not as someone's personal data: it comes
 * right after the name of a public or company line ("the National Gas Emergency line on 0800…",
 * "our helpline: 0800…", 「客服專線 0800-…」, 「フリーダイヤル 0120-…」), or a desk's or a team's
 * ("our hardship team can be reached on 1300…", "the desk is on 01632…", "our out-of-hours line
 * (01632…)"). "Your number" is not a line, nor is a worker's own ("the driver's direct line is
 * 07700…").
 */
const PUBLIC_LINE =
  /(?:\b(?:help ?line|hotline|freephone|(?:emergency|support|care|customer service|service|contact|enquiry|enquiries|booking|bookings|reservations?|advice|fault|faults|claims?|fraud|lost card) (?:line|number))(?: (?:on|at|is))?|(?<!\byour? )\b(?:(?:our|the) )?(?:(?!your?\b)[\w'’-]+ ){0,3}(?:team|desk|office|reception|switchboard|helpdesk|practice|surgery|clinic|branch)(?: (?:can|may) be (?:reached|contacted|called))?(?: (?:is|are))? (?:on|at)|\b(?:our|the) (?:(?!your?\b|(?:driver|courier|rider|engineer|technician|fitter|installer|plumber|electrician|builder|cleaner|postman|postie|carer)['’]s\b)[\w'’-]+ ){1,3}line(?: (?:is|number))?(?: on| at)?|專線|熱線|客服電話|服務電話|免付費電話|フリーダイヤル|ナビダイヤル|専用ダイヤル|窓口|お問い合わせ先)\s?[:：(（]?\s?$/i;

/**
 * A phone number given as the line to call: right after "call", "ring", "text" and the like,
 * with the company, a desk or a third party as its object ("please call the practice on 0161…",
 * "ring reception on 01234…", "or call 020 7946…", "try calling them directly on 0800…"). Calling
 * *you* on a number is the customer's number ("I'll call you on 07700…"), and so is a number the
 * company itself will call or text ("we'll text 07700… when it's ready", "we tried to call 07700…");
 * `CUSTOMERS_OWN_CONTACT` keeps the first a leak beside an invitation to a private channel too.
 */
const LINE_TO_CALL =
  /(?<!\b(?:I|we|I['’]ll|we['’]ll|will|shall|to)\s|\b(?:I|we|they|he|she|it) (?:can|could|may|might)\s)\b(?:call|ring|phone|dial|calling|ringing|phoning|dialling|dialing|text|texting|whatsapp)(?: (?:us|me|them|reception|customer (?:services?|care)|switchboard|head office|the (?:(?!you)[\w'’ ,-]){2,30}?|our (?:(?!you)[\w'’ ,-]){2,30}?))?(?: (?:directly|free|any ?time|24\/7|now|today|instead))?(?: on| at)?\s?[:：]?\s?$/i;

/**
 * An e-mail address given as where to write: after "e-mail", "write", "contact" and the like and
 * "at" or "to" ("please email the Head's office at head@…", "email the footage to me at
 * safety@…"), and as the customer is told to write or send something to it ("Email events@…
 * with your date", "please send photos to claims@…"). Where the words between speak of *you*
 * ("we'll send the code to you at…"), or the company itself sends to it ("I'll send it to
 * sam@…"), it is the customer's address.
 */
const ADDRESS_TO_WRITE = /\b(?:e-?mail|write|contact|reach)\b(?:(?!\byour?\b)[^.!?\n@]){0,40}?\b(?:at|to)\s?[:：]?\s?$|(?:^|[.!?:;—–-]\s{1,3}|\b(?:please|just|simply|or|and) )(?:e-?mail|write to|contact)\s?[:：]?\s?$|(?:^|[.!?:;—–-]\s{1,3}|\b(?:please|just|simply|or|kindly|can you|could you) )(?:send|forward|e-?mail)\b(?:(?!\byou\b)[^.!?\n@]){1,30}?\bto\s?[:：]?\s?$/i;

/**
 * The words right before a contact that make it the customer's own: calling or writing to *you*
 * at it, or *your* number or address ("I'll call you on 07700…", "we'll call you back on your
 * mobile, 07700…", "we'll email you at sam@…"). Such a contact is a leak even in a sentence that
 * invites the customer to a private channel, where a company's own contact is not (see
 * `RAW_PERSONAL_DATA`). The Chinese and Japanese packs read 您的手機 and お客様の携帯 as the
 * customer's already.
 */
export const CUSTOMERS_OWN_CONTACT =
  /(?:\b(?:call|ring|phone|text|reach|contact|e-?mail|message|whatsapp|write to)\s+you(?:\s+back)?\b(?:(?!\b(?:us|me|them|or|and)\b)[^.!?\n]){0,30}?\b(?:on|at)|\byour (?:[\w-]+ ){0,2}?(?:number|mobile|phone|cell|landline|e-?mail|address|inbox)(?: (?:is|number|address))?)[\s,:：(（]*$/i;

/**
 * Raw personal data in any language. A company's own contact address in a
 * sentence that invites the customer to get in touch is not a leak; the rule
 * code decides that with the pack's `privateInvite` cue.
 */
export const RAW_PERSONAL_DATA: readonly UniversalPattern[] = [
  {
    id: 'any.privacy.email',
    pattern:
      /(?<![\w.+-])(?!(?:support|info|contact|privacy|help|hello|care|service|customer\w{0,8}|cs|team|office|admin|enquiries|enquiry|inquiry|inquiries|feedback|press|media|sales|bookings?|reservations?|safety|complaints?|refunds?|returns|billing|accounts|reception|frontdesk)@)[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}/i,
    note: "an e-mail address; not a role address (support@…, info@…, privacy@…, refunds@…), which is a desk's, not someone's personal data",
    unlessAfter: [ADDRESS_TO_WRITE],
  },
  {
    id: 'any.privacy.phone',
    pattern: /(?<![\w-])(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)[\s-]?)?\d{2,5}[\s-]\d{3,4}[\s-]?\d{3,4}(?![\w-])/,
    note: 'a phone number: groups of digits separated by spaces or dashes',
    unlessAfter: [PUBLIC_LINE, LINE_TO_CALL],
  },
  {
    id: 'any.privacy.long-number',
    pattern: /(?<![\w-])#?[A-Z]{0,4}\d{6,16}(?![\w-])/,
    note: 'an order, tracking or account number: six or more digits in a row',
  },
];

/**
 * Words that offer an alternative ("or", 或者, 還是, もしくは): between a request
 * for personal data and an invitation to a private channel, they mean the
 * customer may post the data in public instead ("reply here with your order
 * number or DM us"). The packs' `alternativeMarker` hits count as well.
 */
export const DISJUNCTION: UniversalPattern = {
  id: 'any.disjunction',
  pattern: /\b(?:or|either)\b|或|還是|定係|抑或|もしくは|または|あるいは|それか/i,
  note: 'an alternative offered between two things',
};

/**
 * Prohibitions: a negator that tells the reader not to do something ("please
 * don't make things up", 「請勿造謠」, 「嘘をつかないでください」). A prohibition
 * does not deny the act, it presumes it, so it does not flip the cues that
 * attack the poster (accusation, insult, threat). English imperatives are
 * those with no subject before them: at the start of a sentence or clause, or
 * after "please"/"just"; "we don't make things up" stays an ordinary negation.
 */
export const PROHIBITIONS: readonly UniversalPattern[] = [
  {
    id: 'any.prohibition.en',
    pattern: /(?:^|[.!?;:,—–(]\s{0,3}|\b(?:please|just|kindly|so|and|then)\s)(?:(?:please|just|kindly)\s)?(?:don['’]?t|do not|never)\b/i,
    note: '"Don\'t be ridiculous", "please do not spread lies", "…, so never make things up"',
  },
  {
    id: 'any.prohibition.zh',
    pattern: /請勿|請不要|請別|請唔好|不要再?|別再?|勿再?|唔好再?|莫再?/,
    note: '請勿造謠 / 不要再說謊 / 唔好老作',
  },
  {
    id: 'any.prohibition.ja',
    pattern: /ない(?:で(?:ください|下さい|くださいね|いただけ|頂け|ほしい|欲しい|もらえ|くれ)|ように(?:お願い|してください|して下さい))|(?:の|こと)?は(?:おやめ|お控え|ご遠慮)(?:ください|下さい|いただけ)|をやめて(?:ください|下さい|いただけ)?/,
    note: '嘘をつかないでください / 虚偽の投稿はおやめください',
  },
];
