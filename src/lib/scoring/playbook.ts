import type { Lang, Persona, ReplyContext, RuleId, SourceId } from './contract.ts';

/**
 * The playbook as data: every rule with its weight, when it applies, the
 * articles it comes from and what the trainee reads about it, in every UI
 * language. To add a rule, add an entry here and a judge in `rules.ts`; to add
 * a UI language, add its texts here.
 */

/** One source article, cited by title. */
export interface Source {
  /** File name prefix in the seeds folder. */
  file: string;
  /** Title as published (original language). */
  title: string;
  /** Language the article is written in. */
  lang: 'zh-TW' | 'ja';
}

/** The five articles the playbook distils. */
export const SOURCES: Record<SourceId, Source> = {
  S0: { file: '000', lang: 'zh-TW', title: '遇到網路負評怎麼辦?積極回覆,將殺傷力化為助力' },
  S1: { file: '001', lang: 'zh-TW', title: '如何與留下負評的顧客有效溝通與和解' },
  S2: { file: '002', lang: 'zh-TW', title: '針對網路負評,兩個步驟可能是口碑行銷預警關鍵' },
  S3: { file: '003', lang: 'zh-TW', title: 'Social Relationship Management' },
  S4: { file: '004', lang: 'ja', title: 'ソーシャルメディア上の否定的なコメントに対応する方法' },
};

/** A reply context with the playbook's defaults filled in. */
export interface ResolvedContext {
  id?: string;
  lang: Lang;
  persona: Persona;
  channel: ReplyContext['channel'];
  text: string;
  customer?: string;
  canGrant: boolean;
  sensitive: boolean;
  needsEscalation: boolean;
  crisis: boolean;
  elapsedMinutes?: number;
  targetMinutes: number;
  /** True when the reply is empty or only whitespace: the trainee stayed silent. */
  silent: boolean;
}

/** Fills in the playbook's defaults. This is a pure function. */
export function resolveContext(c: ReplyContext): ResolvedContext {
  const r: ResolvedContext = {
    lang: c.lang,
    persona: c.persona,
    channel: c.channel,
    text: c.text,
    canGrant: c.canGrant ?? true,
    sensitive: c.sensitive ?? false,
    needsEscalation: c.needsEscalation ?? false,
    crisis: c.crisis ?? false,
    targetMinutes: c.targetMinutes ?? 60,
    silent: c.text.trim() === '',
  };
  if (c.id !== undefined) r.id = c.id;
  if (c.customer !== undefined) r.customer = c.customer;
  if (c.elapsedMinutes !== undefined) r.elapsedMinutes = c.elapsedMinutes;
  return r;
}

/** What the trainee reads about a rule in one UI language. */
export interface RuleText {
  /** Short name of the rule. */
  name: string;
  /** What the rule asks and why, in two or three sentences. */
  explanation: string;
  /** One concrete thing to do next time. */
  tip: string;
  /**
   * Finding messages by reason code (`pass`, `fail`, and rule-specific codes
   * such as `fail-conditional`). `{elapsed}`, `{target}` and `{missing}` are
   * filled in by the scorer.
   */
  messages: Record<string, string>;
}

/** One rule of the playbook. */
export interface RuleDef {
  id: RuleId;
  /** Relative weight in the reply score. */
  weight: number;
  /** Articles the rule comes from, most important first. */
  sources: readonly SourceId[];
  /** Does the rule apply to this reply? Exactly the playbook's "applies when". */
  applies: (c: ResolvedContext) => boolean;
  /** Texts per UI language. */
  text: Record<Lang, RuleText>;
}

const caring = (p: Persona): boolean => p === 'angry' || p === 'neutral' || p === 'malicious';

/** Every rule of the playbook, in the playbook's order. */
export const RULES: readonly RuleDef[] = [
  {
    id: 'engage-wisely',
    weight: 2,
    sources: ['S4', 'S0'],
    applies: () => true,
    text: {
      en: {
        name: 'Choose when to engage',
        explanation:
          'Anyone with a real issue, a joke or an attack deserves an answer. A vague insult with nothing specific in it is often best left alone, or met with one short, neutral invitation to say what went wrong.',
        tip: 'Before typing, ask: is there a concrete problem here? If not, either stay quiet or ask one friendly question.',
        messages: {
          'pass-silence': 'Leaving a vague insult unanswered was a sound choice.',
          'pass-invite': 'A short, neutral invitation to share specifics is the right answer to a vague insult.',
          pass: 'The customer raised something real and got an answer.',
          'fail-silence': 'The customer raised something real and got no answer at all.',
          'fail-argue': 'A vague insult was answered with argument, defence or rudeness.',
        },
      },
      'zh-TW': {
        name: '判斷是否回應',
        explanation:
          '有具體問題、開玩笑或攻擊品牌的留言都值得回應；但只是罵一句、沒有任何具體內容的留言，常常不回最好，或只用一句中性的話邀請對方說明發生了什麼事。',
        tip: '下筆前先問自己：這則留言有具體問題嗎？沒有的話，就保持沉默，或友善地問一句。',
        messages: {
          'pass-silence': '對沒有具體內容的謾罵不予回應，是合適的判斷。',
          'pass-invite': '用簡短、中性的話邀請對方說明具體狀況，是面對籠統謾罵的好做法。',
          pass: '顧客提出了實際的事情，也得到了回應。',
          'fail-silence': '顧客提出了實際的事情，卻完全沒有得到回應。',
          'fail-argue': '對籠統的謾罵回以爭辯、辯解或不禮貌的話。',
        },
      },
      ja: {
        name: '対応するかを見極める',
        explanation:
          '具体的な問題、冗談、攻撃には返信が必要です。一方、中身のない漠然とした悪口には、あえて返信しないか、何があったのかを尋ねる短く中立的な一言で十分なことが多いものです。',
        tip: '書く前に「具体的な問題はあるか」を確認しましょう。なければ静観するか、穏やかに一言だけ尋ねます。',
        messages: {
          'pass-silence': '中身のない悪口に返信しなかったのは適切な判断です。',
          'pass-invite': '具体的な内容を尋ねる短く中立的な返信は、漠然とした悪口への良い対応です。',
          pass: '具体的な声に、きちんと返信しています。',
          'fail-silence': '具体的な声が寄せられたのに、返信していません。',
          'fail-argue': '漠然とした悪口に、反論・弁解・失礼な言葉で応じています。',
        },
      },
    },
  },
  {
    id: 'empathy',
    weight: 3,
    sources: ['S0', 'S1', 'S3', 'S4'],
    applies: (c) => !c.silent && caring(c.persona),
    text: {
      en: {
        name: 'Acknowledge the feeling',
        explanation:
          'Show that you heard what the customer went through: name the frustration or apologise for what happened. "Sorry if you were upset" and "sorry you feel that way" acknowledge nothing. With a poster who may be making things up, show concern without admitting a fault nobody has proven.',
        tip: 'Open with one sentence about their experience: "I\'m sorry your order arrived broken, that\'s a rotten start to the weekend."',
        messages: {
          pass: 'Acknowledges what the customer went through.',
          fail: 'Nothing acknowledges how the customer feels or what happened to them.',
          'fail-conditional': 'A conditional or "sorry you feel that way" apology does not acknowledge the customer.',
        },
      },
      'zh-TW': {
        name: '同理顧客感受',
        explanation:
          '讓顧客知道你聽見了他的遭遇：說出他的不滿，或為發生的事道歉。「如果造成您不愉快的話很抱歉」或「很遺憾您這麼覺得」這類話並沒有真正回應感受。面對可能造謠的留言者，可以表達關心，但不要承認未經證實的過失。',
        tip: '第一句先回應他的經歷，例如：「收到破損的商品一定很失望，真的很抱歉。」',
        messages: {
          pass: '有回應顧客的感受或遭遇。',
          fail: '整則回覆都沒有回應顧客的感受或遭遇。',
          'fail-conditional': '有條件的道歉或「很遺憾您這麼覺得」並不算同理顧客。',
        },
      },
      ja: {
        name: 'お客様の気持ちに寄り添う',
        explanation:
          'お客様が経験したことを受け止めたと伝えましょう。不満に触れる、起きたことをお詫びする、などです。「ご不快に感じられたのであれば」のような条件付きのお詫びは受け止めたことになりません。事実無根の可能性がある投稿には、証明されていない非を認めずに気遣いを示します。',
        tip: '最初の一文でお客様の経験に触れましょう。例:「せっかくのお品物が破損して届き、大変残念な思いをおかけしました。」',
        messages: {
          pass: 'お客様の気持ちや経験を受け止めています。',
          fail: 'お客様の気持ちや経験に触れる言葉がありません。',
          'fail-conditional': '条件付きのお詫びや「そう感じられたなら」は、気持ちを受け止めたことになりません。',
        },
      },
    },
  },
  {
    id: 'no-arguing',
    weight: 3,
    sources: ['S0', 'S1', 'S3', 'S4'],
    applies: (c) => !c.silent,
    text: {
      en: {
        name: "Don't argue",
        explanation:
          'A public debate with a customer is lost even when you are right: onlookers side with the person who is upset. State a policy plainly or point to where it is published, but never tell the customer they are wrong.',
        tip: 'Replace "that\'s not true" with "thanks for raising this, here\'s how it works" and move on to what you can do.',
        messages: {
          pass: 'No contradiction or debate with the customer.',
          fail: 'Contradicts or debates the customer.',
        },
      },
      'zh-TW': {
        name: '不與顧客爭辯',
        explanation:
          '在公開場合和顧客爭論，就算你有理也是輸：旁觀者會站在不滿的那一方。可以平實說明規定、指出條款公告在哪裡，但不要說顧客錯了。',
        tip: '把「不是這樣的」換成「謝謝您提出，我們說明一下規定」，接著講你能做什麼。',
        messages: {
          pass: '沒有反駁或與顧客爭辯。',
          fail: '反駁或與顧客爭辯。',
        },
      },
      ja: {
        name: '反論しない',
        explanation:
          '公開の場での言い争いは、たとえ正しくても負けです。見ている人は不満を抱えた側に共感します。規定を淡々と伝えたり、掲載場所を案内したりするのは構いませんが、お客様が間違っているとは言わないこと。',
        tip: '「事実と異なります」ではなく「ご指摘ありがとうございます。仕組みをご説明します」と書き、できることに話を進めましょう。',
        messages: {
          pass: 'お客様に反論・議論をしていません。',
          fail: 'お客様に反論したり、議論したりしています。',
        },
      },
    },
  },
  {
    id: 'calm-tone',
    weight: 3,
    sources: ['S0', 'S1'],
    applies: (c) => !c.silent,
    text: {
      en: {
        name: 'Keep a calm tone',
        explanation:
          'Stay calm and professional however the customer writes. Sarcasm, insults, mockery, threats and shouting (ALL-CAPS words, "!!!") turn a complaint into a public fight.',
        tip: 'Read your reply aloud before posting. If you would not say it to the customer\'s face at the counter, rewrite it.',
        messages: {
          pass: 'Calm and professional.',
          fail: 'The tone is sarcastic, insulting, mocking or threatening.',
          'fail-shouting': 'Shouting: ALL-CAPS words or a row of exclamation marks.',
        },
      },
      'zh-TW': {
        name: '保持冷靜語氣',
        explanation:
          '無論顧客怎麼說，都要冷靜、專業。諷刺、辱罵、嘲笑、威脅或「吼叫」（全大寫、連續驚嘆號）只會把客訴變成公開吵架。',
        tip: '發送前唸一遍：如果這句話你不會當面對櫃台前的顧客說，就改寫。',
        messages: {
          pass: '語氣冷靜專業。',
          fail: '語氣帶有諷刺、辱罵、嘲笑或威脅。',
          'fail-shouting': '像在吼叫：全大寫的字或連續的驚嘆號。',
        },
      },
      ja: {
        name: '落ち着いた口調',
        explanation:
          'お客様の書き方がどうであれ、落ち着いて丁寧に。皮肉、侮辱、嘲笑、脅し、大声(大文字だけの単語や「！！！」)は、苦情を公開の喧嘩に変えてしまいます。',
        tip: '投稿前に声に出して読みましょう。店頭でお客様に面と向かって言えない言葉なら書き直します。',
        messages: {
          pass: '落ち着いた丁寧な口調です。',
          fail: '皮肉・侮辱・嘲笑・脅しが含まれています。',
          'fail-shouting': '大文字だけの単語や連続した感嘆符で、怒鳴っているように見えます。',
        },
      },
    },
  },
  {
    id: 'no-blame-shifting',
    weight: 2,
    sources: ['S3', 'S0'],
    applies: (c) => !c.silent,
    text: {
      en: {
        name: 'Own it',
        explanation:
          'To the customer, the courier, the supplier and "the system" are all you. Take ownership; you can still say you will follow up with a partner. Never hint that the customer caused it.',
        tip: 'Write "we\'ll chase this with our delivery partner" instead of "the courier lost it".',
        messages: {
          pass: 'No blame pinned on others or on the customer.',
          'pass-ownership': 'Takes ownership of the problem.',
          'fail-other': 'Shifts the blame to a partner, another team or the system.',
          'fail-customer': 'Suggests the customer caused the problem.',
        },
      },
      'zh-TW': {
        name: '不推卸責任',
        explanation:
          '在顧客眼中，物流、供應商、「系統」都代表你的品牌。先承擔起來；可以說會和合作夥伴追蹤，但不要暗示是顧客自己造成的。',
        tip: '把「是物流弄丟的」改成「我們會和物流夥伴追查這件包裹」。',
        messages: {
          pass: '沒有把責任推給他人或顧客。',
          'pass-ownership': '主動承擔責任。',
          'fail-other': '把責任推給物流、供應商、其他部門或系統。',
          'fail-customer': '暗示問題是顧客造成的。',
        },
      },
      ja: {
        name: '責任転嫁しない',
        explanation:
          'お客様から見れば、配送業者も仕入れ先も「システム」も、すべてあなたの会社です。まず引き受けましょう。取引先に確認すると伝えるのは構いませんが、お客様のせいだとほのめかしてはいけません。',
        tip: '「配送業者が紛失しました」ではなく「配送パートナーと連携して確認いたします」と書きましょう。',
        messages: {
          pass: '他者やお客様に責任を押し付けていません。',
          'pass-ownership': '自社の責任として引き受けています。',
          'fail-other': '配送業者・取引先・他部署・システムに責任を転嫁しています。',
          'fail-customer': 'お客様に原因があるかのように書いています。',
        },
      },
    },
  },
  {
    id: 'under-promise',
    weight: 2,
    sources: ['S4', 'S1'],
    applies: (c) => !c.silent,
    text: {
      en: {
        name: 'Under-promise',
        explanation:
          'Promise effort, a check or an update at a time you control, not an outcome you cannot. "Guaranteed", "100%" and "this will never happen again" set up the next complaint. Commit to the preventive step you are taking instead.',
        tip: 'Say "I\'ll check with the warehouse and update you by 5 pm" rather than "it will arrive tomorrow, guaranteed".',
        messages: {
          pass: 'Promises nothing it cannot keep.',
          'pass-effort': 'Promises effort or an update, not an outcome.',
          fail: 'Guarantees an outcome or a time the team does not control.',
          'fail-management': 'Promises something only management can grant.',
        },
      },
      'zh-TW': {
        name: '不過度承諾',
        explanation:
          '承諾的是努力、確認或在你掌握的時間內回報進度，而不是你無法控制的結果。「保證」、「百分之百」、「絕對不會再發生」只會埋下下一次客訴。改為說明你正在採取的預防措施。',
        tip: '說「我會向倉庫確認，今天下午五點前回覆您」，而不是「保證明天一定送到」。',
        messages: {
          pass: '沒有做出無法兌現的承諾。',
          'pass-effort': '承諾的是處理與回報，而不是結果。',
          fail: '保證了無法控制的結果或時間。',
          'fail-management': '承諾了只有主管才能決定的事。',
        },
      },
      ja: {
        name: '約束しすぎない',
        explanation:
          '約束するのは努力・確認・自分で守れる時刻での報告であって、自分ではどうにもならない結果ではありません。「必ず」「100%」「二度と起こりません」は次の苦情の種になります。代わりに、実際に講じる再発防止策を伝えましょう。',
        tip: '「明日必ず届きます」ではなく「倉庫に確認し、本日17時までにご連絡します」と書きましょう。',
        messages: {
          pass: '守れない約束をしていません。',
          'pass-effort': '結果ではなく、対応や報告を約束しています。',
          fail: '自分では保証できない結果や時刻を約束しています。',
          'fail-management': '管理職しか決められないことを約束しています。',
        },
      },
    },
  },
  {
    id: 'concrete-next-step',
    weight: 3,
    sources: ['S0', 'S1', 'S3'],
    applies: (c) => !c.silent && caring(c.persona),
    text: {
      en: {
        name: 'Give a concrete next step',
        explanation:
          'Say what happens now: the refund, the replacement, what you will check, or when the customer hears back. "We value your feedback" on its own tells them nothing, and an invitation to DM is not yet a step.',
        tip: 'End with one sentence that starts with "I will…" and names the action and when.',
        messages: {
          pass: 'Names a concrete remedy or next step.',
          fail: 'No concrete remedy or next step.',
          'fail-platitude': 'Only platitudes, no concrete remedy or next step.',
        },
      },
      'zh-TW': {
        name: '提出具體下一步',
        explanation:
          '說清楚接下來會發生什麼：退款、換貨、要查什麼，或什麼時候回覆顧客。只說「感謝您的寶貴意見」等於什麼都沒說，只請對方私訊也還不算下一步。',
        tip: '最後加一句「我會……」，寫出要做的事和時間。',
        messages: {
          pass: '提出了具體的補救或下一步。',
          fail: '沒有具體的補救或下一步。',
          'fail-platitude': '只有客套話，沒有具體的補救或下一步。',
        },
      },
      ja: {
        name: '具体的な次の一手',
        explanation:
          'これから何をするのかを伝えましょう。返金、交換、何を確認するのか、いつ連絡するのか。「貴重なご意見ありがとうございます」だけでは何も伝わらず、DMへの案内だけでもまだ次の一手とは言えません。',
        tip: '最後に「〜いたします」で、行動と時期を一文で示しましょう。',
        messages: {
          pass: '具体的な対応や次の一手を示しています。',
          fail: '具体的な対応や次の一手がありません。',
          'fail-platitude': '決まり文句だけで、具体的な対応がありません。',
        },
      },
    },
  },
  {
    id: 'two-alternatives',
    weight: 2,
    sources: ['S4'],
    applies: (c) => !c.silent && !c.canGrant,
    text: {
      en: {
        name: 'Offer two alternatives',
        explanation:
          'When you cannot give the customer exactly what they ask for, apologise and offer at least two reasonable alternatives, so they still choose how it ends. A bare no, or one take-it-or-leave-it option, feels like a closed door.',
        tip: '"I\'m sorry we can\'t do Sunday. I can offer Monday morning delivery, or a full refund if that no longer works for you."',
        messages: {
          pass: 'Apologises and offers two distinct alternatives.',
          'fail-apology': 'Offers alternatives but does not apologise for the refusal.',
          'fail-alternatives': 'Fewer than two alternatives: a bare no or a single option.',
        },
      },
      'zh-TW': {
        name: '提供兩個替代方案',
        explanation:
          '無法完全照顧客的要求辦理時，先道歉，再提出至少兩個合理的替代方案，讓顧客仍能自己選擇。只說「不行」或只給一個方案，會讓人覺得被拒於門外。',
        tip: '「很抱歉週日無法配送，我們可以改週一上午送達，或是為您全額退款，您看哪一種比較方便？」',
        messages: {
          pass: '有道歉，並提出兩個不同的替代方案。',
          'fail-apology': '提出了方案，但沒有為無法照辦而道歉。',
          'fail-alternatives': '替代方案少於兩個：只有拒絕或只給一個選擇。',
        },
      },
      ja: {
        name: '二つの選択肢を示す',
        explanation:
          'ご要望どおりにできないときは、心からお詫びしたうえで、合理的な代替案を少なくとも二つ示しましょう。お客様が自分で選べる形にします。「できません」だけ、または選択肢が一つだけでは、門前払いに感じられます。',
        tip: '「日曜日のお届けができず申し訳ございません。月曜午前のお届け、または全額返金のいずれかをご案内できます。」',
        messages: {
          pass: 'お詫びのうえ、異なる二つの選択肢を示しています。',
          'fail-apology': '代替案はありますが、ご要望に沿えないことへのお詫びがありません。',
          'fail-alternatives': '選択肢が二つ未満です(お断りのみ、または一案のみ)。',
        },
      },
    },
  },
  {
    id: 'take-private',
    weight: 2,
    sources: ['S3', 'S1', 'S0', 'S4'],
    applies: (c) => c.channel === 'public' && (c.persona === 'angry' || c.sensitive) && !(c.silent && c.persona === 'vague-rude'),
    text: {
      en: {
        name: 'Respond publicly, resolve privately',
        explanation:
          'Answer in public so onlookers see you care, then invite the customer to a private channel (DM, e-mail, phone) for the details. "Tell us next time you\'re in store" is not a private channel.',
        tip: 'Add: "Could you send us a DM with your order details? I\'ll pick it up from there."',
        messages: {
          pass: 'Invites the customer to continue privately.',
          fail: 'No invitation to continue in a private channel.',
          'fail-silence': 'No reply, so nothing invites the customer to talk privately.',
          'fail-in-person': 'A visit in store is not a private channel for this conversation.',
        },
      },
      'zh-TW': {
        name: '公開回應，私下處理',
        explanation:
          '在公開留言回應，讓旁觀者看到你的重視；再邀請顧客到私訊、電子郵件或電話處理細節。「下次來店再告訴我們」不算私下管道。',
        tip: '加上一句：「方便私訊我們訂購資訊嗎？我會接手處理。」',
        messages: {
          pass: '有邀請顧客改以私下管道聯繫。',
          fail: '沒有邀請顧客改以私下管道聯繫。',
          'fail-silence': '沒有回覆，自然也沒有邀請顧客私下聯繫。',
          'fail-in-person': '請顧客到店裡說明，並不是私下處理的管道。',
        },
      },
      ja: {
        name: '公開で応え、個別に解決',
        explanation:
          '公開の場で返信して誠意を見せたうえで、詳細はDM・メール・電話など個別の窓口にご案内します。「次回ご来店時にお声がけください」は個別の窓口ではありません。',
        tip: '「お手数ですが、ご注文内容をDMでお送りいただけますか。私が引き継いで対応いたします。」と添えましょう。',
        messages: {
          pass: '個別の窓口へご案内しています。',
          fail: '個別の窓口へのご案内がありません。',
          'fail-silence': '返信がないため、個別の窓口へのご案内もありません。',
          'fail-in-person': '来店時の声がけは、個別に対応する窓口にはなりません。',
        },
      },
    },
  },
  {
    id: 'protect-privacy',
    weight: 3,
    sources: ['S1', 'S3', 'S0'],
    applies: (c) => c.channel === 'public' && !c.silent,
    text: {
      en: {
        name: 'Protect privacy in public',
        explanation:
          'Never ask a customer to post an order number, phone, address, e-mail or account details in a public thread, and never reveal them yourself, nor link the poster to another account.',
        tip: 'Ask for details in a DM: "Please DM us your order number" instead of "reply with your order number".',
        messages: {
          pass: 'No personal data asked for or revealed in public.',
          'fail-ask': 'Asks the customer to post personal or order data in public.',
          'fail-reveal': 'Reveals personal, order or account details in public.',
        },
      },
      'zh-TW': {
        name: '公開場合保護隱私',
        explanation:
          '不要在公開留言串請顧客貼出訂單編號、電話、地址、電子郵件或帳號資料，自己也不要透露，更不要把留言者連結到其他帳號或身分。',
        tip: '把「請留言提供訂單編號」改成「請私訊我們訂單編號」。',
        messages: {
          pass: '沒有在公開場合索取或透露個人資料。',
          'fail-ask': '在公開場合要求顧客提供個人或訂單資料。',
          'fail-reveal': '在公開場合透露了個人、訂單或帳號資料。',
        },
      },
      ja: {
        name: '公開の場で個人情報を守る',
        explanation:
          '公開スレッドで注文番号・電話番号・住所・メールアドレス・アカウント情報の書き込みを求めたり、自分から明かしたりしないこと。投稿者を別のアカウントや身元と結びつけるのも厳禁です。',
        tip: '「注文番号を返信してください」ではなく「注文番号をDMでお知らせください」と書きましょう。',
        messages: {
          pass: '公開の場で個人情報を求めたり明かしたりしていません。',
          'fail-ask': '公開の場で個人情報や注文情報の書き込みを求めています。',
          'fail-reveal': '公開の場で個人・注文・アカウントの情報を明かしています。',
        },
      },
    },
  },
  {
    id: 'no-review-incentive',
    weight: 3,
    sources: ['S1'],
    applies: (c) => !c.silent,
    text: {
      en: {
        name: 'No rewards for reviews',
        explanation:
          'Compensate the problem, never the review. Platforms ban offering a refund, discount or gift in exchange for editing or removing a review. Once the matter is resolved, you may politely ask the customer to update it.',
        tip: 'Fix the problem first; afterwards, "if you feel we\'ve put it right, we\'d be grateful if you updated your review" is fine.',
        messages: {
          pass: 'No benefit tied to changing a review.',
          fail: 'Offers a benefit in exchange for editing or removing a review.',
        },
      },
      'zh-TW': {
        name: '不以好處換評論',
        explanation:
          '補償的是問題本身，而不是評論。平台禁止以退款、折扣或贈品換取修改或刪除評論。等問題解決後，可以禮貌地請顧客更新評價。',
        tip: '先把問題處理好；之後說「如果您覺得問題已經解決，歡迎更新您的評價」是可以的。',
        messages: {
          pass: '沒有把好處和修改評論綁在一起。',
          fail: '以好處交換修改或刪除評論。',
        },
      },
      ja: {
        name: 'レビューと引き換えにしない',
        explanation:
          '補償するのは問題に対してであって、レビューに対してではありません。レビューの修正・削除と引き換えに返金・割引・プレゼントを申し出ることはプラットフォームで禁止されています。解決後に、更新を丁寧にお願いするのは構いません。',
        tip: 'まず問題を解決し、その後「ご満足いただけましたら、レビューを更新していただけると幸いです」と伝えましょう。',
        messages: {
          pass: 'レビューの変更と特典を結びつけていません。',
          fail: 'レビューの修正・削除と引き換えに特典を申し出ています。',
        },
      },
    },
  },
  {
    id: 'facts-not-accusations',
    weight: 3,
    sources: ['S2', 'S1'],
    applies: (c) => !c.silent && c.persona === 'malicious',
    text: {
      en: {
        name: 'Facts, not accusations',
        explanation:
          'Against a fabricated or exaggerated post, stay with calm, verifiable facts: records, call recordings, shipment videos, and an offer to check privately. You may report rule-breaking content to the platform. Never call the poster a liar, troll or competitor, never threaten, and never grovel for a fault that did not happen.',
        tip: '"Our dispatch video shows the parcel sealed and complete; please DM us so we can review it together."',
        messages: {
          pass: 'Stays calm, without accusing or grovelling.',
          'pass-evidence': 'Relies on verifiable facts or an offer to check.',
          'fail-accusation': 'Accuses the poster of lying, trolling or working for a competitor.',
          'fail-threat': 'Threatens the poster.',
          'fail-grovel': 'Grovels for a fault nobody has shown to be real.',
          'fail-incentive': 'Offers something to get the post removed.',
        },
      },
      'zh-TW': {
        name: '用事實，不指控',
        explanation:
          '面對捏造或誇大的留言，以冷靜、可查證的事實回應：紀錄、通話錄音、出貨影片，並提議私下核對。違反平台規範的內容可以向平台檢舉。不要說對方說謊、是酸民或同業，不要威脅，也不要為沒發生的過失卑躬屈膝。',
        tip: '「我們的出貨影片顯示包裹封裝完整，方便私訊我們一起核對嗎？」',
        messages: {
          pass: '保持冷靜，沒有指控也沒有過度認錯。',
          'pass-evidence': '以可查證的事實或私下核對回應。',
          'fail-accusation': '指控留言者說謊、是酸民或同業。',
          'fail-threat': '威脅留言者。',
          'fail-grovel': '為未經證實的過失過度認錯。',
          'fail-incentive': '提出好處換取刪除留言。',
        },
      },
      ja: {
        name: '非難ではなく事実で',
        explanation:
          '事実無根や誇張された投稿には、記録・通話録音・出荷時の動画など検証できる事実で、落ち着いて対応し、個別の確認を申し出ましょう。規約違反の投稿はプラットフォームに報告できます。嘘つき・荒らし・競合呼ばわりや脅しは禁物、起きていない非を平謝りするのも避けます。',
        tip: '「出荷時の動画では梱包に問題は確認できませんでした。DMにて一緒に確認させていただけますか。」',
        messages: {
          pass: '非難も平謝りもせず、落ち着いて対応しています。',
          'pass-evidence': '検証できる事実や個別の確認に基づいています。',
          'fail-accusation': '投稿者を嘘つき・荒らし・競合などと非難しています。',
          'fail-threat': '投稿者を脅しています。',
          'fail-grovel': '証明されていない非を平謝りしています。',
          'fail-incentive': '投稿の削除と引き換えに何かを申し出ています。',
        },
      },
    },
  },
  {
    id: 'join-the-joke',
    weight: 2,
    sources: ['S4'],
    applies: (c) => !c.silent && c.persona === 'joking',
    text: {
      en: {
        name: 'Join the joke',
        explanation:
          'When a customer laughs at the brand, laugh with them. A good-natured reply wins the thread; a stiff, defensive or legalistic one makes the brand look humourless, and a joke at the customer\'s expense backfires.',
        tip: 'Play along with their image for one line, then add something useful if there is a real point behind the joke.',
        messages: {
          pass: 'Plays along good-naturedly.',
          'fail-stiff': 'Stiff, defensive or legalistic answer to a joke.',
          'fail-mockery': 'Jokes at the customer\'s expense.',
          'fail-flat': 'Does not play along with the joke.',
        },
      },
      'zh-TW': {
        name: '一起開玩笑',
        explanation:
          '顧客拿品牌開玩笑時，就跟著一起笑。親切幽默的回覆能贏得整串留言；生硬、防衛或搬出規定的回覆顯得沒幽默感，拿顧客開玩笑則會反彈。',
        tip: '先順著他的梗接一句，若玩笑背後有真問題，再補上實際的協助。',
        messages: {
          pass: '親切地接住了玩笑。',
          'fail-stiff': '用生硬、防衛或搬規定的方式回應玩笑。',
          'fail-mockery': '拿顧客開玩笑。',
          'fail-flat': '沒有接住顧客的玩笑。',
        },
      },
      ja: {
        name: 'ユーモアに乗る',
        explanation:
          'ブランドをネタにされたら、一緒に笑いましょう。気の利いた返しはスレッド全体を味方にします。堅苦しい・言い訳がましい・規約を持ち出す返信はユーモアのない印象を与え、お客様をからかう返しは逆効果です。',
        tip: 'まず一言ネタに乗ってから、冗談の裏に本当の不満があれば、役立つ情報を添えましょう。',
        messages: {
          pass: '好意的にユーモアに乗っています。',
          'fail-stiff': '冗談に対して堅苦しい、または言い訳がましい返信です。',
          'fail-mockery': 'お客様をからかっています。',
          'fail-flat': 'お客様のユーモアに乗っていません。',
        },
      },
    },
  },
  {
    id: 'thank-the-customer',
    weight: 1,
    sources: ['S3', 'S1'],
    applies: (c) => !c.silent && c.persona !== 'vague-rude',
    text: {
      en: {
        name: 'Thank the customer',
        explanation:
          'Thank the customer for the report, the feedback, the question or their patience: they took time to tell you. "Thanks for choosing us" and "we value your feedback" are filler, not thanks.',
        tip: 'Start with "Thanks for letting us know about…" and name what they reported.',
        messages: {
          pass: 'Thanks the customer for the report, feedback or patience.',
          fail: 'No thanks for the report, feedback or patience.',
          'fail-filler': 'Only filler thanks ("thanks for choosing us"), not thanks for what the customer did.',
        },
      },
      'zh-TW': {
        name: '感謝顧客',
        explanation:
          '感謝顧客回報、給意見、提問或耐心等候：他花了時間告訴你。「感謝您選擇我們」、「我們重視您的意見」只是套話，不算感謝。',
        tip: '開頭寫「謝謝您告訴我們……」，並說出他回報的事。',
        messages: {
          pass: '有感謝顧客的回報、意見或耐心。',
          fail: '沒有感謝顧客的回報、意見或耐心。',
          'fail-filler': '只有套話式的感謝，沒有感謝顧客實際做的事。',
        },
      },
      ja: {
        name: 'お客様に感謝する',
        explanation:
          'ご報告・ご意見・ご質問・お待ちいただいたことに感謝しましょう。お客様は時間を割いて伝えてくれています。「ご利用ありがとうございます」だけでは決まり文句で、感謝にはなりません。',
        tip: '「〜についてお知らせいただき、ありがとうございます」と、報告の内容に触れて書き始めましょう。',
        messages: {
          pass: 'ご報告・ご意見・お待ちいただいたことに感謝しています。',
          fail: 'ご報告やご意見への感謝がありません。',
          'fail-filler': '決まり文句の感謝だけで、お客様の行動への感謝になっていません。',
        },
      },
    },
  },
  {
    id: 'personal-touch',
    weight: 1,
    sources: ['S0', 'S3'],
    applies: (c) => !c.silent,
    text: {
      en: {
        name: 'Sound like a person',
        explanation:
          'People answer people. Sign with your own name or initials, or write in a clear first-person voice to this customer. A reply signed only by the company, or an obvious template, reads as a brush-off.',
        tip: 'Write "I" where you can, and sign off: "— Mei, customer care".',
        messages: {
          pass: 'A real person\'s voice: a name, initials or a first-person reply.',
          fail: 'Reads as the company\'s voice only, with no person behind it.',
          'fail-template': 'Reads as a canned template.',
        },
      },
      'zh-TW': {
        name: '展現真人溫度',
        explanation:
          '人願意回應的是人。署上自己的名字或縮寫，或以清楚的第一人稱「我」對這位顧客說話。只以公司名義、「小編」署名，或一眼就看出是範本的回覆，讀起來像敷衍。',
        tip: '能用「我」就用「我」，結尾署名，例如「客服 小美」。',
        messages: {
          pass: '有真人的聲音：署名、縮寫或第一人稱。',
          fail: '只有公司口吻，看不出是誰在回覆。',
          'fail-template': '讀起來像制式範本。',
        },
      },
      ja: {
        name: '人の顔が見える返信',
        explanation:
          '人は人に応えます。自分の名前やイニシャルで署名するか、このお客様に向けて「私」として書きましょう。会社名だけ、名前のない「担当者」、明らかなテンプレートは、突き放した印象になります。',
        tip: 'できるところは「私」で書き、「カスタマーサポート 佐藤」のように署名しましょう。',
        messages: {
          pass: '名前・イニシャル・一人称で、人の声が伝わります。',
          fail: '会社としての声だけで、誰が書いたのか見えません。',
          'fail-template': '定型文のように読めます。',
        },
      },
    },
  },
  {
    id: 'escalate',
    weight: 3,
    sources: ['S4', 'S1'],
    applies: (c) => !c.silent && c.needsEscalation,
    text: {
      en: {
        name: 'Escalate what is above you',
        explanation:
          'Legal threats, safety issues, large compensation and press enquiries go to a supervisor or specialist team. Say you are passing it on and when the customer will hear back; do not handle it alone or promise what only management can grant.',
        tip: '"I\'ve passed this to our product safety team; they will contact you by tomorrow noon."',
        messages: {
          pass: 'Passes it to the right team and says when the customer will hear back.',
          fail: 'Handles it alone instead of passing it to a supervisor or specialist team.',
          'fail-no-time': 'Passes it on but does not say when the customer will hear back.',
          'fail-management': 'Promises what only management can grant.',
        },
      },
      'zh-TW': {
        name: '超出權限就上呈',
        explanation:
          '法律威脅、安全問題、大額賠償與媒體詢問，都要交給主管或專責團隊。告訴顧客已轉交，以及何時會回覆；不要自己硬扛，也不要承諾只有主管能決定的事。',
        tip: '「我已將此事轉交產品安全團隊，他們會在明天中午前與您聯繫。」',
        messages: {
          pass: '轉交給合適的團隊，並說明何時回覆。',
          fail: '自己處理，沒有轉交主管或專責團隊。',
          'fail-no-time': '有轉交，但沒說何時會回覆顧客。',
          'fail-management': '承諾了只有主管才能決定的事。',
        },
      },
      ja: {
        name: '権限外はエスカレーション',
        explanation:
          '法的な警告、安全に関わる問題、高額な補償、報道関係の問い合わせは、上司や専門チームに引き継ぎます。引き継いだことと、いつ連絡するかを伝えましょう。一人で抱え込んだり、管理職にしか決められないことを約束したりしないこと。',
        tip: '「製品安全の担当部署に引き継ぎました。明日正午までに担当よりご連絡いたします。」',
        messages: {
          pass: '適切な部署に引き継ぎ、連絡の時期を伝えています。',
          fail: '上司や専門部署に引き継がず、一人で対応しています。',
          'fail-no-time': '引き継いでいますが、いつ連絡するかを伝えていません。',
          'fail-management': '管理職にしか決められないことを約束しています。',
        },
      },
    },
  },
  {
    id: 'three-c',
    weight: 3,
    sources: ['S3'],
    applies: (c) => !c.silent && c.crisis,
    text: {
      en: {
        name: 'Crisis: the 3 Cs',
        explanation:
          'A public crisis statement needs all three: Concern for the people affected, Clarify what happened and what is known, and the Course of action you are taking, with updates to follow.',
        tip: 'Write three short paragraphs: we are sorry and worried; here is what we know; here is what we are doing and when we will update.',
        messages: {
          pass: 'Concern, Clarify and Course of action are all there.',
          fail: 'Missing: {missing}.',
        },
      },
      'zh-TW': {
        name: '危機處理 3C',
        explanation:
          '公開的危機聲明三者缺一不可：關切（Concern）受影響的人、澄清（Clarify）發生什麼事與目前所知、行動（Course of action）說明正在做什麼，並持續更新。',
        tip: '寫三小段：我們很抱歉也很關心；目前已知的情況；我們正在做的事與下次更新的時間。',
        messages: {
          pass: '關切、澄清、行動三者都有。',
          fail: '缺少：{missing}。',
        },
      },
      ja: {
        name: '危機対応の3C',
        explanation:
          '公開の危機声明には三つすべてが必要です。影響を受けた方への配慮(Concern)、何が起きたか・何がわかっているかの説明(Clarify)、講じている対策(Course of action)と今後の報告です。',
        tip: '三段落で書きましょう。お詫びと気遣い、判明している事実、実施中の対応と次回の報告時期。',
        messages: {
          pass: '配慮・説明・対策の三つがそろっています。',
          fail: '不足: {missing}。',
        },
      },
    },
  },
  {
    id: 'respond-fast',
    weight: 2,
    sources: ['S3', 'S4', 'S0'],
    applies: (c) => c.elapsedMinutes !== undefined && !(c.silent && c.persona === 'vague-rude'),
    text: {
      en: {
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
      'zh-TW': {
        name: '快速回應',
        explanation:
          '在社群上發問的顧客期待一小時內得到回覆，超過之後不滿會迅速升高。在該管道的目標時間內回覆，就算第一則只是說明正在處理也好。',
        tip: '如果完整答覆需要時間，先發一則簡短回覆，並說明何時更新。',
        messages: {
          pass: '在 {elapsed} 分鐘後回覆，未超過 {target} 分鐘的目標。',
          fail: '在 {elapsed} 分鐘後才回覆；目標是 {target} 分鐘。',
          'fail-silence': '沒有回覆；目標是 {target} 分鐘。',
        },
      },
      ja: {
        name: '素早く返信する',
        explanation:
          'ソーシャルメディアで声を上げたお客様は1時間以内の返信を期待しており、それを過ぎると不満は急速に高まります。最初の返信が「確認中です」だけでも、チャネルの目標時間内に返しましょう。',
        tip: '回答に時間がかかる場合は、まず短く返信し、次の報告時期を伝えましょう。',
        messages: {
          pass: '{elapsed}分後に返信しました(目標{target}分以内)。',
          fail: '{elapsed}分後の返信です。目標は{target}分です。',
          'fail-silence': '返信がありません。目標は{target}分でした。',
        },
      },
    },
  },
];

/** Rules by id. */
export const RULES_BY_ID: Record<RuleId, RuleDef> = Object.fromEntries(RULES.map((r) => [r.id, r])) as Record<
  RuleId,
  RuleDef
>;

/** Names of the three Cs per UI language, for the `three-c` finding. */
export const THREE_C_PARTS: Record<Lang, { concern: string; clarify: string; course: string; sep: string }> = {
  en: { concern: 'Concern', clarify: 'Clarify', course: 'Course of action', sep: ', ' },
  'zh-TW': { concern: '關切', clarify: '澄清', course: '行動', sep: '、' },
  ja: { concern: '配慮', clarify: '説明', course: '対策', sep: '・' },
};
