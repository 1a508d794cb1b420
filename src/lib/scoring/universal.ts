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
}

/** Three or more exclamation marks, half- or full-width, or "?!?!"-style runs. */
export const EXCLAMATION_RUN: UniversalPattern = {
  id: 'any.shout.exclamations',
  pattern: /[!！]{3}|[!！?？]{4}/,
  note: '"!!!" or "?!?!" reads as shouting in any language',
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

/** Shouted words: ALL-CAPS Latin words of three letters or more that are not abbreviations. */
export function findShoutedWords(text: string): Span[] {
  const out: Span[] = [];
  CAPS_WORD.lastIndex = 0;
  for (let m = CAPS_WORD.exec(text); m !== null; m = CAPS_WORD.exec(text)) {
    const word = m[0].replace(/['’]/g, '');
    if (word.length < 3 || ACRONYMS.has(word) || /^[A-Z]+S$/.test(word) && ACRONYMS.has(word.slice(0, -1))) continue;
    // Roman numerals and model codes (e.g. "XL", "III") are not shouting.
    if (/^[IVXLCDM]+$/.test(word)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The first shouting in a reply: a run of exclamation marks or a shouted word. */
export function findShouting(text: string): (Span & { id: string }) | undefined {
  const ex = EXCLAMATION_RUN.pattern.exec(text);
  const words = findShoutedWords(text);
  const w = words[0];
  if (ex && (!w || ex.index < w.start)) return { id: EXCLAMATION_RUN.id, start: ex.index, end: ex.index + ex[0].length };
  if (w) return { id: 'any.shout.caps', ...w };
  return undefined;
}

/**
 * Raw personal data in any language. A company's own contact address in a
 * sentence that invites the customer to get in touch is not a leak; the rule
 * code decides that with the pack's `privateInvite` cue.
 */
export const RAW_PERSONAL_DATA: readonly UniversalPattern[] = [
  {
    id: 'any.privacy.email',
    pattern: /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}/,
    note: 'an e-mail address',
  },
  {
    id: 'any.privacy.phone',
    pattern: /(?<![\w-])(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)[\s-]?)?\d{2,5}[\s-]\d{3,4}[\s-]?\d{3,4}(?![\w-])/,
    note: 'a phone number: groups of digits separated by spaces or dashes',
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
