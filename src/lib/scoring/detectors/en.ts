import type { CommitmentEntry, CommitmentKind, LanguagePack, PatternEntry } from './types.ts';

/**
 * English lexicon of the playbook cues, for replies written by customer-care
 * staff on social media and review sites: formal ("We sincerely apologise")
 * and casual ("so sorry, that's on us") alike, curly and straight apostrophes.
 *
 * Patterns capture the idea of a cue, not sentences: a verb family near an
 * object family. Every quantifier over a group is bounded (`{0,3}`) and every
 * gap is a bounded character class, so matching stays linear on hostile input.
 */

const e = (id: string, pattern: RegExp, note: string): PatternEntry => ({ id: `en.${id}`, pattern, note });

/** A commitment entry (see `LanguagePack.commitments`). */
const e2 = (kind: CommitmentKind, id: string, source: string, note: string): CommitmentEntry => ({
  id: `en.${id}`,
  kind,
  pattern: new RegExp(source, 'i'),
  note,
});

/** Builds a case-insensitive pattern from a template, so vocabulary lists can be shared. */
const re = (source: string, flags = 'i'): RegExp => new RegExp(source, flags);

// Shared vocabulary (plain alternations, no quantifiers inside).
const APOS = "['’]";
const WE = String.raw`(?:we|I)`;
const WILL = String.raw`(?:will|${APOS}ll|shall|am going to|are going to|${APOS}m going to|${APOS}re going to)`;
const INTENS = String.raw`(?:so|very|really|truly|terribly|deeply|sincerely|genuinely|incredibly|extremely|awfully|profoundly)`;
const FEEL_ADJ = String.raw`(?:frustrat\w{0,6}|annoy\w{0,6}|disappoint\w{0,6}|upsett?\w{0,4}|stress\w{0,6}|awful|infuriat\w{0,6}|madden\w{0,6}|worr\w{0,6}|scary|inconvenien\w{0,4}|exhaust\w{0,6}|unpleasant|horrible|terrible|concerning|alarming|a hassle|a pain|a nightmare|rubbish|unacceptable|heartbreaking|embarrassing|hurtful|confusing|let down|disheartening|irritating|maddening)`;
const COURIER = String.raw`(?:courier partner|courier|carrier|delivery (?:company|driver|partner|guy|service|firm|team)|postal service|post office|postman|mail ?man|shipping (?:company|partner|provider)|logistics (?:company|partner|provider)|driver|supplier|manufacturer|vendor|factory|warehouse|third[- ]party|contractor|subcontractor|franchisee|DHL|UPS|FedEx|USPS|Royal Mail|Hermes|Evri|DPD|Yodel|Canada Post|Australia Post|SF Express|Deliveroo|Uber ?Eats|Foodpanda|(?:other|another|different|separate) (?:team|department|branch)|(?:the )?(?:kitchen|bakery|payment|billing|tech|IT) (?:team|staff|department)|bank|payment (?:provider|processor|gateway)|platform|app store)`;
const HARM = String.raw`(?:lost|lose|damag\w{0,3}|delay\w{0,3}|broke|broken|break|mishandl\w{0,3}|misplac\w{0,3}|dropp\w{0,3}|crush\w{0,3}|forgot|forget|fail\w{0,3}|mess\w{0,3} up|messed|screw\w{0,3} up|mix\w{0,3} up|mixed|mislabell?ed|misrout\w{0,3}|caus\w{0,3}|(?:is|was|were|are) (?:responsible|to blame|at fault)|made (?:a|the) (?:mistake|error)|glitch\w{0,3}|went down|crash\w{0,3}|charg\w{0,3}|declin\w{0,3}|cancell?\w{0,3}|overbook\w{0,3}|switched|swapped|(?:is |are |was )?experienc\w{0,3} (?:delays|issues|problems|difficulties|disruption)|(?:is |are |was )?running (?:late|behind))`;
const DATA = String.raw`(?:order (?:number|no\.?|#|id|details|reference|ref)|tracking (?:number|code|no\.?)|phone(?: number)?|mobile(?: number)?|contact number|(?:home |delivery |postal |e-?mail )?address|e-?mail|account (?:number|name|details|id|email|info)|full name|date of birth|card (?:number|details)|last (?:four|4) digits|booking (?:reference|number|code|details|ref)|reservation (?:number|details|code)|reference (?:number|code)|invoice (?:number|no\.?)|membership (?:number|id|no\.?)|receipt(?: number)?|transaction (?:id|number)|personal (?:details|info|information|data))`;
const REVIEW = String.raw`(?:review|post|comment|rating|star rating|stars|feedback|tweet|thread|status|message|complaint)`;
const REVIEW_CHANGE = String.raw`(?:remov\w{0,3}|delet\w{0,3}|tak\w{0,3} (?:down|back)|edit\w{0,3}|updat\w{0,3}|chang\w{0,3}|amend\w{0,3}|revis\w{0,3}|retract\w{0,3}|withdraw\w{0,3}|modif\w{0,4}|reconsider\w{0,3}|rais\w{0,3}|bump\w{0,3}|upgrad\w{0,3}|hid\w{0,3}|reword\w{0,3}|tone down)`;
const INCENTIVE = String.raw`(?:refund\w{0,3}|money back|discount\w{0,1}|voucher\w{0,1}|coupon\w{0,1}|gift(?: card| voucher| box| basket)?|free \w{2,12}|(?:store |account )?credit|\d{1,3} ?% off|reward\w{0,1}|compensat\w{0,5}|cash|payment|points|freebie\w{0,1}|on the house|complimentary|bonus|perk|treat|goodie\w{0,1})`;
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)`;
const NUM = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|ten|twelve|twenty[- ]four|forty[- ]eight|a|an|a few|a couple of|couple of)`;
const STAFF_NOT_NAMES = String.raw`(?:We|I|The|This|That|It|Its|Our|You|Your|And|But|So|Please|Thanks|Thank|Sorry|Also|Just|Not|No|Yes|Hi|Hello|Hey|Dear|Team|Customer|Customers|Support|Service|Management|Staff|All|Everyone|Happy|Glad|Here|There|Let|If|When|Once|Again|Best|Regards|Cheers|Kind|Warm|Many|Have|Hope|Enjoy|Take|Love|Oh|Ah|Wow|Well|Okay|Ok|Sure|Absolutely|Definitely|Unfortunately|Apologies|Note|PS|Sincerely|Thx|Ty|Great|Good|Nice|Lol|Haha|Really|Very|So|Truly|Deeply|Afraid|Going|Looking|Checking|Sending|On|In|At|For|From|To|With|Of|Or|As|Still|Now|Then|Soon|Today|Tomorrow)`;

export const en: LanguagePack = {
  lang: 'en',
  negationReach: { before: 24, after: 0 },
  clauseBreaks: [
    e('clause.conjunction', /\b(?:but|however|although|though|yet|whereas|while|and|so|because|since|unless|otherwise)\b/i, 'a conjunction starts a new clause: a negation before it does not reach past it'),
  ],
  commitments: [
    e2('refund', 'commit.refund', String.raw`\b(?:I|we)(?:${APOS}ll| will| am going to| are going to|${APOS}m going to|${APOS}re going to| can| could|${APOS}ve| have)? (?:now |also |happily |gladly |personally )?(?:refund\w{0,2}|reimburse\w{0,2}|issue (?:you )?(?:a |the )?(?:full |partial )?refund|arrange (?:a |the )?(?:full |partial )?refund|sort (?:a |the |out a )?(?:full |partial )?refund|put (?:a |the )?refund through)\b`, 'a refund promised or issued'),
    e2('replacement', 'commit.replacement', String.raw`\b(?:I|we)(?:${APOS}ll| will| am going to| are going to|${APOS}m going to|${APOS}re going to| can| could|${APOS}ve| have)? (?:now |also |happily |gladly |personally )?(?:replace|send (?:you |out )?(?:a |an )?(?:new|replacement|fresh|another)|re-?send|re-?ship|get (?:a |an )?(?:new|replacement|fresh) \w{2,12} (?:out|sent)|arrange (?:a |an )?(?:replacement|new))\b`, 'a replacement promised'),
    e2('report-back', 'commit.report-back', String.raw`\b(?:(?:I|we|and)(?:${APOS}ll| will| am going to| are going to|${APOS}m going to|${APOS}re going to)? )?(?:get back to you|come back to you|update you|message you|DM you|e-?mail you|email you|let you know|be in touch|follow up|report back|keep you posted)\b[^.!?\n]{0,40}?\b(?:by|before|within|in|at|on|today|tomorrow|tonight|this)\b`, 'a time to report back'),
    e2('call', 'commit.call', String.raw`\b(?:I|we|they|(?:our|the) (?:[a-z]{2,15} )?team)(?:${APOS}ll| will| am going to| are going to|${APOS}m going to|${APOS}re going to) (?:personally )?(?:call|phone|ring|give you a call|give you a ring)\b`, 'a phone call promised'),
  ],
  cues: {
    apology: [
      e('apology.sorry', re(String.raw`\b(?:${INTENS} )?sorry\b`), '"sorry", "so sorry", "really sorry about…"; conditional forms are cancelled by nonApology'),
      e('apology.apologise', re(String.raw`\bapologi[sz]\w{0,3}\b|\bapolog(?:y|ies)\b`), '"we apologise", "my apologies", "please accept our apology"'),
      e('apology.regret', re(String.raw`\b(?:we|I) (?:${INTENS} )?regret\b(?! that you feel)`), '"we deeply regret the mix-up"'),
      e('apology.my-bad', re(String.raw`\b(?:my|our) bad\b`), 'casual apology'),
      e('apology.excuse-delay', re(String.raw`\bplease (?:accept|forgive) (?:our|my)\b`), '"please accept our apologies / forgive our mistake"'),
    ],
    acknowledgement: [
      e('ack.understand', re(String.raw`\bI (?:completely |totally |fully |absolutely |really |can |do |truly )?(?:understand|get it|get why|get how|hear you)\b`), '"I completely understand", "I hear you"'),
      e('ack.we-understand', re(String.raw`\bwe (?:completely |totally |fully |absolutely |really |can |do |truly )?understand (?:how|why|that|your|the|what|this|it|you)\b`), '"we understand how frustrating…"'),
      e('ack.imagine', re(String.raw`\b(?:I|we) can (?:only )?imagine\b`), '"I can only imagine how…"'),
      e('ack.see-why', re(String.raw`\b(?:I|we) (?:can )?(?:totally |completely |fully )?see (?:why|how|where you)\b`), '"I can see why you\'re upset"'),
      e('ack.must-be', re(String.raw`\b(?:that|this|it) (?:must|would|will|has to|must have|would have|sounds|sounded|is|was|has been|looks) (?:have )?(?:been |be )?(?:${INTENS} |such |incredibly |really )?${FEEL_ADJ}`), '"that must have been so frustrating", "that sounds stressful"'),
      e('ack.how-frustrating', re(String.raw`\b(?:how|what an?|such an?) (?:${INTENS} )?${FEEL_ADJ}`), '"how frustrating", "what an annoying start to your day"'),
      e('ack.feeling-named', re(String.raw`\byou(?:${APOS}re| are| were|${APOS}ve been| have been| must be| must have been| feel| felt) (?:${INTENS} |understandably |rightly |justifiably )?(?:upset|frustrated|annoyed|angry|disappointed|let down|stressed|worried|fed up|unhappy|hungry|cold|stuck|out of pocket|left waiting)\b`), 'names the customer\'s feeling: "you\'re understandably upset"'),
      e('ack.not-the-experience', re(String.raw`\bnot (?:the (?:experience|service|standard|welcome|birthday|evening|morning|start)|what) (?:we|you|anyone)\b`), '"not the experience we want for you"'),
      e('ack.deserve-better', re(String.raw`\byou (?:deserve|deserved|should have had|should have got|should have received) (?:better|more|a proper)\b`), '"you deserved better"'),
      e('ack.should-not-happen', re(String.raw`\b(?:this|that|it) (?:should(?:n${APOS}t| not| never) have|is not|isn${APOS}t|wasn${APOS}t|was not) (?:happened|acceptable|okay|ok|good enough|right|fair)\b`), '"this shouldn\'t have happened", "that\'s not okay"'),
      e('ack.let-down', re(String.raw`\bwe (?:let you down|fell short|dropped the ball|got (?:this|it) wrong|missed the mark)\b`), '"we let you down"'),
      e('ack.right-to', re(String.raw`\byou have every right\b|\b(?:you${APOS}re|you are) right to\b|\bcompletely (?:fair|understandable|valid)\b|\bthat${APOS}s (?:fair|understandable|completely understandable|a fair point)\b`), '"you have every right to be annoyed", "completely understandable"'),
      e('ack.hear-that', re(String.raw`\b(?:sad|sorry|gutted|unhappy|disappointed|concerned|upset) to (?:hear|read|learn|see)\b`), '"sad to hear", "concerned to read this"'),
      e('ack.thats-rough', re(String.raw`\b(?:that${APOS}s|what a|such a) (?:rough|bad|awful|terrible|horrible|rotten|lousy|poor) (?:experience|day|start|evening|night|surprise|situation|time)\b`), '"that\'s a rotten start to the weekend"'),
    ],
    nonApology: [
      e('nonapology.you-feel', re(String.raw`\b(?:sorry|apologi[sz]e|regret)(?: that)? (?:you|that you) (?:feel|felt|think|thought|see|saw|perceive|perceived|took|take|found|find|were offended|are offended|got offended|believe|consider)\b[^.!?\n]{0,60}`), '"sorry you feel that way": about the customer\'s view, not what happened'),
      e('nonapology.if', re(String.raw`\b(?:sorry|apologi[sz]e|apologies|regret)(?: for anything| for any offen[cs]e)? (?:if|in case|should|whether)\b[^.!?\n]{0,60}`), 'conditional apology (with the condition, so a feeling named inside it does not count): "sorry if you were upset"'),
      e('nonapology.not-sorry', re(String.raw`\bsorry,? not sorry\b`), 'sarcastic'),
      e('nonapology.excuse-me', re(String.raw`\b(?:excuse me|pardon(?: me)?|sorry to (?:bother|interrupt|trouble|chase|ask))\b`), '"excuse me"-style, not an apology for what happened'),
      e('nonapology.sorry-but-policy', re(String.raw`\bsorry,? but (?:that${APOS}s|this is|it${APOS}s|it is|those are|rules are) (?:our|the) (?:policy|rules?)\b`), '"sorry, but that\'s our policy": a brush-off'),
    ],
    thanks: [
      e('thanks.thank-you', re(String.raw`\b(?:thank you|thank u|thanks|thankyou|thx|ty|tysm|many thanks|cheers for)\b`), 'thanks; filler thanks are cancelled by nonThanks'),
      e('thanks.appreciate', re(String.raw`\b(?:I|we) (?:really |truly |greatly |do |genuinely |very much |sincerely )?appreciate (?:you|your|the|it|this|that|how|all)\b`), '"I really appreciate your patience"'),
      e('thanks.grateful', re(String.raw`\b(?:grateful|thankful) (?:for|that|you)\b`), '"grateful you told us"'),
      e('thanks.good-catch', re(String.raw`\b(?:good|great|nice) (?:catch|spot|spotting)\b`), '"good catch" thanks the customer for a report'),
    ],
    nonThanks: [
      e('nonthanks.choosing', re(String.raw`\b(?:thank you|thanks) (?:so much |again )?for (?:choosing|shopping|dining|flying|staying|banking|being (?:a|our) (?:loyal|valued)|your (?:business|custom|loyalty|order|purchase|support|patronage|visit|booking|interest|concern)|visiting)\b`), 'thanks for choosing us: filler, not thanks for what the customer did'),
      e('nonthanks.value', re(String.raw`\bwe (?:value|appreciate) (?:your|all) (?:business|custom|loyalty|patronage|customers)\b`), '"we appreciate your business"'),
      e('nonthanks.sarcastic', re(String.raw`\bthanks? (?:you )?for (?:nothing|the (?:lecture|sermon|essay|novel|life story|advice|tip|free advertising)|your (?:expert|valuable|professional) (?:opinion|advice|input)|ruining|wasting)\b`), 'sarcastic thanks'),
      e('nonthanks.in-advance', re(String.raw`\bthanks? (?:you )?in advance\b`), 'thanks for something not yet done'),
    ],
    contradiction: [
      e('contra.not-true', re(String.raw`\b(?:that|this|it|which|your (?:claim|review|post|comment|story))(?:${APOS}s| is| was) (?:simply |just |absolutely |completely |totally |clearly |obviously |categorically )?(?:not true|untrue|false|incorrect|wrong|inaccurate|misleading|not (?:correct|accurate|the case|what happened|how it works|how this works))\b`), '"that\'s not true", "this is simply incorrect"'),
      e('contra.you-are-wrong', re(String.raw`\byou(?:${APOS}re| are| were|${APOS}ve been| have been) (?:simply |just |completely |totally |clearly |obviously |sadly |unfortunately )?(?:wrong|mistaken|incorrect|confused|misinformed|misremembering|misunderstanding|exaggerating|overreacting|in the wrong)\b`), '"you\'re mistaken", "you are overreacting"'),
      e('contra.misunderstood', re(String.raw`\byou (?:must have |may have |might have |have |clearly |obviously )?(?:misunderstood|misread|misheard|misinterpreted|got (?:it|this|that) wrong|missed the part)\b`), 'telling the customer they misunderstood is arguing'),
      e('contra.should-have', re(String.raw`\byou (?:should|could|would) have (?:read|checked|known|looked|asked|followed|called|noticed|ordered|measured|paid attention|realised|realized|seen|booked|arrived)\b`), '"you should have read the terms"'),
      e('contra.if-you-had', re(String.raw`\bif you (?:had|${APOS}d) (?:read|checked|looked|bothered|paid attention|followed|listened)\b|\bdid you (?:even |actually )?(?:read|check|look)\b`), '"if you had read…", "did you even read…"'),
      e('contra.as-stated', re(String.raw`\bas (?:clearly |already |explicitly |plainly )(?:stated|written|mentioned|explained|specified|indicated|outlined|shown)\b|\b(?:contract|terms|agreement|policy|conditions) (?:that )?you (?:signed|agreed to|accepted|ticked)\b`), '"as clearly stated", "the contract you signed": a rebuttal, not a plain policy statement'),
      e('contra.actually', re(String.raw`\b(?:actually|in fact|for the record|to be clear|to set the record straight),? (?:we|that|it|this|you|the|our|nothing)\b`), 'correction opener: "actually, we did ship it"'),
      e('contra.no-comma', re(String.raw`(?:^|[.!?]\s{1,3})no,\s(?:we|that|it|this|you|the|our|there)\b`), '"No, we didn\'t…" opening a rebuttal'),
      e('contra.nothing-wrong', re(String.raw`\b(?:there${APOS}s|there is|there was) (?:absolutely )?nothing wrong\b|\b(?:did|done|doing) nothing wrong\b|\bno (?:way|chance) (?:that|this|it|you)\b`), 'defends: "there is nothing wrong with our product"'),
      e('contra.never-said', re(String.raw`\bwe (?:never|did not|didn${APOS}t) (?:say|said|promise|promised|claim|claimed|tell|told)\b`), '"we never said that"'),
      e('contra.due-respect', re(String.raw`\bwith (?:all )?due respect\b|\bget your facts (?:straight|right)\b|\bwe stand by (?:our|the)\b|\bthe (?:real )?(?:problem|issue) (?:is|was) (?:that )?you\b`), 'debating openers'),
      e('contra.lecture', re(String.raw`\b(?:maybe|perhaps|next time,?|try)(?: try)?(?: actually)? (?:read|reading|check|checking|learn|learning|look at|looking at)\b|\blearn (?:to|how to) \w{2,12}\b|\bas (?:I|we)(?:${APOS}ve| have)? (?:already |previously |clearly )?(?:explained|said|stated|told you|mentioned)\b`), 'lectures the customer: "maybe try reading the menu", "as I already explained"'),
      e('contra.you-agreed', re(String.raw`\byou (?:signed|agreed to|accepted|ticked|read and accepted) (?:the|our|these|those) (?:terms|contract|agreement|policy|conditions|T&Cs)\b`), '"you agreed to the terms when you signed up"'),
      e('contra.social-proof', re(String.raw`\b(?:most|other|all our other|thousands of|hundreds of|plenty of|millions of) (?:people|customers|guests|clients|diners|users|reviews|5-star reviews|five-star reviews)\b[^.!?\n]{0,30}?\b(?:disagree|love|are happy|enjoy|don${APOS}t|never|seem|say otherwise)\b|\bwe have (?:hundreds|thousands|plenty) of (?:happy|satisfied|5-star|five-star|good|positive)\b`), 'defends with other customers\' praise'),
      e('contra.proves', re(String.raw`\b(?:clearly|plainly|actually) (?:shows?|proves?|confirms?) (?:that )?(?:you|this|it|nothing|there)\b|\bproves? (?:that )?you\b`), 'evidence used as a rebuttal: "it clearly shows you were served"'),
      e('contra.not-us', re(String.raw`,\s?not us\b|\bnot (?:our|my) (?:fault|problem|doing)\b|\b(?:false and )?defamatory\b`), '"the bank declined it, not us"; calling a post defamatory says it is false'),
      e('contra.not-our-fault', re(String.raw`\b(?:it|this|that)(?:${APOS}s| is| was)(?: not|n${APOS}t) (?:our|my) (?:fault|problem|responsibility|mistake)\b`), '"it\'s not our fault": denies and debates'),
    ],
    hostileRetort: [
      e('retort.dont-like', re(String.raw`\bif you don${APOS}?t like (?:it|this|that|our|the)\b|\bif you(?:${APOS}re| are) not happy,? (?:go|shop|eat|leave|don${APOS}t)\b`), '"if you don\'t like it…"'),
      e('retort.elsewhere', re(String.raw`\b(?:shop|go|eat|order|take your (?:business|money|custom)) (?:somewhere )?else(?:where)?\b|\belsewhere (?:next time|then)\b`), '"feel free to shop elsewhere"'),
      e('retort.nobody-forces', re(String.raw`\b(?:nobody|no one|no-one) (?:is )?(?:forc\w{1,3}|making) you\b|\btake it or leave it\b|\bdeal with it\b|\bnot (?:our|my) problem\b`), '"nobody forced you", "deal with it"'),
      e('retort.dont-come', re(String.raw`\b(?:then )?don${APOS}?t (?:come|order|shop|buy|eat|visit|book)(?: here| from us| with us)? (?:again|then|anymore|next time)\b`), '"don\'t come again then"'),
      e('retort.dont-bother', re(String.raw`\bdon${APOS}?t bother\b|\bbe specific or\b|\bsome (?:customers|people|folks) (?:are|will|will just) never (?:be )?(?:happy|satisfied|pleased)\b|\byou can${APOS}?t please everyone\b`), '"be specific or don\'t bother posting", "some customers are never happy"'),
      e('retort.what-expect', re(String.raw`\bwhat (?:did|do) you (?:expect|want us to do)\b|\bwe don${APOS}?t need (?:customers|people|your business)\b`), '"what did you expect"'),
    ],
    sarcasm: [
      e('sarcasm.good-luck', re(String.raw`\bgood luck with that\b|\bbless your heart\b|\bmust be nice\b|\bok(?:ay)? boomer\b|\bsure,? (?:whatever|buddy|pal|jan)\b|\bwhatever you say\b|\bwell,? excuse us\b`), 'stock sarcasm'),
      e('sarcasm.laugh', re(String.raw`\b(?:lol|lmao|lmfao|rofl)\b`), 'laughing at a complaint; with a joking customer it is play (see playful)'),
      e('sarcasm.royal', re(String.raw`\b(?:your (?:highness|majesty|royal)|up to your (?:high |royal |lofty |exacting )?standards|too (?:sophisticated|refined|fancy) for you|sweetie|sweetheart|honey|darling|sunshine|mate,)\b`), 'condescension'),
      e('sarcasm.so-sorry-your', re(String.raw`\b(?:so|terribly) sorry (?:that )?(?:our|the) \w{2,20} (?:wasn${APOS}t|was not|isn${APOS}t|weren${APOS}t) (?:good enough|up to|fancy enough|perfect enough)\b`), 'sarcastic apology'),
      e('sarcasm.emoji', /[\u{1F644}\u{1F612}\u{1F643}\u{1F921}\u{1F974}]|\/s\b/u, 'eye-roll, unamused, upside-down, clown, "/s"'),
      e('sarcasm.quotes', re(String.raw`\bso[- ]called\b|\b(?:clearly|obviously) (?:you|someone) (?:have|has|never|don${APOS}t|didn${APOS}t|can${APOS}t)\b`), '"so-called problem", "clearly you have never…"'),
      e('sarcasm.wow', re(String.raw`\b(?:wow|congrat\w{0,9}|bravo|well done),? (?:you|on) (?:really|finding|managing|complaining|figuring)\b`), '"wow, you really…", "congrats on complaining"'),
    ],
    insult: [
      e('insult.names', re(String.raw`\b(?:idiot\w{0,2}|moron\w{0,2}|stupid|dumb|fool|foolish|clown|loser|pathetic|ignorant|lunatic|karen|entitled|whiny|whining|childish|clueless|brat|snowflake|crybaby|cry-?baby|imbecile|dimwit|halfwit|jerk|rude person|troublemaker|drama queen|attention[- ]seeker)\b`), 'name-calling'),
      e('insult.you-are', re(String.raw`\byou(?:${APOS}re| are| sound| seem)(?: being| just| clearly| really)? (?:ridiculous|unreasonable|rude|dramatic|hysterical|impossible|crazy|insane|delusional|paranoid|petty|cheap|greedy|a joke|nuts|overreacting|exaggerating|being dramatic)\b`), '"you\'re being ridiculous", "you\'re overreacting"'),
      e('insult.commands', re(String.raw`\b(?:shut up|get lost|grow up|get a life|calm down|chill out|relax,|stop whining|stop complaining|stop crying|go away|learn to read|learn how to read|read properly)\b`), 'dismissive commands; "calm down" inflames'),
    ],
    threat: [
      e('threat.legal', re(String.raw`\b(?:we|I)(?:${APOS}ll| will| may| might| are going to| shall| reserve the right to| won${APOS}t hesitate to| will not hesitate to)(?: have to)? (?:take|pursue|consider|start|begin|initiate|seek) (?:legal|formal|court) (?:action|proceedings|steps|remedies)\b`), '"we will take legal action"'),
      e('threat.sue', re(String.raw`\b(?:we|I)(?:${APOS}ll| will| may| might| can| could| are going to)? (?:sue|suing|report you to the police|call the police|press charges)\b|\bsee you in court\b|\bcease and desist\b`), '"we\'ll sue", "see you in court"'),
      e('threat.lawyers', re(String.raw`\b(?:our|my) (?:lawyers?|legal team|solicitors?|attorneys?) (?:will|are|have been|has been|is)\b`), '"our lawyers will be in touch"'),
      e('threat.defamation', re(String.raw`\b(?:defamat\w{0,5}|libel\w{0,5}|slander\w{0,5})\b`), 'calling a post defamation is a legal threat'),
      e('threat.ban', re(String.raw`\b(?:we(?:${APOS}ll| will| may| might| can)?|I(?:${APOS}ll| will)?) (?:ban|block|blacklist|bar|refuse to serve) you\b|\byou(?:${APOS}ll| will) (?:be )?(?:banned|blocked|blacklisted|regret)\b`), '"we\'ll ban you", "you\'ll regret this"'),
      e('threat.consequences', re(String.raw`\b(?:face|there will be) (?:the )?(?:consequences|legal consequences)\b|\bwatch (?:your|what you)\b|\bwe know (?:who you are|where you live|your real name)\b`), 'menace'),
    ],
    blameOther: [
      e('blame.partner-did', re(String.raw`\b(?:the |our |your |a )?${COURIER}(?:${APOS}s)? (?:has |have |had |must have |probably |clearly |obviously |simply |just )?${HARM}`), '"the courier lost it", "the supplier messed up"'),
      e('blame.passive-by', re(String.raw`\b(?:lost|damaged|delayed|broken|mishandled|misplaced|dropped|crushed|mixed up|messed up|cancell?ed|mislabell?ed|sent|delivered|charged|caused|made) by (?:the |our |a |your )?(?:[a-z]{2,15} )?(?:${COURIER}|system|computer|software|app|website|algorithm)\b`), 'passive blame: "the parcel was lost by the courier"'),
      e('blame.fault-of', re(String.raw`\b(?:fault|responsibility|mistake|error|problem|issue)(?: here)? (?:of|lies with|is with|was with|belongs to|on the part of) (?:the |our |a )?(?:${COURIER}|system)\b|\b(?:${COURIER})${APOS}s (?:fault|mistake|error|problem|responsibility)\b`), '"the fault lies with the carrier"'),
      e('blame.system', re(String.raw`(?<!\bour )\b(?:the |a )?(?:system|computer|software|website|app|algorithm|glitch) (?:error|glitch|fault|failure|bug|issue|problem|did|didn${APOS}t|failed|crashed|went down|lost|messed up|cancell?ed|rejected|flagged|charged|automatically)\b`), 'blames "the system"; "our system" owning the fault is not matched'),
      e('blame.out-of-hands', re(String.raw`\b(?:out of|beyond|outside (?:of )?) our (?:hands|control)\b|\b(?:nothing|not much|very little|little|not a lot) (?:that )?(?:we|I) (?:can|could) do\b|\b(?:not|isn${APOS}t|wasn${APOS}t) (?:up to|down to) us\b|\bnot (?:my|our) (?:department|job|responsibility|area|remit)\b`), '"out of our hands", "not our department"'),
      e('blame.contact-them', re(String.raw`\byou(?:${APOS}ll| will)? (?:have|need|want) to (?:contact|call|ask|speak to|speak with|take (?:it|this|that) up with|complain to|chase) (?:the |your )?(?:courier|carrier|delivery company|post office|bank|manufacturer|supplier|driver|restaurant|platform|card issuer|payment provider|app)\b|\bplease (?:contact|call|ask|chase) (?:the |your )?(?:courier|carrier|delivery company|post office|manufacturer|supplier|driver) (?:directly|yourself)\b`), 'sends the customer to a partner: "you\'ll need to contact the courier"'),
      e('blame.not-our-fault', re(String.raw`\b(?:it|this|that)(?:${APOS}s| is| was)(?: not|n${APOS}t) (?:our|my) (?:fault|problem|responsibility|mistake)\b`), '"it\'s not our fault": refuses ownership'),
      e('blame.partner-issue', re(String.raw`\b(?:a|an) (?:courier|carrier|delivery|shipping|supplier|postal|third[- ]party|bank|weather) (?:issue|problem|matter|delay|error)\b`), '"this is a courier issue"'),
    ],
    blameCustomer: [
      e('blame.you-must-have', re(String.raw`\byou (?:must|might|may|probably|likely|obviously|clearly) (?:have |${APOS}ve )?(?:dropped|broken|damaged|misused|mishandled|entered|typed|selected|chosen|ordered|forgotten|missed|left|put|washed|used|stored|ignored|given|provided|clicked|installed|overloaded|opened)\b`), '"you must have dropped it"'),
      e('blame.your-fault', re(String.raw`\b(?:your|the customer${APOS}s) (?:own )?(?:fault|mistake|error|problem|responsibility)\b|\buser error\b`), '"that\'s your own fault"'),
      e('blame.you-didnt', re(String.raw`\byou (?:didn${APOS}t|did not|failed to|forgot to|neglected to|never) (?:read|check|follow|tick|select|enter|provide|update|collect|pick up|answer|respond|notice|include|specify|mention|give|measure|store|refrigerate|charge|register|activate|show up|turn up)\b`), '"you didn\'t tick the box"'),
      e('blame.because-you', re(String.raw`\b(?:because|since|as) you (?:didn${APOS}t|did not|entered|gave|chose|ordered|selected|provided|forgot|failed|left|used|arrived|came)\b|\b(?:caused|due) (?:by|to) (?:your|you)\b|\b(?:incorrect|wrong|improper|incomplete|invalid) (?:address|details|information|use|usage|handling|storage|size|email|phone number) (?:you|provided by you|that you)\b`), '"because you entered the wrong address"'),
      e('blame.your-end', re(String.raw`\b(?:problem|issue|error|fault)(?: is| was| lies)? (?:on|at|with) your (?:end|side)\b`), '"the problem is on your end"'),
      e('blame.should-have', re(String.raw`\byou (?:should|could) have (?:read|checked|measured|ordered|followed|stored|collected|called|noticed|booked|arrived|told|chosen|selected)\b`), '"you should have checked the size chart" pins the harm on the customer'),
    ],
    ownership: [
      e('own.on-us', re(String.raw`\b(?:that|this|it)(?:${APOS}s| is| was) (?:completely |entirely |totally |all )?(?:on us|on me|our (?:fault|mistake|error|bad|responsibility|oversight)|my (?:fault|mistake|error|bad))\b`), '"that\'s on us"'),
      e('own.we-messed', re(String.raw`\bwe (?:messed|screwed|slipped|mucked) up\b|\bwe (?:made|have made|${APOS}ve made) (?:a |an |the )?(?:mistake|error|mess|mix-up)\b|\bwe got (?:this|it|your order) wrong\b|\bwe should(?:n${APOS}t| not)? have\b`), '"we made a mistake", "we should have…"'),
      e('own.our-mistake', re(String.raw`\bour (?:mistake|fault|error|oversight|mix-up|failure)\b|\b(?:we|I) (?:take|accept|own) (?:full |complete )?(?:responsibility|ownership)\b|\bno excuse\b`), '"our mistake", "we take full responsibility"'),
      e('own.our-side', re(String.raw`\bon our (?:end|side|part)\b|\bour (?:team|staff|system|store|kitchen|warehouse|packing)(?: clearly| simply)? (?:got|made|messed|missed|forgot|sent|packed|let)\b`), '"an error on our side", "our warehouse packed the wrong size"'),
      e('own.follow-partner', re(String.raw`\b(?:we|I)(?:${APOS}ll| will| are| am|${APOS}re|${APOS}m)(?: going to)? (?:follow(?:ing)? up|chas(?:e|ing)|tak(?:e|ing) (?:it|this) up|rais(?:e|ing) (?:it|this)|work(?:ing)?) with (?:our|the) (?:courier|partner|delivery|carrier|supplier|shipping|logistics)\b`), 'following up with a partner keeps ownership'),
    ],
    guarantee: [
      e('guarantee.promise-outcome', re(String.raw`\b(?:I|we) (?:can )?(?:personally )?(?:guarantee|promise|assure you|swear|give you my word|give you our word)(?: you)?,? (?:that )?(?:it|this|your|you|the|we${APOS}ll|we will|I${APOS}ll|I will|they${APOS}ll|everything)\b[^.!?\n]{0,40}?\b(?:will|${APOS}ll|won${APOS}t|is going to|are going to) (?:definitely |certainly |absolutely )?(?:arrive|be (?:fixed|resolved|sorted|delivered|there|back|working|perfect|refunded|replaced|ready|done|fine|in stock)|get (?:fixed|resolved|there|to you)|reach you|work|never|not (?:happen|occur|be repeated))`), 'a guarantee word tied to an outcome: "I promise it will arrive tomorrow"'),
      e('guarantee.guaranteed', re(String.raw`\b(?:is|it${APOS}s|that${APOS}s|are|be|you${APOS}re|you are) (?:100% |absolutely )?guaranteed\b|\bguaranteed (?:to|by|within|before|delivery|fix|tomorrow|today|next)\b|,\s?guaranteed\b`), '"delivery by Friday is guaranteed"; a standing money-back guarantee is not matched'),
      e('guarantee.hundred', re(String.raw`\b100 ?%(?: (?:sure|certain|guaranteed|confident|fixed|resolved|sorted|on time))\b|\b(?:a )?hundred per ?cent (?:sure|certain|guaranteed)\b|\bwithout fail\b`), '"100% sure", "without fail"'),
      e('guarantee.never-again', re(String.raw`\b(?:will |${APOS}ll |shall )?never (?:ever )?(?:happen|occur|be repeated) again\b|\b(?:won${APOS}t|will not|shall not|will never) (?:ever )?(?:happen|occur|be repeated|recur) (?:again|twice)\b|\bnever again\b|\bcan(?:${APOS}?t|not) (?:ever )?(?:happen|occur) again\b|\bnever have (?:this|that|the same) (?:problem|issue) again\b`), '"this will never happen again": promises the future'),
      e('guarantee.make-sure-never', re(String.raw`\b(?:make sure|ensure|guarantee|promise)(?: that)? (?:this|it|that|the same thing|nothing like this) (?:never|won${APOS}t|will not|doesn${APOS}t|does not|can${APOS}t|cannot) (?:ever )?(?:happens?|occurs?|be repeated)\b`), '"we\'ll make sure this never happens again"'),
      e('guarantee.will-by', re(String.raw`\b(?:will|${APOS}ll) (?:definitely |certainly |surely |absolutely |100% )?(?:arrive|be (?:delivered|there|with you|at your door)|reach you|be (?:fully |completely |all )?(?:fixed|resolved|sorted|repaired|back (?:up|online|to normal)|restored|working again|up and running))\b[^.!?\n]{0,30}?\b(?:tomorrow|today|tonight|within|by|before|in (?:an|one|the next|\d{1,3}|a few) (?:hour|minute|day)|first thing|in no time|right away|immediately)`), 'an outcome with a deadline the team does not control: "it will be fixed within the hour"'),
      e('guarantee.have-it-by', re(String.raw`\b(?:will|${APOS}ll) have (?:it|this|them|everything|your \w{2,15}) (?:fully |all )?(?:fixed|sorted|resolved|repaired|delivered|back|working|replaced)\b[^.!?\n]{0,20}?\b(?:by|within|before|today|tonight|tomorrow|in (?:an|one|\d{1,3}) (?:hour|day))`), '"we\'ll have it fixed by Friday"'),
      e('guarantee.definitely-outcome', re(String.raw`\b(?:will|${APOS}ll) (?:definitely|certainly|surely|absolutely|100%) (?:arrive|reach|be (?:there|fixed|resolved|delivered|back|working|in stock|perfect))\b|\b(?:you have|you${APOS}ve got) my word\b`), '"it will definitely arrive"'),
    ],
    hedge: [
      e('hedge.cant-promise', re(String.raw`\b(?:can${APOS}?t|cannot|can not|won${APOS}t be able to|unable to|not able to|couldn${APOS}t|don${APOS}t want to|wouldn${APOS}t want to|won${APOS}t|will not|would not|wouldn${APOS}t) (?:honestly |yet |fully )?(?:guarantee|promise|say for (?:sure|certain)|be (?:sure|certain)|commit to|give (?:you )?(?:an? )?(?:exact|firm|definite|precise|guaranteed))\b`), '"I can\'t guarantee…" negates the guarantee after it'),
      e('hedge.best', re(String.raw`\b(?:I|we)(?:${APOS}ll| will| are going to| am going to|${APOS}re going to|${APOS}m going to)? (?:do|try) (?:my|our) (?:very )?(?:best|utmost)\b|\bas (?:soon|quickly|fast) as (?:I|we) (?:can|possibly can)\b|\bno promises\b|\bhopefully\b|\b(?:I|we)(?:${APOS}ll| will) (?:try|aim|endeavou?r)\b`), 'effort wording'),
      e('hedge.estimate', re(String.raw`\b(?:should|ought to|is expected to|are expected to|is likely to|usually|typically|normally) (?:arrive|be|take|reach)\b|\bestimated?\b|\baround\b|\bapproximately\b`), 'a soft estimate, not a guarantee'),
    ],
    effortPromise: [
      e('effort.will-look', re(String.raw`\b(?:I|we)(?:${APOS}ll| will| am going to| are going to|${APOS}m going to|${APOS}re going to| can| would like to|${APOS}d like to| want to| would love to|${APOS}d love to) (?:personally |now |right now |immediately |also |gladly |happily |quickly |urgently |definitely |absolutely |certainly )?(?:look into|check|investigate|review|follow (?:up|this up|it up)|find out|chase|speak (?:to|with)|talk to|contact|reach out|get back to you|come back to you|update you|keep you (?:posted|updated|informed|in the loop)|dig into|see what (?:I|we) can do|take a (?:look|closer look)|raise (?:this|it)|pass (?:this|it) on|escalate|look at|work on|get (?:this|it|things) (?:sorted|fixed|resolved)|sort (?:this|it) out|make (?:this|it|things) right|put (?:this|it|things) right|fix (?:this|it)|help)\b`), '"I\'ll look into it", "we\'ll keep you posted"'),
      e('effort.already', re(String.raw`\b(?:I${APOS}m|I am|we${APOS}re|we are) (?:already |now |currently |actively )?(?:looking into|checking|investigating|reviewing|following up|chasing|working on|on it|on the case|digging into)\b`), '"we\'re already looking into it"'),
      e('effort.asked-team', re(String.raw`\b(?:I|we)(?:${APOS}ve| have)? (?:asked|told|reminded|instructed) (?:our|the|my) (?:[a-z]{2,15} )?(?:team|manager|staff|colleagues?|kitchen|warehouse|driver|chef|baker|engineers?|developers?|devs) to\b`), '"I\'ve asked our web team to…": a delegated action'),
      e('effort.let-me', re(String.raw`\blet (?:me|us) (?:check|look|see|find out|investigate|dig|follow up|take a look|look into|sort|fix|make|help|get)\b`), '"let me check"'),
    ],
    timeframe: [
      e('time.within', re(String.raw`\b(?:within|in|over) (?:the next )?${NUM} (?:business |working |calendar )?(?:hours?|days?|minutes?|mins?|weeks?|hrs?)\b|\bwithin the (?:hour|day|week)\b`), '"within 24 hours", "in two working days"'),
      e('time.by', re(String.raw`\b(?:by|before|until|no later than) (?:the )?(?:end of (?:the )?(?:day|today|tomorrow|week|business|play)|close of business|COB|EOD|tomorrow|tonight|this (?:afternoon|evening|week)|${DAY}\w{0,3}|noon|midday|lunchtime|\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.|o${APOS}clock)|\d{1,2}(?::\d{2}))\b`), '"by 5 pm", "by Friday", "before noon"'),
      e('time.day', re(String.raw`\b(?:later )?today\b|\btomorrow(?: morning| afternoon| evening)?\b|\bthis (?:morning|afternoon|evening)\b|\b(?:on|next) ${DAY}\w{0,3}\b|\bfirst thing\b|\b(?:next|this) (?:week|weekend|month)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: morning| afternoon| evening)?\b|\b(?:the )?day before\b|\bin (?:an|one|half an|the next) hour\b|\bin a (?:few|couple of) (?:hours|days|minutes)\b|\bshortly\b`), '"later today", "first thing tomorrow"'),
      e('time.clock', re(String.raw`\b(?:at|around|by|before) \d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)\b`), '"at 3 pm"'),
    ],
    remedy: [
      e('remedy.refund', re(String.raw`\b(?:full |partial )?refund(?:s|ed|ing)?\b|\bmoney back\b|\breimburs\w{1,6}\b|\breturn (?:the|your) (?:money|payment|deposit)\b`), 'refund'),
      e('remedy.replace', re(String.raw`\breplac(?:e|ed|ing|ement)s?\b|\b(?:re-?send|resend|re-?ship|send (?:you |out )?(?:a |an )?(?:new|another|fresh|second|replacement|correct|right))\b|\bnew (?:one|unit|cake|order|item|pair|box|bottle|batch|device|card)\b`), 'replacement or re-send'),
      e('remedy.redeliver', re(String.raw`\bre-?deliver\w{0,3}\b|\bmove (?:your|the) (?:booking|tickets?|reservation|appointment|order|delivery|flight|table|session)\b|\bpick-?up point\b|\bhold (?:the|your) (?:parcel|order|item|table|booking|room|seat)\b|\bfor you to (?:collect|pick up)\b|\bprice[- ]match\w{0,3}\b|\b(?:restock|stock|price) alert\b|\b(?:dinner|lunch|breakfast|the meal|meal|drinks?|coffee|dessert|it|this one|the next one|next one|your next \w{2,12})(?:${APOS}s| is| are)? on (?:us|me|the house)\b|\bre-?book\w{0,3}\b|\breschedul\w{1,3}\b|\b(?:another|a later|an earlier|a new|a different|a free) (?:date|time|slot|delivery|appointment|table|booking|session)\b`), 'rearranging the service'),
      e('remedy.credit', re(String.raw`\b(?:store |account |wallet )?credit\b|\bvouchers?\b|\bcoupons?\b|\bgift cards?\b|\bdiscount\b|\b\d{1,3} ?% off\b|\bcompensat\w{1,6}\b|\bgoodwill\b|\bon the house\b|\bfree of charge\b|\bcomplimentary\b|\bwaive\w{0,2}\b|\bfree (?:replacement|delivery|shipping|dessert|drink|coffee|meal|cake|item|month|night|upgrade|repair|service|return|collection)\b`), 'credit, voucher, goodwill gesture'),
      e('remedy.repair', re(String.raw`\brepair\w{0,3}\b|\b(?:(?<!in )exchange|swap)s?\b|\bupgrade\b|\bcancel (?:the|your|that) (?:order|subscription|charge|fee|booking)\b|\b(?:pay|cover) (?:for )?(?:the|your|all your|any) (?:[a-z]{2,12} )?(?:bills?|costs?|repairs?|cleaning|expenses|fees?|damage)\b|\b(?:reverse|void) the (?:charge|payment)\b|\bpick (?:it |them )?up (?:in|at|from)\b|\bcollect (?:it |them )?(?:in|at|from)\b|\b(?:a )?different (?:size|colou?r|flavou?r|model|product|item|branch)\b|\bcourier (?:will )?collect\b|\breturn label\b`), 'repair, exchange, alternative collection'),
    ],
    checkAction: [
      e('check.verb-object', re(String.raw`\b(?:check|look into|investigate|review|trace|track down|find out|look at|inspect|test|audit|go through|pull up|verify|confirm|chase|retrain|brief)\b[^.!?\n]{0,30}?\b(?:what happened|what went wrong|the (?:order|parcel|package|delivery|tracking|batch|footage|recording|records?|logs?|account|booking|charge|payment|kitchen|team|staff|shift|warehouse|stock|system|issue|cause|timeline|item|product|camera|CCTV|case)|your (?:order|parcel|package|delivery|account|booking|payment|charge|item|case|details|file|bill|invoice)|where (?:it|your)|why (?:it|this|the|your)|how (?:this|it) happened|with (?:the|our) (?:courier|team|kitchen|warehouse|store|branch|supplier|manager|driver|partner))\b`), 'says what will be checked'),
      e('check.fix-object', re(String.raw`\b(?:fix|correct|update|adjust|change|amend|re-?train|brief|remind|improve|add|remove|relabel|restock)\w{0,3} (?:the|our|your|this|that) (?:listing|label|labels|page|description|menu|website|photo|system|process|packaging|recipe|policy|staff|team|error|mistake|charge|bill|address|booking|order|price|size chart|app|checkout|invoice)\b`), 'says what will be fixed'),
      e('check.it-with-you', re(String.raw`\b(?:check|checking|review|reviewing|go through|look at|look up|looking up) (?:it|this|that|yours|your \w{2,15}) (?:together|with you|for you|now|right away|today|straight away)\b|\bso (?:that )?(?:we|I) can (?:check|look into|investigate|verify|trace|review|look (?:it|this|that) up|find (?:it|out))\b|\blook up your \w{2,15}\b`), '"review it together with you", "so we can check"'),
      e('check.done-action', re(String.raw`\b(?:I|we|and)(?:${APOS}ve| have| will|${APOS}ll| can| could|${APOS}d like to| would like to| am going to| are going to)? (?:just |already |now |also )?(?:booked|arranged|attached|issued|credited|applied|reset|unlocked|reactivated|reinstated|corrected|rebooked|reserved|extended|upgraded|set up|price-matched|honou?red|waived|added|book|arrange|attach|issue|credit|apply|reset|unlock|reactivate|reinstate|correct|rebook|reserve|extend|upgrade|honou?r|waive|price-match)\b`), 'a specific action done or to be done for the customer'),
      e('check.send-you-thing', re(String.raw`\b(?:DM|send|e-?mail|email|message|forward|post)\w{0,2} you (?:the|a|an|our|your) (?!(?:DM|PM|message|private message|e-?mail|email|note|line|text)\b)\w{3,20}`), '"I\'ll DM you the certificate"'),
      e('check.fixed-now', re(String.raw`\b(?:the|your|this|that) (?:[a-z]{2,15} )?(?:link|page|app|site|website|listing|label|price|charge|bill|account|order|booking|issue|bug|error|problem|fault|password|code|voucher|menu) (?:is|has been|was|are|have been) (?:now )?(?:fixed|updated|corrected|restored|refunded|replaced|back up|working again|live|unlocked|reset|sorted|resolved)\b`), '"the link is fixed now"'),
      e('check.answer', /(?:^|[.!?]\s{1,3})(?:yes|yep|yeah|absolutely|of course|sure)[,!.]\s/iu, 'a direct answer to a question resolves it'),
    ],
    platitude: [
      e('platitude.value', re(String.raw`\bwe (?:value|appreciate|welcome) (?:your|all|any) (?:feedback|opinion|comments?|input|thoughts|views)\b|\byour (?:feedback|opinion|satisfaction|comments?|input|views) (?:is|are) (?:very |extremely |really |always )?(?:important|valuable|valued|appreciated|noted)\b`), '"we value your feedback"'),
      e('platitude.strive', re(String.raw`\bwe(?:${APOS}re| are) (?:always )?(?:striving|committed|dedicated|working hard) to\b|\bwe strive\b|\bwe take (?:all |your |customer )?(?:feedback|complaints|concerns|comments|this|it|these matters|matters like this) (?:very |extremely )?seriously\b|\bcustomer (?:satisfaction|service) is our (?:top )?priority\b`), 'corporate filler'),
      e('platitude.take-on-board', re(String.raw`\bwe(?:${APOS}ll| will| have|${APOS}ve)? (?:take|taken|took) (?:this|your (?:feedback|comments?|points?)|it|that) (?:on board|into (?:account|consideration))\b|\b(?:pass|passed|share|shared) (?:this|your feedback|it|your comments?) (?:on|along)\b|\buse (?:this|your feedback|it) to improve\b|\blearn from (?:this|it)\b|\bwe(?:${APOS}ll| will) do better\b|\bhope to see you again\b|\bhave a (?:nice|great|good|lovely) day\b`), '"we\'ll take it on board"'),
    ],
    alternativeMarker: [
      e('alt.alternatively', re(String.raw`\balternatively\b|\banother (?:option|alternative|possibility|choice|idea)\b|\b(?:other|second|two|both|few) (?:options?|alternatives?|choices|possibilities)\b|\bwhichever (?:you prefer|suits|works|is easier)\b`), '"alternatively", "another option"'),
      e('alt.or-we-can', re(String.raw`\bor,? (?:if you(?:${APOS}d)? (?:prefer|rather)|we (?:can|could|${APOS}d be happy to)|I (?:can|could|${APOS}d be happy to)|you (?:can|could|might)|else|perhaps|maybe|alternatively|if that doesn${APOS}t (?:work|suit))\b`), '"or, if you prefer…", "or we could…"'),
      e('alt.either', re(String.raw`\beither\b`), '"either a refund or…"'),
      e('alt.or-option', re(String.raw`\bor (?:a|an|the|some|swap|exchange|move|get|choose|pick|take|set up|hold|keep|switch|send|store credit|full|partial)\b`), '"a seat tomorrow or a full refund"'),
      e('alt.would-you-prefer', re(String.raw`\bwould you (?:prefer|rather|like)\b[^.?!\n]{0,80}?\bor\b|\bwhich (?:would you prefer|works (?:better|best)|suits you)\b`), '"would you prefer X or Y?"'),
      e('alt.enumeration', /(?:^|\s)(?:\(?[1-3][).]|\(?[ab]\)|option [1-3ab]\b|[①②③])\s?(?=\p{L})/iu, 'enumerated options "1) … 2) …"'),
    ],
    refusal: [
      e('refusal.cant', re(String.raw`\b(?:we|I)(?: simply| unfortunately| really)? (?:can${APOS}?t|cannot|can not|are unable to|am unable to|${APOS}re unable to|${APOS}m unable to|won${APOS}t be able to|are not able to|aren${APOS}t able to|do not|don${APOS}t|are not allowed to|aren${APOS}t allowed to) (?:offer|do|provide|accept|give|issue|process|refund|deliver|change|make|allow|grant|honou?r|extend|guarantee|waive|exchange|take|book|reserve|ship|open|cancel)\b`), '"we can\'t offer…"'),
      e('refusal.not-possible', re(String.raw`\bunfortunately\b|\b(?:not|isn${APOS}t|is not) (?:possible|something we (?:can|offer|do))\b|\bno refunds?\b|\bnon-?refundable\b|\bwe${APOS}re not able\b`), '"unfortunately", "not possible"'),
    ],
    privateInvite: [
      e('private.dm', re(String.raw`\b(?:DM|PM|direct message|private message|message|inbox|e-?mail|email|ring|text|WhatsApp|call|phone|contact|reach) (?:us|me|our team)\b`), '"DM us", "email me"'),
      e('private.send', re(String.raw`\b(?:send|drop|shoot|slide into|pop) (?:us|me) (?:a |an )?(?:quick )?(?:DM|PM|direct message|private message|message|line|note|e-?mail|email|text)\b|\bslide into (?:our|my) DMs?\b`), '"send us a DM"'),
      e('private.via', re(String.raw`\b(?:via|by|through|in|over|on|into) (?:a |our |the )?(?:DMs?|PMs?|direct message|private message|private chat|e-?mail|email|phone|the phone|Messenger|WhatsApp|LINE|inbox|private)\b|\bprivately\b|\btake (?:this|it|the conversation) offline\b|\bone[- ]to[- ]one\b`), '"via DM", "privately"'),
      e('private.we-contact', re(String.raw`\b(?:I|we)(?:${APOS}ll| will|${APOS}d like to| would like to| can| could|${APOS}ve| have| just)? (?:call|phone|ring|e-?mail|email|message|DM|PM|contact|reach out to|text) you\b|\b(?:sent|send) you (?:a |an )?(?:DM|PM|message|private message|e-?mail|email|text)\b|\b(?:DM|PM|e-?mail|email|call|phone|ring|text|message) you\b`), '"I\'ll call you", "we\'ve sent you a DM"'),
      e('private.check-inbox', re(String.raw`\b(?:check|see) your (?:inbox|DMs?|messages|e-?mail|email)\b|\b(?:hotline|helpline|support line|customer (?:service|care) line|contact form|live chat)\b|\bgive (?:us|me) a (?:call|ring|buzz)\b`), '"check your inbox", "our hotline"'),
    ],
    inPersonOnly: [
      e('inperson.next-time', re(String.raw`\b(?:next time|when|whenever) you(?:${APOS}re| are)? (?:in|at|visit|come|pop|drop|stop|swing)\b[^.!?\n]{0,25}?\b(?:store|shop|branch|restaurant|caf[eé]|bakery|counter|outlet|in|by)\b`), '"tell us next time you\'re in store"'),
      e('inperson.come-by', re(String.raw`\b(?:come|pop|drop|stop|swing) (?:by|in|into|over to) (?:the |our |any |a )?(?:store|shop|branch|restaurant|caf[eé]|bakery|outlet|counter)\b|\bask (?:for )?(?:a |the )?(?:manager|staff) (?:in|at) (?:the )?(?:store|shop|branch)\b`), '"pop into any store"'),
    ],
    privacyAsk: [
      e('privacy.ask-post', re(String.raw`\b(?:reply|respond|comment|post|share|write|leave|drop|put|tell us|let us know|provide|include|give us|send us|add|list|confirm|type)\b[^.!?\n]{0,40}?\b(?:your )?${DATA}\b`), 'asks for personal or order data; dropped when the same sentence invites a private channel'),
      e('privacy.what-is', re(String.raw`\bwhat(?:${APOS}s| is| was) your ${DATA}\b|\b(?:can|could|would) you (?:please )?(?:tell us|share|post|give us|provide|confirm)\b[^.!?\n]{0,20}?\b${DATA}\b`), '"what\'s your order number?"'),
    ],
    privacyReveal: [
      e('privacy.order-id', re(String.raw`\b(?:order|booking|reservation|account|tracking|invoice|ticket|case|reference|ref|membership|parcel|consignment)\s?(?:number|no\.?|#|id|code)?\s?[:#]?\s?[A-Z]{0,4}-?\d{3,12}\b|#\d{4,12}\b`), 'an order or account number'),
      e('privacy.address', re(String.raw`\b\d{1,5}[A-Z]?,? (?:[A-Z][a-z]{1,15} ){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Close|Crescent|Place|Terrace)\b`, 'u'), 'a street address'),
      e('privacy.purchase', re(String.raw`\byou(?:${APOS}ve| have| had)? (?:ordered|bought|purchased|paid|spent|booked|returned|cancelled|canceled|visited|called|phoned|emailed|collected|signed for|received)\b[^.!?\n]{0,30}?\b(?:\d|on (?:the )?\d|on ${DAY}|last (?:week|month|year|time)|times|before|previously|items?|boxes|for \$|£|€|¥|dollars|this (?:year|month|week))|\byour (?:previous|past|last|earlier|recent|other|\d{1,3}) (?:orders?|purchases?|visits?|bookings?|returns?|refunds?|complaints?|calls?)\b`), 'reveals what the customer bought or did'),
      e('privacy.order-details', re(String.raw`\byour (?:order|parcel|package|booking|account|card|payment|refund|delivery|reservation|subscription)\b[^.!?\n]{0,40}?\b(?:on|at|since) (?:\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w{0,6}|the \d{1,2}(?:st|nd|rd|th)|${DAY}\w{0,3})\b|\byou were (?:charged|billed|refunded|debited)\b[^.!?\n]{0,40}?(?:[$€£¥]\s?\d|\d{1,2}(?:st|nd|rd|th)\b)|\bat (?:no\.?|number|flat|apt\.?|apartment|unit) ?\d{1,4}[a-z]?\b`), 'order, payment or address details: "your order left on 2 May", "your neighbour at No. 12"'),
      e('privacy.card', re(String.raw`\b(?:card|account|number|phone) ending (?:in|with) \d{2,4}\b|\bregistered (?:to|under) (?:the name|your)\b|\bunder the name\b|\byour (?:real|full|last) name\b`), 'card or identity details'),
      e('privacy.link-account', re(String.raw`\byou (?:work|worked|are working) (?:for|at)\b|\b(?:same|your other|your second|your alt(?:ernate)?|another) (?:account|profile|person|IP|user|handle)\b|\b(?:aren${APOS}t|are) you the (?:same )?(?:person|customer|one|user) who\b|\byou (?:also )?(?:posted|wrote|commented|reviewed) (?:as|under|from)\b`), 'links the poster to another account or identity'),
    ],
    reviewMention: [
      e('review.change', re(String.raw`\b${REVIEW_CHANGE}\b[^.!?\n]{0,30}?\b(?:your |the |this |that |a |my )?(?:one[- ]star |1[- ]star |negative |bad )?${REVIEW}s?\b`), '"remove your review", "update the rating"'),
      e('review.passive', re(String.raw`\b${REVIEW}s?\b[^.!?\n]{0,20}?\b(?:be |is |gets |got )?(?:removed|deleted|taken down|edited|updated|changed|amended|withdrawn|hidden)\b`), '"once the post is taken down"'),
      e('review.take-down', re(String.raw`\btak\w{0,3} (?:your |the |this |that |my |it |them )?(?:${REVIEW}s? )?(?:down|off)\b`), '"take the review down", "take it down"'),
      e('review.stars', re(String.raw`\b(?:five|5|more|extra|higher|better)[- ]stars?\b|\bhigher rating\b|\bpositive review\b|\bgood review\b`), '"a five-star review"'),
    ],
    incentive: [
      e('incentive.benefit', re(String.raw`\b${INCENTIVE}\b`), 'any benefit that could be traded for a review'),
    ],
    conditionalLink: [
      e('link.if-you', re(String.raw`\b(?:if|once|when|after|as soon as|provided (?:that )?|as long as|so long as|on condition (?:that )?) you(?:${APOS}ve|${APOS}d| have| would| could| can| agree to)? ${REVIEW_CHANGE}\b`), '"if you remove the review…"'),
      e('link.exchange', re(String.raw`\bin (?:exchange|return) for\b|\bin return\b|\bfor (?:removing|deleting|taking down|editing|updating|changing|amending|withdrawing|hiding)\b|\b(?:and|then) (?:we${APOS}ll|we will|I${APOS}ll|I will) (?:send|give|offer|refund|credit|add)\b`), '"in exchange for", "delete it and we\'ll send…"'),
    ],
    updateRequestAfterResolved: [
      e('update.once-resolved', re(String.raw`\b(?:once|when|after|now that|if) (?:this|it|everything|the (?:issue|problem|matter|order|replacement|refund)|things|we${APOS}ve (?:sorted|fixed|resolved)|you${APOS}ve received)(?:${APOS}s| is| has been| was| are| have been)? (?:all |fully |properly )?(?:resolved|sorted|fixed|settled|put right|made right|arrived|received|done|back on track)\b`), '"once it\'s resolved…"'),
      e('update.if-happy', re(String.raw`\bif you(?:${APOS}re| are| feel| felt)? (?:happy|satisfied|pleased|comfortable)\b|\bif you feel (?:we|that we)\b|\bno pressure\b|\b(?:entirely|completely|totally) up to you\b|\bonly if you (?:want|wish|feel)\b|\bwhenever you${APOS}re ready\b`), 'makes the update optional and after the fix'),
    ],
    accusation: [
      e('accuse.liar', re(String.raw`\bliar\w{0,1}\b|\b(?:you(?:${APOS}re| are|${APOS}ve been| have been)|stop|keep|quit) (?:lying|making (?:this|it|things|stuff) up|spreading (?:lies|rumou?rs)|trolling)\b|\b(?:tell|telling|spread|spreading) (?:lies|rumou?rs)\b`), 'calls the poster a liar'),
      e('accuse.troll', re(String.raw`\btroll\w{0,3}\b|\bfake (?:review|account|profile|news|claim|customer|story|complaint)s?\b|\bscam(?:mer)?s?\b|\bfraud\w{0,5}\b|\bextort\w{0,4}\b|\bblackmail\w{0,3}\b|\battention[- ]seek\w{0,3}\b|\bclout\b`), '"troll", "fake review", "scammer"'),
      e('accuse.competitor', re(String.raw`\bcompetitor\w{0,1}\b|\b(?:paid|hired|sent|working) (?:to|by|for) (?:post|write|attack|a rival|another|the competition)\b|\bshill\b|\bthe competition\b|\brival (?:business|shop|company|bakery|restaurant)\b|\byou(?:${APOS}re| are) (?:a |just a )?bot\b|\byou (?:work|worked|are working) (?:for|at)\b|\b(?:same person|another account|other accounts?|multiple accounts|sock ?puppet)\b|\bwe(?:${APOS}ve| have) seen (?:this|you|your (?:type|kind)) before\b`), 'insinuates the poster is a competitor, paid, or hiding behind accounts'),
      e('accuse.not-customer', re(String.raw`\byou(?:${APOS}ve| have)? never (?:even )?(?:ordered|bought|been (?:here|to|a customer)|visited|shopped|eaten|stayed)\b|\b(?:you(?:${APOS}re| are)|you were) not (?:a |even a )?(?:real |genuine )?customer\b|\b(?:baseless|groundless|false|fabricated|made-up|bogus|malicious) (?:claims?|accusations?|allegations?|review|post|story|comments?)\b|\bfabricat\w{1,6}\b`), '"you never even ordered", "false accusations"'),
    ],
    evidence: [
      e('evidence.records', re(String.raw`\b(?:our |the )?(?:records?|logs?|call recordings?|recordings?|CCTV|camera footage|footage|video|dispatch video|packing video|unboxing video|photos?|timestamps?|tracking (?:history|data|info|information|record)|GPS|delivery confirmation|proof of (?:delivery|postage)|signature|receipt|transaction history|system log|audit trail)\b[^.!?\n]{0,30}?\b(?:show|shows|showed|indicate|indicates|confirm|confirms|confirmed|record|recorded|has|have|says?)\b`), '"our records show…", "the dispatch video confirms…"'),
      e('evidence.review-together', re(String.raw`\b(?:happy|glad|able) to (?:share|review|go through|walk you through|show you) (?:the |our )?(?:records?|recording|footage|video|photos?|logs?|timeline|tracking)\b|\b(?:call|dispatch|packing|delivery) (?:recording|video|photo|footage|record)s?\b`), 'offers to review evidence together'),
    ],
    reportPlatform: [
      e('report.platform', re(String.raw`\breport(?:ed|ing)?\b[^.!?\n]{0,25}?\bto (?:the )?(?:platform|Google|Facebook|Meta|Yelp|Instagram|Trustpilot|TripAdvisor|X|Twitter|moderators?|site|admins?|marketplace)\b|\bflag(?:ged|ging)? (?:this|it|the (?:post|review|comment)) (?:to|with|for)\b|\b(?:platform|community|site|review) (?:guidelines|rules|policy|policies|standards|terms)\b`), 'reports rule-breaking content to the platform'),
    ],
    grovel: [
      e('grovel.all-our-fault', re(String.raw`\b(?:entirely|completely|totally|all|wholly|100%) (?:our|my) fault\b|\bwe(?:${APOS}re| are) (?:terrible|awful|the worst|a disgrace|useless|hopeless|so ashamed|ashamed|disgusting|incompetent)\b|\bwe (?:don${APOS}t|do not) deserve (?:you|your|customers)\b|\bplease forgive us\b|\bbeg(?:ging)? (?:your|for) (?:forgiveness|pardon|mercy)\b|\bunforgivable\b|\b(?:I${APOS}m|I am|we${APOS}re|we are) (?:so |deeply |truly )?ashamed\b|\bon (?:my|our) knees\b|\bwe (?:admit|confess)\b|\binexcusable\b`), 'abject admission of a fault nobody has shown'),
    ],
    playful: [
      e('playful.laugh', re(String.raw`\b(?:ha(?:ha){1,6}h?|he(?:he){1,6}|lol|lmao|rofl|heh)\b`), 'laughter'),
      e('playful.emoji', /[\u{1F600}-\u{1F642}\u{1F645}-\u{1F64F}\u{1F923}\u{1F970}-\u{1F973}\u{1F60D}\u{1F609}\u{1F61C}\u{1F61D}\u{1F60E}\u{1F929}\u{1F92A}\u{1F973}\u{1F382}\u{1F389}\u{1F355}\u{1F369}\u{1F36A}\u{1F370}\u{1F9C1}\u{2615}\u{1F4A8}\u{1F525}\u{1F480}\u{1F648}\u{1F64A}\u{1F47B}\u{1F916}\u{1F47D}\u{1F431}\u{1F436}]|[:;]-?[)D]|\bxD\b/u, 'a friendly emoji or emoticon'),
      e('playful.phrases', re(String.raw`\byou got us\b|\bbusted\b|\bguilty as charged\b|\bwe${APOS}ll take (?:that|it) as a compliment\b|\btouch[eé]\b|\bwell played\b|\bnice one\b|\bgood one\b|\bwe see what you did there\b|\bmade (?:our|my) day\b|\bchallenge accepted\b|\bpun (?:intended|not intended)\b|\bno pun\b|\bcan${APOS}t argue with that\b|\bfair (?:point|play)\b|\bour secret\b|\bdon${APOS}t tell\b|\bshh+\b|\boops\b|\bwhoops\b|\bplot twist\b|\bspoiler\b|\bbrb\b|\bcrying\b|\bdying\b|\bscreaming\b|\bwe laughed\b|\bcracked (?:us|me) up\b|\bin our defen[cs]e\b|\bhall of fame\b|\blegend\b|\bhero\b|\bpoet\b|\bgenius\b|\bfrankly\b|\bto be fair\b|\bapparently\b|\bhave a word with\b|\bnot (?:the|a) (?:hero|villain)\b|\bwe(?:${APOS}re| are) (?:blushing|flattered)\b|\bstole (?:our|my) (?:line|joke)\b|\bcaught (?:red-handed|us)\b`), 'playing along'),
      e('playful.exaggeration', re(String.raw`\b(?:world${APOS}s|universe${APOS}s|galaxy${APOS}s) (?:best|worst|slowest|fastest|longest|shortest|smallest|biggest|saddest)\b|\b(?:sentient|haunted|cursed|rebellious|shy|sleepy|jealous|naughty|cheeky|existential|dramatic) (?:cake|pizza|parcel|package|app|printer|oven|croissant|muffin|coffee|machine|robot|donut|doughnut|order|delivery|toaster|bot|sandwich|burger|phone|box|router|bus|train)\b|\bon (?:a|its|their|his|her) (?:holiday|vacation|journey|adventure|gap year|spiritual journey|world tour|coffee break)\b|\btaking (?:a|the) scenic route\b|\bwent rogue\b`), 'playful exaggeration or personification'),
    ],
    stiff: [
      e('stiff.per-policy', re(String.raw`\b(?:per|as per|according to|pursuant to|in accordance with|under|as set out in) (?:our|the) (?:terms|policy|policies|conditions|T&Cs|regulations|rules|guidelines|company policy|store policy)\b|\bterms (?:and|&) conditions\b`), '"as per our policy"'),
      e('stiff.formal', re(String.raw`\bplease (?:be advised|note that|refrain|be informed)\b|\bbe advised\b|\bwe do not (?:tolerate|accept|condone)\b|\bwe (?:kindly )?(?:ask|request) that you\b|\bthis (?:matter|comment|complaint) has been (?:noted|logged|recorded)\b|\bofficial (?:statement|position|response)\b|\binappropriate\b|\bdisclaimer\b|\bwe (?:regret to inform|wish to inform|would like to inform|must inform)\b|\bfor (?:the avoidance of doubt|your information)\b`), 'officialese'),
    ],
    mockery: [
      e('mock.at-you', re(String.raw`\b(?:laughing|laugh|lol|lmao) at you\b|\bnice try\b|\bwho hurt you\b|\bskill issue\b|\bcry (?:about it|more)\b|\bcope\b|\bseethe\b|\bimagine (?:being|complaining|thinking)\b|\bstick to (?:microwave|instant|cereal|fast food|water)\b|\b(?:learn|try) (?:to|how to) (?:read|cook|count|drive|use)\b|\bnot everyone (?:can|has)\b|\bmaybe (?:try|get) (?:glasses|a clue|some taste)\b|\bsomeone${APOS}s (?:hangry|grumpy|cranky|salty)\b|\bsalty\b|\b(?:stick to|keep) your day job\b|\b(?:we(?:${APOS}ve| have) got|wow,?|oh,?|look,?) (?:a|an|the) (?:comedian|comic|genius|critic|food critic|expert|clown)\b`), 'jokes at the customer\'s expense'),
      e('mock.emoji', /[\u{1F644}\u{1F921}\u{1F612}]/u, 'eye-roll or clown at the customer'),
    ],
    signature: [
      e('sig.dash-name', /(?:^|\s)[-—–~]{1,2} ?(?!(?:We|I|The|This|That|It|Our|You|Your|And|But|So|Please|Thanks|Thank|Sorry|Also|Just|Not|No|Yes|Hi|Hello|Dear|Team|Customer|Support|Service|Management|Staff|All|Everyone|Happy|Let|If|When|Best|Cheers|Have|Hope)\b)(?:[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}| [A-Z]\.?)?|[A-Z]{2,3})\b(?=[^\n]{0,50}$)/u, '"— Mei", "-Sam", "– JT" near the end'),
      e('sig.caret', /\^[A-Z]{2,3}\b/u, '"^AL": a Twitter-style staff initials tag'),
      e('sig.signoff', re(String.raw`\b(?:best|cheers|thanks|thank you|regards|kind regards|warm regards|warmly|best wishes|speak soon|take care|many thanks|sincerely|thanks again|talk soon|all the best|with thanks)[,!.]?\s{1,3}(?!${STAFF_NOT_NAMES}\b)[A-Z][a-z]{1,20}\b(?=[^\n]{0,50}$)`, 'u'), 'a sign-off followed by a first name'),
      e('sig.intro', re(String.raw`\b(?:I${APOS}m|I am|this is|my name is|my name${APOS}s|it${APOS}s)\s(?!${STAFF_NOT_NAMES}\b)[A-Z][a-z]{1,20}\b(?=,| (?:from|here|at|with|on|in|and|of)\b| [A-Z]|[.!]|$)`, 'u'), '"I\'m Sam from the support team"'),
      e('sig.name-team', re(String.raw`(?:^|\n|[.!?] {1,3})(?!${STAFF_NOT_NAMES}\b)[A-Z][a-z]{1,20}(?: [A-Z]\.)?,? (?:from|at|@|of|with|on|in|-|—|–) (?:the )?[^\n]{1,40}$`, 'u'), '"Mei from Customer Care" as the last line'),
    ],
    firstPersonSingular: [
      e('me.i', /(?<![\p{L}\p{N}'’])I(?:['’](?:m|ll|ve|d))?(?![\p{L}\p{N}])/u, 'the pronoun "I" (case-sensitive)'),
      e('me.me-my', re(String.raw`\b(?:me|my|myself|mine)\b`), '"let me", "my name"'),
    ],
    genericHandle: [
      e('handle.team', re(String.raw`(?:^|[-—–~]\s?|\n)(?:the |your )?(?:[A-Z]\w{1,20} )?(?:team|management|staff|customer (?:care|service|support|experience)(?: team)?|social (?:media )?team|support team|admin|moderators?)\s*[.!]?\s*$`), 'signed "The Team", "Customer Service" only'),
      e('handle.admin', re(String.raw`\b(?:admin|the admin|mod team|page admin)\b`), 'a generic handle'),
    ],
    template: [
      e('template.dear', re(String.raw`\bdear (?:valued |esteemed |respected )?(?:customer|guest|client|sir or madam|sir\/madam|sir|madam|user|member|patron)\b`), '"Dear valued customer"'),
      e('template.canned', re(String.raw`\byour (?:feedback|call|comment|opinion|satisfaction|business|message|enquiry|inquiry) is (?:very |extremely )?important to us\b|\bplease do not hesitate to (?:contact|reach)\b|\bdo not reply to this\b|\bthis is an automated\b|\bwe apologi[sz]e for any inconvenience (?:this|that) (?:may have|might have|has) caused\b|\bwe (?:are|remain) committed to (?:providing|delivering|excellence|ensuring)\b|\bour (?:customers|guests|clients) are (?:our|at the heart of our) (?:top )?(?:priority|business)\b|\bthank you for (?:contacting|reaching out to) (?:us|\w{2,20} (?:customer|support))\. (?:we|your)\b|\bwe have (?:received|noted) your (?:feedback|complaint|comment|message)\b|\bat \w{2,20},? we (?:pride|strive|are committed)\b`), 'stock customer-service template sentences'),
    ],
    handoff: [
      e('handoff.pass-to', re(String.raw`\b(?:pass\w{0,3}|escalat\w{1,4}|forward\w{0,3}|refer\w{0,4}|hand\w{0,3}(?: (?:it|this))?(?: over| off)?|rais\w{1,3}|flag\w{0,4}|sen[dt]|shar\w{1,3}|brief\w{0,3}|loop\w{0,3} in|involv\w{1,3}|report\w{0,3})\b[^.!?\n]{0,30}?\b(?:to|with|in|for) (?:our |my |the |a |your )?(?:[a-z]{2,15} )?(?:manager|supervisor|team lead|head|director|specialists?|legal|lawyers?|management|senior|safety|quality|food safety|escalations?|complaints|compliance|PR|press|communications|insurance|claims|product (?:safety|team)|investigations?|engineers?|technical team|owner|duty manager|store manager|area manager|regional manager|franchise owner)\b`), '"I\'ve passed this to our product safety team"'),
      e('handoff.they-will', re(String.raw`\b(?:my|our|the) (?:manager|supervisor|team lead|legal team|safety team|quality team|management|claims team|specialist team|store manager|duty manager|complaints team|investigations team|senior team|head office)\b[^.!?\n]{0,20}?\b(?:will|is|are|has|have|${APOS}ll|${APOS}s)\b`), '"our claims team will contact you"'),
      e('handoff.someone-from', re(String.raw`\bsomeone (?:from|in|on) (?:our |the |my )?(?:[a-z]{2,15} )?(?:team|management|legal|department|office|head office)\b|\b(?:a|our) specialist\b|\bhead office\b|\bsenior (?:colleague|member|manager|team)\b`), '"someone from our legal team"'),
    ],
    managementPromise: [
      e('mgmt.pay-all', re(String.raw`\b(?:we|I)(?:${APOS}ll| will| are going to| can)? (?:pay|cover|compensate|reimburse|foot)\b[^.!?\n]{0,30}?\b(?:all|any|every|full|medical|hospital|legal|vet|damages|costs?|expenses|bills?|lost (?:wages|income)|whatever)\b`), '"we\'ll cover all your medical bills"'),
      e('mgmt.policy-change', re(String.raw`\b(?:we|I)(?:${APOS}ll| will| are going to)? (?:change|update|rewrite|scrap|overturn) (?:our|the) (?:[a-z]{2,15} )?(?:policy|policies|terms|rules|menu|prices)\b|\bsettle\w{0,4}\b|\bsettlement\b|\b(?:fire|sack|dismiss|discipline) (?:the|that|this|our) (?:employee|driver|staff|person|waiter|waitress|cashier|member of staff|guy)\b|\b(?:will be|has been|have been|was|is being) (?:fired|dismissed|sacked|let go|disciplined)\b`), 'policy changes, settlements, dismissals'),
      e('mgmt.big-money', re(String.raw`(?:[$€£¥]|USD ?|HK\$|NT\$)\s?(?:\d{1,3}(?:,\d{3}){1,3}|\d{3,})|\b\d{3,} (?:dollars|euros|pounds|yen)\b|\b(?:lifetime|a year of|a year${APOS}s|unlimited) (?:free|supply|discount|membership|pass)\b|\bfull compensation\b`), 'large sums and lifetime perks'),
    ],
    concern: [
      e('concern.we-are', re(String.raw`\b(?:we${APOS}re|we are|I${APOS}m|I am) (?:deeply |very |truly |so |extremely |really |incredibly |genuinely )?(?:concerned|worried|saddened|troubled|heartbroken|devastated|shocked|distressed)\b`), '"we are deeply concerned"'),
      e('concern.thoughts', re(String.raw`\b(?:thoughts|hearts|sympathies) (?:are|go out) (?:with|to)\b|\b(?:everyone|those|anyone|customers|people|families|passengers|guests|residents) (?:affected|impacted|who (?:was|were|has been|have been) (?:affected|impacted|hurt|ill|unwell|inconvenienced))\b`), '"our thoughts are with everyone affected"'),
      e('concern.safety-first', re(String.raw`\b(?:your |customers${APOS} |people${APOS}s |their |guests${APOS} )?(?:safety|health|well-?being)\b[^.!?\n]{0,20}?\b(?:is|comes|are|remains) (?:our )?(?:first|top|absolute|number one|highest)\b|\bwe take this (?:very |extremely |incredibly )?seriously\b`), '"your safety is our top priority"'),
    ],
    clarify: [
      e('clarify.what-we-know', re(String.raw`\b(?:here${APOS}s|here is|this is) what (?:we know|happened)\b|\bwhat (?:we know|happened) (?:so far|is)\b|\bso far,? (?:we|our)\b|\bat this (?:stage|point|time),? (?:we|our)\b|\bwe (?:now )?know (?:that|the)\b`), '"here is what we know"'),
      e('clarify.found', re(String.raw`\bwe(?:${APOS}ve| have)? (?:found|identified|confirmed|established|learned|learnt|traced|discovered|determined)\b|\b(?:our )?(?:initial |preliminary |internal )?(?:investigation|findings|review|checks?|tests?|testing|analysis)\b[^.!?\n]{0,20}?\b(?:shows?|found|indicates?|suggests?|confirmed?|revealed)\b`), '"we have identified the cause"'),
      e('clarify.cause', re(String.raw`\bthe (?:cause|issue|problem|outage|incident|delay|fault|error|contamination|leak|breach|disruption)\b[^.!?\n]{0,25}?\b(?:was|is|were|has been) (?:caused|due|linked|traced|limited|confined|related)\b|\b(?:caused by|due to|traced to|linked to|resulted from)\b`), '"the outage was caused by…"'),
      e('clarify.scope', re(String.raw`\b(?:affected|recalled|impacted) (?:orders?|batch(?:es)?|products?|customers|accounts|stores?|flights?|items?|lots?|branches|users|services|dates?)\b|\b(?:batch|lot) (?:number|no\.?|#|code)\b|\b(?:between|from) \d{1,2}(?::\d{2})? ?(?:am|pm)?\b|\b(?:on|since|from) (?:${DAY}\w{0,3}|yesterday|last night|this morning|the \d{1,2}(?:st|nd|rd|th))\b|\bbest[- ]before\b|\bused[- ]by\b`), 'what is affected and since when'),
    ],
    courseOfAction: [
      e('course.we-did', re(String.raw`\bwe(?:${APOS}ve| have| are|${APOS}re| will|${APOS}ll| immediately| have now)? (?:already |now |immediately |temporarily |also |since )?(?:pulled|removed|withdrawn|withdrew|recalled|suspended|paused|stopped|halted|closed|shut|contacted|notified|informed|launched|started|begun|set up|opened|deployed|restored|fixed|patched|replaced|refunding|offering|working|investigating|commissioned|engaged|hired|tested|testing|reviewing|retraining|pull|remove|withdraw|recall|suspend|pause|stop|close|contact|notify|refund|offer|work|test|review|retrain|publish|post|share|provide|update|keep|arrange|arranged|arranging|add|added|adding|introduce|introduced|introducing|cancel|cancelled|rolling|rolled)\b`), '"we have pulled the batch", "we are contacting every customer"'),
      e('course.updates', re(String.raw`\b(?:next|further|regular|hourly|daily) updates?\b|\bupdates? (?:will follow|to follow|every|here|on this page)\b|\bwe(?:${APOS}ll| will) (?:keep (?:you|everyone|this thread) (?:posted|updated|informed)|post (?:an |further )?updates?|update (?:this|you|everyone))\b`), 'promises updates'),
    ],
    negation: [
      e('neg.words', re(String.raw`\b(?:not|never|no|cannot|without|unable|nor|hardly|neither)\b|n${APOS}t\b`), 'negators that flip the cue right after them'),
    ],
    question: [
      e('question.mark', /[?？]/u, 'a question'),
      e('question.invite', re(String.raw`\b(?:could|can|would) you (?:tell|share|let us know|give us|describe|explain|help us understand)\b|\bwhat (?:happened|went wrong)\b|\blet us know (?:what|more|how|which|where)\b|\b(?:we${APOS}d|I${APOS}d) (?:love|like) to (?:hear|know|understand|learn) (?:more|what)\b|\btell us more\b`), 'an invitation to say what went wrong'),
    ],
  },
};
