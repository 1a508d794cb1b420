import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, isVerdict, type ReplyContext, type RuleId, type Verdict } from '../../../src/lib/scoring/contract.ts';
import { scoreReply } from '../../../src/lib/scoring/score-reply.ts';
import { assertedVerdicts } from './asserted-verdicts.ts';
import { zhTW } from '../../../src/lib/scoring/detectors/zh-TW.ts';
import { CUES } from '../../../src/lib/scoring/detectors/types.ts';

/** A public reply to an angry customer in Traditional Chinese, unless the case says otherwise. */
function reply(text: string, over: Partial<ReplyContext> = {}): ReplyContext {
  return { lang: 'zh-TW', persona: 'angry', channel: 'public', text, ...over };
}

const asserted = assertedVerdicts(import.meta.url);
/** A verdict this file asserts (kept as data for training, see asserted-verdicts.ts). */
function verdict(rule: RuleId, text: string, over: Partial<ReplyContext> = {}): Verdict {
  return asserted(reply(text, over), rule);
}

/** The evidence id the scorer gives for a rule. */
function evidence(rule: RuleId, text: string, over: Partial<ReplyContext> = {}): string | undefined {
  return scoreReply(reply(text, over)).findings.find((f) => f.rule === rule)?.evidence;
}

describe('zh-TW empathy', () => {
  it('counts a set-phrase apology, even when it cushions a refusal', () => {
    expect(verdict('empathy', '造成不便敬請見諒,特價品恕無法退貨。')).toBe('pass');
  });
  it('counts an acknowledgement of the experience', () => {
    expect(verdict('empathy', '收到破掉的杯子一定很失望,我們會補寄一個新的給您。')).toBe('pass');
  });
  it('rejects a conditional apology', () => {
    expect(verdict('empathy', '如果造成您不愉快,我們在此致歉。')).toBe('fail');
    expect(verdict('empathy', '若讓您感到不舒服,我們深感抱歉。')).toBe('fail');
  });
  it('rejects "sorry you feel that way"', () => {
    expect(verdict('empathy', '很遺憾您有這樣的感受,我們的流程都是這樣。')).toBe('fail');
  });
  it('treats 不好意思 / 唔好意思 as "excuse me" before a question', () => {
    expect(verdict('empathy', '不好意思,請問您是在哪一間門市購買的呢?', { persona: 'neutral' })).toBe('fail');
    expect(verdict('empathy', '唔好意思,想問你係邊間分店買㗎?', { persona: 'neutral' })).toBe('fail');
  });
  it('counts an intensified Cantonese apology', () => {
    expect(verdict('empathy', '等咗成個鐘仲要食凍嘢,真係好唔好意思。')).toBe('pass');
  });
});

describe('zh-TW under-promise', () => {
  it('reads 無法保證 / 唔敢保證 as hedges', () => {
    expect(verdict('under-promise', '我無法保證週五前一定到,但我會每天追蹤進度。')).toBe('pass');
    expect(verdict('under-promise', '我唔敢保證今次一定整得好,但會送去原廠檢測。')).toBe('pass');
  });
  it('fails a guarantee of an outcome or a time', () => {
    expect(verdict('under-promise', '我保證三天內一定修好寄回給您!')).toBe('fail');
    expect(verdict('under-promise', '以後絕對不會再發生這種情況。')).toBe('fail');
    expect(verdict('under-promise', '我哋100%保證聽日一定送到。')).toBe('fail');
  });
  it('passes a guarantee of effort or of a standing practice', () => {
    expect(verdict('under-promise', '我向您保證會親自盯這件事,今天先幫您退款。')).toBe('pass');
    expect(verdict('under-promise', '我們保證所有油品都是合格廠商供應,今天會調出油品紀錄檢查。')).toBe('pass');
  });
  it('passes a guarantee that is part of a joke', () => {
    expect(verdict('under-promise', '哈哈被您抓包了😂 下次保證讓您嚼到下巴痠~', { persona: 'joking' })).toBe('pass');
  });
  it('fails a frontline promise that only management can make', () => {
    expect(verdict('under-promise', '我這邊直接賠您十萬元並全額退款。', { needsEscalation: true })).toBe('fail');
  });
});

describe('zh-TW no-blame-shifting', () => {
  it('does not read 不是您的錯 as blame', () => {
    expect(verdict('no-blame-shifting', '這完全不是您的錯,是我們的網站價格標錯了,真的很抱歉。')).toBe('pass');
  });
  it('fails passive blame on the courier', () => {
    expect(verdict('no-blame-shifting', '很抱歉,您的包裹在運送過程中被物流弄丟了。')).toBe('fail');
  });
  it('fails blame on the system or a supplier', () => {
    expect(verdict('no-blame-shifting', '因為系統異常導致重複扣款,不是我們人為疏失。')).toBe('fail');
    expect(verdict('no-blame-shifting', '這批瑕疵是原廠製造的問題,我們也是受害者。')).toBe('fail');
  });
  it('fails blame on the customer, and counts it as arguing too', () => {
    const s = scoreReply(reply('是不是收貨時自己摔到了?'));
    expect(s.rules['no-blame-shifting']).toBe('fail');
    expect(s.rules['no-arguing']).toBe('fail');
  });
  it('passes a follow-up with a partner', () => {
    expect(verdict('no-blame-shifting', '包裹延誤是我們沒追蹤好,我會和物流公司確認後今天回覆您。')).toBe('pass');
  });
});

describe('zh-TW no-arguing and calm-tone', () => {
  it('fails 是您自己沒看清楚', () => {
    expect(verdict('no-arguing', '尺寸表都有標示,是您自己沒看清楚才會買錯。')).toBe('fail');
  });
  it('passes a clarification opened with thanks, and a plainly stated policy', () => {
    expect(verdict('no-arguing', '感謝您的提醒,讓我為您說明一下:滿千折百需要在結帳頁勾選優惠才會套用。')).toBe('pass');
    expect(verdict('no-arguing', '依照規定鑑賞期為七天,很抱歉沒辦法再退貨。')).toBe('pass');
  });
  it('fails a hostile retort in both rules', () => {
    const s = scoreReply(reply('不滿意建議您下次考慮別家喔。'));
    expect(s.rules['no-arguing']).toBe('fail');
    expect(s.rules['calm-tone']).toBe('fail');
  });
  it('fails sarcasm and full-width shouting', () => {
    expect(verdict('calm-tone', '謝謝指教喔,祝您有美好的一天呵呵。')).toBe('fail');
    expect(verdict('calm-tone', '請看公告!!!')).toBe('fail');
  });
});

describe('zh-TW take-private and protect-privacy', () => {
  it.each(['麻煩私訊小編', '請透過站內信告訴我', '請撥打客服專線', '請加入我們的LINE官方帳號', '可以inbox我哋', '麻煩PM我哋'])(
    'reads %s as an invitation to a private channel',
    (invite) => {
      expect(verdict('take-private', `很抱歉讓您久等了,${invite},我今天會回覆您。`)).toBe('pass');
    },
  );
  it('does not count "next time you are in the store"', () => {
    expect(verdict('take-private', '很抱歉讓您久等了,下次來店時直接找我。')).toBe('fail');
  });
  it('fails silence to an angry customer in public', () => {
    expect(verdict('take-private', '')).toBe('fail');
  });
  it('fails asking for an order number or phone in the public thread', () => {
    expect(verdict('protect-privacy', '請直接在下方留言您的訂單編號和手機號碼。')).toBe('fail');
    expect(verdict('protect-privacy', '麻煩直接留言您的電話跟地址,我們寄一份新的給您。')).toBe('fail');
  });
  it('passes asking for the same data through a private channel', () => {
    expect(verdict('protect-privacy', '麻煩私訊我們您的訂單編號,我會馬上查。')).toBe('pass');
  });
  it('passes the company hotline next to the invitation', () => {
    expect(verdict('protect-privacy', '麻煩撥打客服專線0800-123-456告訴我方便的時段。')).toBe('pass');
  });
  it('fails revealing the customer\'s data or linking another account', () => {
    expect(verdict('protect-privacy', '查到您的訂單已寄到台中市西屯區的地址,手機0912-345-678也有收到簡訊。')).toBe('fail');
    expect(
      verdict('protect-privacy', '您的帳號跟上週用另一個名字留負評的是同一個IP。', { persona: 'malicious' }),
    ).toBe('fail');
  });
});

describe('zh-TW no-review-incentive', () => {
  it('fails a refund traded for deleting the post', () => {
    expect(verdict('no-review-incentive', '只要刪文就退款給您。')).toBe('fail');
    expect(verdict('no-review-incentive', '只要你刪咗呢個post,我哋即刻全數退款俾你。')).toBe('fail');
  });
  it('fails a coupon for changing the rating', () => {
    expect(verdict('no-review-incentive', '改成五星就送您一張200元折價券喔~', { persona: 'neutral' })).toBe('fail');
  });
  it('passes a goodwill gesture not tied to the review', () => {
    expect(verdict('no-review-incentive', '很抱歉讓您久等,這次的運費我們全額退給您。')).toBe('pass');
  });
  it('passes a polite request to update the review after it is resolved', () => {
    expect(
      verdict('no-review-incentive', '很高興問題解決了!方便的話再麻煩您更新一下評論,完全不勉強喔。', { persona: 'neutral' }),
    ).toBe('pass');
  });
  it('does not count a traded refund as a concrete next step', () => {
    expect(verdict('concrete-next-step', '如果您願意把這則評論刪除,我們可以全額退費。')).toBe('fail');
  });
  it.each([
    '不用有壓力喔！😊 這只是我們給所有願意更新評論的顧客的小小謝禮，很多客人都很喜歡。200元購物金隨時等您領取。— 小美',
    '您好，我是店長。很多顧客在我們處理好問題後都會更新評價，我們也會送上一份小點心表達感謝，您方便的時候再說喔。',
  ])('fails a standing gift for those who update their review, however gently offered: %s', (text) => {
    expect(verdict('no-review-incentive', text, { persona: 'neutral' })).toBe('fail');
  });
  it('passes a treat offered for the trouble, with no review in sight', () => {
    expect(verdict('no-review-incentive', '讓您白跑一趟真的很抱歉，下次來店送上一份小點心表達歉意。— 店長 阿文')).toBe('pass');
  });
});

describe('zh-TW facts-not-accusations', () => {
  const malicious = { persona: 'malicious' as const };
  it.each([
    '又是這位奧客,每次來都要鬧。',
    '說謊不會臉紅嗎?',
    '一看就是競爭對手派來抹黑的。',
    '收了對手多少錢來洗負評?',
    '黑粉又嚟?',
  ])('fails the accusation %s', (text) => {
    expect(verdict('facts-not-accusations', text, malicious)).toBe('fail');
  });
  it('passes verifiable records and a report to the platform', () => {
    expect(
      verdict(
        'facts-not-accusations',
        '謝謝您提出來。我們的客服通話都有錄音,出貨也有全程錄影,我會調閱紀錄後私訊您;留言中的人身攻擊已依平台規範檢舉。',
        malicious,
      ),
    ).toBe('pass');
    expect(evidence('facts-not-accusations', '當天店內監視器全程都有紀錄,歡迎私訊我一起檢視。', malicious)).toBe(
      'zh-TW.evidence.records',
    );
  });
  it('fails grovelling for an unproven fault', () => {
    expect(verdict('facts-not-accusations', '全部都是我們的錯,我們罪該萬死,拜託您不要再生氣了。', malicious)).toBe('fail');
  });
});

describe('zh-TW join-the-joke', () => {
  const joking = { persona: 'joking' as const };
  it.each(['哈哈哈被您抓包了', '笑死,這張照片真的很有既視感', '這個比喻太狠了XD', '直升機降落都幾有氣勢🤣'])(
    'passes playing along: %s',
    (text) => {
      expect(verdict('join-the-joke', `${text},謝謝您的回饋!`, joking)).toBe('pass');
    },
  );
  it('fails a stiff, legalistic answer', () => {
    expect(verdict('join-the-joke', '依本公司規定,商品圖片僅供參考,實際以收到商品為準。', joking)).toBe('fail');
  });
  it('fails jokes at the customer', () => {
    expect(verdict('join-the-joke', '哈哈這位客人是不是味覺有問題?🤣', joking)).toBe('fail');
  });
});

describe('zh-TW personal-touch', () => {
  it.each(['我是客服小美,', '—阿明', '—店長 Kevin', '小編阿柚'])('passes a named signature: %s', (sig) => {
    expect(verdict('personal-touch', `很抱歉讓您久等了,已經幫您安排補寄。${sig}`)).toBe('pass');
  });
  it('fails a generic handle in the company voice', () => {
    expect(verdict('personal-touch', '很抱歉讓您久等了,私訊小編處理喔。')).toBe('fail');
  });
  it('passes a first-person voice under a generic handle', () => {
    expect(verdict('personal-touch', '我是小編,我今天會親自幫您追這筆訂單。')).toBe('pass');
  });
  it('fails a canned template', () => {
    expect(verdict('personal-touch', '親愛的顧客您好,您的意見本公司已收到,期待再次為您服務。')).toBe('fail');
  });
});

describe('zh-TW thanks and next steps', () => {
  it('counts 感謝您的寶貴意見 as thanks but not as a next step', () => {
    const s = scoreReply(reply('感謝您的寶貴意見,我們會持續努力改進!', { persona: 'neutral' }));
    expect(s.rules['thank-the-customer']).toBe('pass');
    expect(s.rules['concrete-next-step']).toBe('fail');
  });
  it('does not count thanks for choosing us', () => {
    expect(verdict('thank-the-customer', '謝謝您的支持,我們會繼續努力。')).toBe('fail');
  });
  it('reads Cantonese and Simplified thanks', () => {
    expect(verdict('thank-the-customer', '多謝你話俾我哋知,我會跟進。')).toBe('pass');
    expect(verdict('thank-the-customer', '谢谢您的反馈,我会私信您。')).toBe('pass');
  });
  it('passes a check with a time', () => {
    expect(verdict('concrete-next-step', '我會調閱當天的通話錄音逐段確認,週五前回覆您。')).toBe('pass');
  });
});

describe('zh-TW two-alternatives, escalate, three-c, engage-wisely', () => {
  it('passes an apology with two alternatives when the request cannot be granted', () => {
    const text = '很抱歉限量款已經售完,但可以提供兩個選擇:一是登記下週補貨的優先購買;二是改訂預購版並免運費。';
    expect(verdict('two-alternatives', text, { canGrant: false })).toBe('pass');
  });
  it('fails a single take-it-or-leave-it option', () => {
    const text = '很抱歉已經超過鑑賞期,沒辦法再辦理退貨。我們最多只能提供維修服務。';
    expect(verdict('two-alternatives', text, { canGrant: false })).toBe('fail');
  });
  it('passes a hand-off that says when the customer hears back, and fails one that does not', () => {
    const esc = { needsEscalation: true };
    expect(verdict('escalate', '這件事我已經轉交品保主管處理,主管會在今天下午5點前親自致電給您。', esc)).toBe('pass');
    expect(verdict('escalate', '已經幫您轉給主管處理了。', esc)).toBe('fail');
  });
  it('needs concern, clarification and a course of action in a crisis statement', () => {
    const crisis = { crisis: true };
    const full =
      '我們非常關心每一位身體不適的顧客。經初步調查,問題來自一批雞肉的冷藏溫度異常。我們已即日起暫停該店營業,檢驗結果出爐後第一時間公布。';
    expect(verdict('three-c', full, crisis)).toBe('pass');
    expect(verdict('three-c', '對於這次的事件我們感到非常抱歉,我們會全力配合調查。', crisis)).toBe('fail');
  });
  it('accepts silence or a short invitation to a vague insult, not a retort', () => {
    const rude = { persona: 'vague-rude' as const };
    expect(verdict('engage-wisely', '', rude)).toBe('pass');
    expect(verdict('engage-wisely', '你好,想了解多啲發生咩事,方便PM我哋講講嗎?', rude)).toBe('pass');
    expect(verdict('engage-wisely', '說我們爛總要有個理由吧?不要亂講話。', rude)).toBe('fail');
  });
});

describe('zh-TW does not over-read sincere replies', () => {
  it.each([
    '您才剛收到就壞了,真的很抱歉,我今天幫您換新。',
    '造成您誤會,非常抱歉,我來說明一下活動規則。',
    '我們根本沒有做好出貨檢查,這是我們的疏失,很抱歉。',
    '很抱歉多收了您的錢,差額今天會退回原卡。',
    '如果等不了的話,我可以直接幫您取消並全額退款。',
  ])('does not read %s as arguing or hostile', (text) => {
    const s = scoreReply(reply(text));
    expect(s.rules['no-arguing']).toBe('pass');
    expect(s.rules['calm-tone']).toBe('pass');
  });
  it('does not read a negator after a cue as negating it', () => {
    expect(verdict('facts-not-accusations', '說謊不會臉紅嗎?', { persona: 'malicious' })).toBe('fail');
  });
  it('does not read the company hotline as the customer\'s phone', () => {
    expect(verdict('protect-privacy', '很抱歉讓您久等,可以撥打我們的電話0800-123-456,我會親自接聽。')).toBe('pass');
  });
  it('does not take a tilde that ends a sentence for a signature', () => {
    expect(verdict('personal-touch', '感謝您的回饋~ 期待再次見到您', { persona: 'neutral' })).toBe('fail');
  });
  it('does not read 品質保證 as a promise', () => {
    expect(verdict('under-promise', '很抱歉讓您久等,這款有一年品質保證期,我會幫您安排送修。')).toBe('pass');
  });
  it('does not read checking with the courier as blame', () => {
    expect(verdict('no-blame-shifting', '很抱歉,我會和物流公司確認責任歸屬,明天前回覆您。')).toBe('pass');
  });
});

describe('zh-TW ideas beyond set phrases', () => {
  it('counts thanks addressed to the customer for what they did, not a bare sign-off', () => {
    expect(verdict('thank-the-customer', '謝謝阿華特地拍照給我們看,我會補寄一份。')).toBe('pass');
    expect(verdict('thank-the-customer', '謝謝您願意再給我們一次機會。')).toBe('pass');
    expect(verdict('thank-the-customer', '會幫您處理,謝謝您 😊')).toBe('fail');
    expect(verdict('thank-the-customer', '有問題請來電,謝謝合作。')).toBe('fail');
    expect(verdict('thank-the-customer', '謝謝小美再次光臨!')).toBe('fail');
  });
  it('fails guarantees of an outcome or a time, in several wordings', () => {
    expect(verdict('under-promise', '抱歉!這次 100% 不會再讓您失望了。')).toBe('fail');
    expect(verdict('under-promise', '很抱歉,師傅下午到,修完一定可以用。')).toBe('fail');
    expect(verdict('under-promise', '很抱歉,損失我們一定全額賠償。')).toBe('fail');
    expect(verdict('under-promise', '很抱歉,我沒辦法保證週五前到,但會每天幫您追。')).toBe('pass');
  });
  it('fails blame on a partner, a new staff member, circumstances or the customer, by the idea not the sentence', () => {
    for (const text of [
      '很抱歉,可能是快遞司機送件時壓到了。',
      '不好意思,她是新來的,還不太熟菜單。',
      '運費問題請您直接聯絡貨運公司詢問。',
      '很抱歉,今天下大雨又塞車,所以比較晚。',
      '可能是您保存不當,放在車上太久了。',
    ]) {
      expect(verdict('no-blame-shifting', text), text).toBe('fail');
    }
    expect(verdict('no-blame-shifting', '很抱歉,是我們出餐時拿錯了,不是外送夥伴的問題。')).toBe('pass');
  });
  it('does not read a sincere tip after an apology and a remedy as blaming the customer', () => {
    const text = '很抱歉讓您撲空!假日名額少,建議您下次提早三天預約,我也先幫您保留了週日下午的時段。';
    expect(verdict('no-blame-shifting', text)).toBe('pass');
    expect(verdict('no-arguing', text)).toBe('pass');
  });
  it('catches rebuttals and retorts phrased in new ways', () => {
    expect(verdict('no-arguing', '活動頁已清楚註明不能合併使用,請您結帳前先詳閱。')).toBe('fail');
    expect(verdict('no-arguing', '我們的店員不會這樣說話,是不是有什麼誤會?')).toBe('fail');
    expect(verdict('no-arguing', '我們有監視器,跟您說的完全不一樣。', { persona: 'malicious' })).toBe('fail');
    expect(verdict('calm-tone', '吃不慣就不要點嘛,沒人逼你。')).toBe('fail');
    expect(verdict('no-arguing', '如果中間有什麼誤會,我很樂意私訊說明,抱歉讓您不舒服。')).toBe('pass');
  });
  it('catches sarcasm and mock praise', () => {
    for (const text of ['喔是喔,真是辛苦您了呢。', '原來您是咖啡專家耶,失敬失敬。', '好啦好啦,會處理啦。', '您高興就好。']) {
      expect(verdict('calm-tone', text), text).toBe('fail');
    }
  });
  it('catches insinuations and pleas against a malicious poster', () => {
    const mal = { persona: 'malicious' as const };
    expect(verdict('facts-not-accusations', '錄音都在,真相是什麼,聽過的人都知道。', mal)).toBe('fail');
    expect(verdict('facts-not-accusations', '請勿顛倒是非。', mal)).toBe('fail');
    expect(verdict('facts-not-accusations', '您別生氣,我們退款,也請您不要貼到社團好嗎?', mal)).toBe('fail');
    expect(verdict('facts-not-accusations', '我們有出貨錄影,想私下和您一起核對,麻煩私訊我們。', mal)).toBe('pass');
  });
  it('does not treat a poster who threatens to sue as a threat from the shop', () => {
    expect(verdict('calm-tone', '看到您說要提告,很抱歉讓您這麼生氣,這件事我已轉給法務,明天回覆您。')).toBe('pass');
  });
  it('fails a benefit traded for a review, however it is worded', () => {
    expect(verdict('no-review-incentive', '幫我們在地圖留個五星好評,下次來就送你一杯紅茶喔!')).toBe('fail');
    expect(verdict('no-review-incentive', '只要您把這則貼文刪掉,我們馬上退您全額。')).toBe('fail');
    expect(verdict('no-review-incentive', '問題解決後,方便的話再更新一下評論,完全不勉強。')).toBe('pass');
  });
  it('fails asks for or mentions of personal data in public, not a DM ask', () => {
    expect(verdict('protect-privacy', '很抱歉,麻煩直接在這裡留一下訂單編號,我幫您查。')).toBe('fail');
    expect(verdict('protect-privacy', '很抱歉,方便告訴我們您的手機號碼嗎?')).toBe('fail');
    expect(verdict('protect-privacy', '很抱歉,請留意 0933 開頭的來電。')).toBe('fail');
    expect(verdict('protect-privacy', '很抱歉,麻煩私訊我們訂單編號,我幫您查。')).toBe('pass');
  });
  it('counts a change made for the customer, a gift for the problem and a store remedy as next steps', () => {
    expect(verdict('concrete-next-step', '很抱歉,已經幫您把取貨時間改到明天下午。')).toBe('pass');
    expect(verdict('concrete-next-step', '很抱歉,今天這碗算我的。')).toBe('pass');
    expect(verdict('concrete-next-step', '很抱歉,我另寄一份給您。')).toBe('pass');
  });
  it('reads a first offer followed by a second one as two alternatives', () => {
    const text = '很抱歉這雙已經沒有您的尺寸。我可以幫您調其他門市的貨,也可以先退款給您。';
    expect(verdict('two-alternatives', text, { canGrant: false })).toBe('pass');
    expect(verdict('two-alternatives', '很抱歉,已過期無法使用,可以改用購物金折抵。', { canGrant: false })).toBe('fail');
  });
  it('passes a hand-off whose time is written in Chinese numerals', () => {
    const esc = { needsEscalation: true };
    expect(verdict('escalate', '我已把案子交給客服經理,她明天上午十點前會打給您。', esc)).toBe('pass');
  });
  it('reads a bare name at the end as a signature, but not a closing word', () => {
    expect(verdict('personal-touch', '很抱歉,已經幫您退款。志明', { persona: 'neutral' })).toBe('pass');
    expect(verdict('personal-touch', '很抱歉,已經幫您退款。謝謝', { persona: 'neutral' })).toBe('fail');
    expect(verdict('personal-touch', '換作是我也會生氣,很抱歉,我們會退款。', { persona: 'neutral' })).toBe('fail');
  });
  it('finds what is known and what is being done in a crisis statement', () => {
    const text = '今早9點起部分門市刷卡機無法使用,現金與行動支付正常,原因工程師正在查,我們每 30 分鐘在粉專更新,造成不便很抱歉。';
    expect(verdict('three-c', text, { crisis: true, persona: 'neutral' })).toBe('pass');
  });
});

describe('zh-TW pack', () => {
  const entries = CUES.flatMap((cue) => zhTW.cues[cue].map((e) => ({ cue, ...e })));

  it('fills every cue', () => {
    for (const cue of CUES) expect(zhTW.cues[cue].length, cue).toBeGreaterThan(0);
  });
  it('has unique ids in the zh-TW namespace and shareable patterns', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) {
      expect(e.id).toMatch(/^zh-TW\.[a-z-]+\.[a-z0-9-]+$/);
      expect(e.pattern.flags).not.toMatch(/[gy]/);
      expect(e.note.length).toBeGreaterThan(0);
    }
  });
  it('stays fast on long hostile input', () => {
    const probes = [
      '哈'.repeat(20_000),
      '我會'.repeat(10_000),
      '保證'.repeat(10_000) + '!',
      '如果'.repeat(5_000) + '讓'.repeat(5_000) + '不便'.repeat(5_000),
      '謝謝您'.repeat(7_000),
      '—'.repeat(10_000) + 'a',
      '私訊'.repeat(5_000) + '留言您的'.repeat(3_000),
      '1'.repeat(20_000),
    ];
    for (const e of entries) {
      const started = performance.now();
      for (const p of probes) e.pattern.test(p);
      expect(performance.now() - started, e.id).toBeLessThan(500);
    }
  });
});

describe('zh-TW dev corpus', () => {
  const path = fileURLToPath(new URL('./corpus/zh-TW.dev.jsonl', import.meta.url));
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ReplyContext & { id: string; gold: Record<string, string> });

  it('has well-formed lines with a verdict for every rule', () => {
    expect(lines.length).toBeGreaterThanOrEqual(470);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    for (const l of lines) {
      expect(l.lang).toBe('zh-TW');
      for (const r of RULE_IDS) expect(isVerdict(l.gold[r]), `${l.id} ${r}`).toBe(true);
    }
  });

  it('reaches a macro-F1 of at least 0.97 on the fail class', () => {
    const tally = new Map<RuleId, { tp: number; fp: number; fn: number }>();
    for (const r of RULE_IDS) tally.set(r, { tp: 0, fp: 0, fn: 0 });
    for (const { gold, ...ctx } of lines) {
      const got = scoreReply(ctx).rules;
      for (const r of RULE_IDS) {
        const t = tally.get(r)!;
        const g = gold[r] === 'fail';
        const p = got[r] === 'fail';
        if (g && p) t.tp++;
        else if (p) t.fp++;
        else if (g) t.fn++;
      }
    }
    const f1s = [...tally.values()]
      .filter((t) => t.tp + t.fp + t.fn > 0)
      .map((t) => (t.tp === 0 ? 0 : (2 * t.tp) / (2 * t.tp + t.fp + t.fn)));
    const macro = f1s.reduce((a, b) => a + b, 0) / f1s.length;
    expect(macro).toBeGreaterThanOrEqual(0.97);
  });
});

describe('zh-TW ideas, not sentences', () => {
  it('reads full-width and half-width punctuation alike', () => {
    const half = '真的很抱歉,我會先幫您辦理全額退款,今天下班前回覆您。— 小美';
    const full = '真的很抱歉，我會先幫您辦理全額退款，今天下班前回覆您。— 小美';
    expect(scoreReply(reply(full)).rules).toEqual(scoreReply(reply(half)).rules);
    expect(verdict('empathy', '您好，300抽都沒抽到真的很令人沮喪😣 機率都公開在遊戲內。', { persona: 'neutral' })).toBe('pass');
  });
  it('fails belittling, mock politeness and put-downs on calm-tone', () => {
    for (const t of [
      '官網首頁就有寫外送範圍喔～這麼明顯的資訊找一下就有了呢😅',
      '真是辛苦您了，特地跑來留一星。',
      '說話請客氣一點，我們的員工也有尊嚴。',
      '這種小問題也值得發文嗎？',
      '謝謝您的「寶貴」評價，我們會銘記在心的～',
      '您這樣的客人我們真的見多了。',
    ])
      expect(verdict('calm-tone', t), t).toBe('fail');
  });
  it('reads laughter as mockery of an upset poster but as play with a joking one', () => {
    expect(verdict('calm-tone', '哈哈哈，等一下就到了啦，不要這麼急～')).toBe('fail');
    expect(verdict('calm-tone', '哈哈被你發現了，下次來店報暗號幫你加珍珠！', { persona: 'joking' })).toBe('pass');
  });
  it('fails "if you don\'t like it, don\'t come" in any wording', () => {
    for (const t of ['不喜歡可以不要玩。', '覺得貴可以不要來啊。', '不好吃就別來啊。', '呵呵，那您就繼續用您覺得好用的吧，慢走不送～'])
      expect(verdict('calm-tone', t, { persona: 'vague-rude' }), t).toBe('fail');
  });
  it('fails a defence of the brand to a vague insult', () => {
    for (const t of ['我們做了十五年，回頭客多到排隊，不是你一句話就能否定的。', '我們是合法售票平台，所有手續費都經過主管機關核准。', '我們的 Google 評價一直都是 4.8 顆星喔。'])
      expect(verdict('engage-wisely', t, { persona: 'vague-rude' }), t).toBe('fail');
    expect(verdict('engage-wisely', '您好，可以說說看是哪裡讓您不滿意嗎？我們很想知道。', { persona: 'vague-rude' })).toBe('pass');
  });
  it('fails explaining the complaint away, but not validating the feeling', () => {
    expect(verdict('no-arguing', '外帶杯本來就不是保溫杯，放久變冷很正常。')).toBe('fail');
    expect(verdict('no-arguing', '照片上的份量其實跟平常一樣，是拍攝角度的關係。')).toBe('fail');
    expect(verdict('no-arguing', '您說等了一小時，但我們的點餐紀錄顯示只有二十分鐘。')).toBe('fail');
    expect(verdict('no-arguing', '換作是我也會生氣，這很正常，真的很抱歉。')).toBe('pass');
  });
  it('fails asking for contact or order details in the thread, passes asking by DM', () => {
    expect(verdict('protect-privacy', '可以留一下聯絡方式嗎？我們再打給您。')).toBe('fail');
    expect(verdict('protect-privacy', '請在留言回覆您的購買日期與門市，我們會儘快處理。')).toBe('fail');
    expect(verdict('protect-privacy', '麻煩私訊我們訂單編號與聯絡電話，我今天內回覆您。')).toBe('pass');
  });
  it('fails revealing what the records say about the poster', () => {
    expect(verdict('protect-privacy', '系統顯示您上週二在信義店買的兩件洋裝已經退款 2,380 元。')).toBe('fail');
    expect(verdict('protect-privacy', '這位顧客上週五晚上 8 點來店，當時並沒有反映任何問題。', { persona: 'malicious' })).toBe('fail');
    expect(verdict('protect-privacy', '這位網友的 IG 帳號是 @abc123，大家可以去看看。', { persona: 'malicious' })).toBe('fail');
  });
  it('tells a guarantee of an outcome from vouching for a standing fact', () => {
    expect(verdict('under-promise', '這種事情以後不會再有了，請您放心。')).toBe('fail');
    expect(verdict('under-promise', '請放心，這次一定不會再出錯了！')).toBe('fail');
    expect(verdict('under-promise', '我們的產品經過SGS檢驗，每批都有報告，這點我們100%保證。', { persona: 'malicious' })).toBe('pass');
  });
  it('fails excuses that pin the harm on staff, partners or the customer', () => {
    expect(verdict('no-blame-shifting', '那天剛好尖峰時段，外場只有一位剛來兩週的同事，難免手忙腳亂。')).toBe('fail');
    expect(verdict('no-blame-shifting', '這是配送司機個人疏失，大樓代收屬於管理室的責任，本公司無法負責。')).toBe('fail');
    expect(verdict('no-blame-shifting', '鞋底脫膠通常是長時間泡水或曝曬造成的。')).toBe('fail');
    expect(verdict('no-blame-shifting', '不是我們的問題，請您自己跟銀行確認。')).toBe('fail');
    expect(verdict('no-blame-shifting', '是我們包裝沒做好，讓醬汁漏出來，真的很抱歉。')).toBe('pass');
  });
  it('passes a factual answer with specifics as a next step', () => {
    for (const t of [
      '你好，多謝查詢！運費滿 $300 免運，一般 2 至 3 個工作天送到。',
      '您好，登入App→「帳戶服務」→「外幣帳戶開立」約5分鐘即可完成。',
      '請您先將數據機重新開機試試看。',
      '本店週末不開放訂位，敬請見諒。',
    ])
      expect(verdict('concrete-next-step', t, { persona: 'neutral' }), t).toBe('pass');
    expect(verdict('concrete-next-step', '感謝您的寶貴意見，我們會轉給相關部門參考。', { persona: 'neutral' })).toBe('fail');
  });
  it('finds what is known in a crisis statement', () => {
    const text = '造成大家不便，我們深感抱歉。今天 09:10–11:05 因我們機房的供電異常，表單服務中斷約兩小時；資料並未遺失。我們正在加裝備援電源，改善報告會在本週五前公告。';
    expect(verdict('three-c', text, { persona: 'neutral', crisis: true })).toBe('pass');
    expect(verdict('three-c', '各位顧客，今天的斷水事件影響很多人，我們深感抱歉。', { persona: 'neutral', crisis: true })).toBe('fail');
  });
  it('reads a role and a name at the end as a signature, a bare role as none', () => {
    expect(verdict('personal-touch', '感謝您的來信詢問，若有問題可直接回信。\n\n康安人壽 客服部 林俊宏 敬上', { persona: 'neutral' })).toBe('pass');
    expect(verdict('personal-touch', '您好，我們深感抱歉，請私訊我們。\n仁心牙醫 櫃台')).toBe('fail');
    expect(verdict('personal-touch', '我們會調出紀錄，確認非您本人申請會全額退費。')).toBe('fail');
  });
  it('does not count asking the customer to understand as empathy', () => {
    expect(verdict('empathy', '同仁每天要服務上百位會員，還請您多多體諒喔～')).toBe('fail');
    expect(verdict('empathy', '如果讓您有不好的感受，我們深感抱歉。')).toBe('fail');
  });
  it('reads a gift offered as thanks for a review change as a trade', () => {
    expect(verdict('no-review-incentive', '可以把評論改成四星嗎？我們會再送您一張 100 元折價券當謝禮。')).toBe('fail');
    expect(verdict('no-review-incentive', '如果您願意把一星改掉，下次來我們招待您飲料。')).toBe('fail');
  });
});

/**
 * Ideas, not sentences: each row is a variant written in other words than the
 * replies the cue families were built from (backhanded praise, condescension,
 * "it is in the terms / we told you", partners and the customer's own setup
 * blamed, identities tied to the poster, concrete options, hand-offs, joke
 * guarantees, clarifications in a crisis).
 */
describe('zh-TW generalised cue families', () => {
  const GENERALISED: Array<[RuleId, Verdict, string, Partial<ReplyContext>]> = [
    ['calm-tone', 'fail', '相信您的品味一定非常講究呢😊', { persona: 'vague-rude' }],
    ['calm-tone', 'fail', '想必你眼光很高,我們這種小店就不勉強了。', { persona: 'vague-rude' }],
    ['calm-tone', 'fail', '你嘅口味真係好獨特。', { persona: 'vague-rude' }],
    ['calm-tone', 'fail', '開封後要冷藏,這是基本常識喔。', {}],
    ['calm-tone', 'fail', '若您之前沒有仔細閱讀,我們也可以理解。', {}],
    ['calm-tone', 'fail', '這些套路大家心知肚明。', { persona: 'malicious' }],
    ['calm-tone', 'fail', '我們會努力讓您以後也買得起的🙂', { persona: 'vague-rude' }],
    ['calm-tone', 'fail', '喝不起的話可以點小杯喔😜', { persona: 'joking' }],
    ['calm-tone', 'fail', '應該是您的味覺還沒開竅吧🤭', { persona: 'joking' }],
    ['no-arguing', 'fail', '謝謝您的意見,不過菜單上其實有註明「需加價」,點餐時店員也有提醒過您喔。', {}],
    ['no-arguing', 'fail', '合約上都有載明喔,請見諒。', {}],
    ['no-arguing', 'fail', '手續費並非專員未說明,申請書上已清楚標示。', {}],
    ['no-arguing', 'fail', '本店連續五年獲得評鑑第一,並非如你所說。', { persona: 'vague-rude' }],
    ['no-arguing', 'fail', '出餐前都有測溫,湯是冷的這種情況不太可能發生。', {}],
    ['no-arguing', 'fail', '不過還是想溫馨提醒,到貨天數只是預估喔~', {}],
    ['no-blame-shifting', 'fail', '這次是清潔承包商的排程延誤造成的,我們也已要求改善。', {}],
    ['no-blame-shifting', 'fail', '送錯地址是物流司機誤投,責任在他們。', {}],
    ['no-blame-shifting', 'fail', '斷線是因為電信商的機房故障,不是我們這邊的問題。', {}],
    ['no-blame-shifting', 'fail', '卡頓多半是用戶端的網路不穩造成的。', {}],
    ['no-blame-shifting', 'fail', '可能是您誤觸了自動續訂,麻煩再確認一下。', {}],
    ['no-blame-shifting', 'fail', '耳機沒聲音是因為您用的並非原廠充電器。', {}],
    ['join-the-joke', 'fail', '哈哈被你發現了😂 建議下次備註寫清楚一點,師傅才不會做錯喔～', { persona: 'joking' }],
    ['protect-privacy', 'fail', '我們查到您的會員帳號 amy_lin88 從沒下過單。', { persona: 'malicious' }],
    ['protect-privacy', 'fail', '你在 Threads 的帳號 @foodie.tw 我們也看到了。', { persona: 'malicious' }],
    ['protect-privacy', 'fail', '您的大頭貼跟隔壁店老闆的照片一模一樣。', { persona: 'malicious' }],
    ['protect-privacy', 'fail', '麻煩把手機末四碼跟合約編號丟在下面,我幫你查。', {}],
    ['protect-privacy', 'fail', '您當天 19:05 用信用卡付款的那筆餐點,我們有紀錄。', { persona: 'malicious' }],
    ['concrete-next-step', 'pass', '很抱歉,我會幫您寄一個新的杯子,明天出貨。', {}],
    ['concrete-next-step', 'pass', '唔好意思,我哋會安排聽日重新派送一次。', {}],
    ['concrete-next-step', 'pass', '很抱歉讓您多付了停車費,請私訊收據,我會全額補貼。', {}],
    ['concrete-next-step', 'pass', '很抱歉,這款無法退貨。不過有兩個方案:一是換成同價位的款式;二是折抵下次消費。', { persona: 'neutral', canGrant: false }],
    ['concrete-next-step', 'pass', '謝謝詢問!如果想要少冰,可以改選去冰的做法。', { persona: 'neutral' }],
    ['concrete-next-step', 'fail', '很抱歉讓您久等,維修時間本來就要看零件,我們會持續改進。', {}],
    ['escalate', 'pass', '我已將您的案件送交理賠小組,他們會在兩個工作天內致電您。', { needsEscalation: true }],
    ['escalate', 'pass', '我已經把賠償申請提交給營運副總,他會在週五前回覆您。', { needsEscalation: true }],
    ['under-promise', 'fail', '我們會賠償您的精神損失。', { needsEscalation: true }],
    ['under-promise', 'fail', '把單號私訊我,今天一定幫你辦好～', {}],
    ['under-promise', 'pass', '保證每一口都是滿滿的奶香,不過卡路里就不敢保證了XD', { persona: 'joking' }],
    ['empathy', 'pass', '聽到家裡淹水,最重要的是您跟家人都平安,我們會派人檢查。', { persona: 'malicious' }],
    ['empathy', 'fail', '謝謝您的反映,我們很重視每位顧客的意見。', { persona: 'neutral' }],
    ['three-c', 'pass', '很抱歉讓大家擔心。經第三方檢驗,只有一個批號有問題;我們已全面下架該批號並提供退費。', { crisis: true, persona: 'neutral' }],
    ['three-c', 'pass', '停電讓大家辛苦了。這次是雷擊造成變電箱跳脫,約 1,200 戶受影響,搶修班已經在現場,預計今晚 10 點前復電。', { crisis: true, persona: 'neutral' }],
    ['no-review-incentive', 'fail', '我哋想送你一張免費券。前提係你將呢個 post 刪咗。', {}],
    ['no-review-incentive', 'pass', '插座已經修好了,下次來我招待一杯咖啡。若您覺得放心了,也歡迎有空更新一下評論。', { persona: 'neutral' }],
    ['facts-not-accusations', 'fail', '請問您真的有住過我們民宿嗎?', { persona: 'malicious' }],
    ['facts-not-accusations', 'fail', '見你經常喺唔同專頁俾差評。', { persona: 'malicious' }],
    ['personal-touch', 'pass', '您好:\n我是客服部的林佳蓉,謝謝您來信。退費已在處理。\n林佳蓉 敬上', { persona: 'neutral', channel: 'private' }],
    ['engage-wisely', 'fail', '請問您真的有來用餐過嗎?不要亂留負評。', { persona: 'vague-rude' }],
    ['no-arguing', 'pass', '很抱歉,訂單本來就會附上收據,我今天補寄給您。', {}],
    ['calm-tone', 'pass', '相信您收到新品一定很高興,謝謝您的耐心。', {}],
  ];
  it.each(GENERALISED)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

/**
 * Recall families: the same ideas in other words than the replies they were
 * found in (doubting the customer's competence, belittling the amount, comparing
 * them with other customers, veiled threats, "you should have", counting the
 * records against them, partners and head office blamed, the customer's own
 * omission blamed, guarantees of a time, identifiers asked for or read out from
 * the records), with near misses that must pass.
 */
describe('zh-TW recall families', () => {
  const FAMILIES: Array<[RuleId, Verdict, string, Partial<ReplyContext>]> = [
    ['calm-tone', 'fail', '您的閱讀能力可能有待加強，說明書第一頁就寫了。', {}],
    ['calm-tone', 'fail', '建議您先學會怎麼用遙控器再來留言。', {}],
    ['calm-tone', 'fail', '你咁叻，不如自己煮啦。', {}],
    ['calm-tone', 'fail', '才一杯五十元的飲料，也值得你發這麼長的文？', {}],
    ['calm-tone', 'fail', '區區三十塊的運費，寫成小作文也太誇張了。', {}],
    ['calm-tone', 'fail', '其他顧客都吃得很滿意，就你意見特別多。', {}],
    ['calm-tone', 'fail', '係咪唔記得食藥？', {}],
    ['calm-tone', 'fail', '眼睛要不要先去給眼科看看？價錢明明寫在牌子上。', {}],
    ['calm-tone', 'fail', '我們的律師對你的留言也很有興趣喔。', {}],
    ['calm-tone', 'fail', '建議你先想清楚再發文。', {}],
    ['calm-tone', 'fail', '請不要再留言洗版了。', {}],
    ['calm-tone', 'fail', '真是太感謝您的「用心」評論了。', {}],
    ['calm-tone', 'fail', '您的中文理解能力真的讓人擔心。', {}],
    ['calm-tone', 'fail', '能用這個價錢住到海景房，已經算很幸運了。', {}],
    ['calm-tone', 'fail', '不用一直抱怨啦，下次早點來就好。', {}],
    ['calm-tone', 'fail', '唔好一直鬧啦，慳啲啦。', {}],
    ['calm-tone', 'pass', '設定的步驟其實不難，我一步一步陪您操作，也可以私訊我們約時間遠端協助。', {}],
    ['calm-tone', 'pass', '恭喜您成功預約！當天請提早十分鐘到櫃台報到。', { persona: 'neutral' }],
    ['calm-tone', 'pass', '請不要再留言公開您的電話，我們已經私訊您了。', {}],
    ['calm-tone', 'pass', '不如您親自來店裡試試新口味，我請您喝一杯。', { persona: 'joking' }],
    ['calm-tone', 'pass', '偏偏讓您在生日當天遇到這種事，真的很抱歉。', {}],
    ['calm-tone', 'pass', '加購與否請您自行斟酌，兩個方案都可以退換。', { persona: 'neutral' }],
    ['no-arguing', 'fail', '那並非事實，我們的雞蛋都是當天進貨。', {}],
    ['no-arguing', 'fail', '容我糾正您，會員價只限週三。', {}],
    ['no-arguing', 'fail', '您對退款規則的理解有偏差，運費本來就不退。', {}],
    ['no-arguing', 'fail', '您的說法太偏頗了，那天只有您一位反映。', {}],
    ['no-arguing', 'fail', '你講得好誇張，其實只係遲咗五分鐘。', {}],
    ['no-arguing', 'fail', '你一早應該睇清楚條款先啱。', {}],
    ['no-arguing', 'fail', '您當初應該先量好尺寸再下單才是。', {}],
    ['no-arguing', 'fail', '紀錄顯示您只等了二十分鐘，並沒有兩個小時。', {}],
    ['no-arguing', 'fail', '我們的司機當天根本沒有上班。', {}],
    ['no-arguing', 'fail', '大部分客人都知道要先取號。', {}],
    ['no-arguing', 'fail', '您確定真的有插電嗎？', {}],
    ['no-arguing', 'pass', '您說得沒錯，是我們沒有一一通知到，真的很抱歉，今天會補寄。', {}],
    ['no-arguing', 'pass', '我們並沒有一一通知到各位，這是我們的疏失。', {}],
    ['no-blame-shifting', 'fail', '房東那邊沒有處理好漏水，我們也很無奈。', {}],
    ['no-blame-shifting', 'fail', '這家是加盟店，售後服務不歸我們管。', {}],
    ['no-blame-shifting', 'fail', '退款時間不是門市可以決定的。', {}],
    ['no-blame-shifting', 'fail', '那張菜單不是我們印錯的，是廣告公司弄錯。', {}],
    ['no-blame-shifting', 'fail', '折扣係總部決定㗎，我哋門市都冇辦法。', {}],
    ['no-blame-shifting', 'fail', '因為週末人潮太多，出餐才會比較慢。', {}],
    ['no-blame-shifting', 'fail', '你落單時冇講要走冰，所以師傅先會照正常做。', {}],
    ['no-blame-shifting', 'fail', '應該是您的瀏覽器版本太舊，才會一直跳出錯誤。', {}],
    ['no-blame-shifting', 'pass', '您沒說錯，所以我們已經幫您退款了。', {}],
    ['no-blame-shifting', 'pass', '那天訂單暴增，是我們人力沒安排好，真的很抱歉。', {}],
    ['under-promise', 'fail', '兩天內就會修好，請放心。', {}],
    ['under-promise', 'fail', '明天絕對可以收到。', {}],
    ['under-promise', 'fail', '包你滿意，唔滿意全數退款。', {}],
    ['under-promise', 'fail', '以後每一批出貨都會萬無一失。', {}],
    ['under-promise', 'pass', '明天一定會回覆您查詢結果。', {}],
    ['under-promise', 'pass', '我們絕對能體會您的心情，今天會先幫您聯絡物流。', {}],
    ['under-promise', 'fail', '我直接全額負擔您的醫療費用和誤工損失。', { needsEscalation: true }],
    ['protect-privacy', 'fail', '請直接在下方回覆您的預約代號，我馬上查。', { sensitive: true }],
    ['protect-privacy', 'fail', '唔該喺度留低你張會員卡號碼。', { sensitive: true }],
    ['protect-privacy', 'fail', '麻煩把付款紀錄截圖貼到這篇留言下方。', { sensitive: true }],
    ['protect-privacy', 'fail', '您 5/20 晚上在中山店刷卡消費的那筆我們查到了。', { sensitive: true }],
    ['protect-privacy', 'fail', '您上週五下午在本診所看診時的狀況，醫師已經了解。', { sensitive: true }],
    ['protect-privacy', 'fail', '您是我們的鑽石卡會員，去年累積消費超過二十萬。', { sensitive: true }],
    ['protect-privacy', 'fail', '您用的是末四碼 5566 的那張卡。', { sensitive: true }],
    ['protect-privacy', 'fail', '您去年也取消過三次訂單。', { sensitive: true }],
    ['protect-privacy', 'pass', '請私訊我們您的預約代號，我馬上查。', { sensitive: true }],
    ['protect-privacy', 'pass', '查核結果明天會在這裡公布處理紀錄。', { sensitive: true }],
    ['protect-privacy', 'pass', '建議您先把貼文中的地址刪掉，我們已經私訊您。', { sensitive: true }],
    ['engage-wisely', 'fail', '我們開業二十年，這種批評實在無法接受。', { persona: 'vague-rude' }],
    ['engage-wisely', 'fail', '我哋點做都唔啱，咁只好咁啦。', { persona: 'vague-rude' }],
    ['engage-wisely', 'fail', '你到底在不滿什麼？', { persona: 'vague-rude' }],
    ['engage-wisely', 'pass', '開業十年第一次收到這樣的留言，想了解是哪裡讓您失望，方便私訊我們嗎？', { persona: 'vague-rude' }],
    ['empathy', 'fail', '很抱歉讓您這麼「難過」呢。', {}],
    ['empathy', 'fail', '如有服務不到位的地方，還請見諒。', {}],
    ['empathy', 'pass', '服務不到位讓您失望，真的很抱歉。', {}],
    ['concrete-next-step', 'pass', '很抱歉，我們明天寄出一支新的給您。', {}],
    ['concrete-next-step', 'pass', '我會先致電物流確認包裹位置，下班前回覆您。', {}],
    ['concrete-next-step', 'pass', '我們會把同批茶葉送檢驗中心化驗，結果出來通知您。', { persona: 'malicious' }],
    ['three-c', 'pass', '讓大家受驚了，我們深感抱歉。今晚工廠倉庫失火，火勢已受控，目前沒有人受傷。我們已暫停出貨並配合消防調查。', { persona: 'neutral', crisis: true }],
    ['three-c', 'pass', '對受影響的乘客我們非常抱歉。經查證，約三千名乘客的行程受影響。我們即日起加開接駁車。', { persona: 'neutral', crisis: true }],
    // Positive evidence in broader words: acknowledgement, next steps, hand-offs, alternatives, ownership, the three Cs.
    ['empathy', 'pass', '收到發霉的麵包，這絕不是我們想讓您吃到的東西。', {}],
    ['empathy', 'pass', '這次的住宿沒有符合您的期望，我們會檢討房務流程。', {}],
    ['empathy', 'pass', '真係好抱歉，呢次嘅體驗唔及你嘅預期。', {}],
    ['empathy', 'pass', '等了一小時才上菜，也難怪您會生氣。', {}],
    ['empathy', 'pass', '怪不得你咁嬲，換轉係我都會唔開心。', {}],
    ['empathy', 'pass', '換做任何人都會覺得不被尊重。', {}],
    ['empathy', 'pass', '結婚當天居然碰到這樣的狀況，我們會全力協助。', {}],
    ['empathy', 'pass', '看到照片，我哋都好痛心。', {}],
    ['empathy', 'pass', '寶寶在診所等了那麼久，您一定又累又心急。', {}],
    ['empathy', 'pass', '包裹延誤讓您感到很困擾，我們會追蹤進度。', {}],
    ['empathy', 'fail', '抱歉您這樣認為，但這是公司規定。', {}],
    ['empathy', 'fail', '若這次沒有達到您的期待，敬請見諒。', {}],
    ['empathy', 'fail', '如果您遇到這種問題，請撥打客服專線。', {}],
    ['concrete-next-step', 'pass', '設定方式：進入「帳戶」→ 關閉「自動續訂」就可以了。', { persona: 'neutral' }],
    ['concrete-next-step', 'pass', '可以咁樣做：喺設定入面撳「重設網絡」，再重新連線。', { persona: 'neutral' }],
    ['concrete-next-step', 'pass', '在「隱私設定」勾選「僅限好友」就不會被陌生人看到了。', { persona: 'neutral' }],
    ['concrete-next-step', 'pass', '您的訂位已經幫您改好了，週六晚上 7 點，四位。', { persona: 'neutral' }],
    ['concrete-next-step', 'pass', '下次療程已改到 5 月 8 日下午 2 點。', { persona: 'neutral' }],
    ['concrete-next-step', 'pass', '重複收的那筆款項已經刷退，約 7 天會出現在帳單上。', {}],
    ['concrete-next-step', 'pass', '唔好意思寫錯咗名，我哋重新做緊一個，今晚送到，唔使另外俾錢。', {}],
    ['concrete-next-step', 'pass', '辦理退保需要兩份文件：身分證影本和保單正本，收件後 5 個工作天內退款。', { persona: 'neutral' }],
    ['concrete-next-step', 'pass', '這罐奶粉開封後建議 4 週內喝完，未開封可保存 2 年。', { persona: 'neutral' }],
    ['concrete-next-step', 'pass', '房間的熱水器已經修好了，現在可以正常使用。', {}],
    ['concrete-next-step', 'pass', '漏扣的點數已經補進您的帳戶了。', {}],
    ['concrete-next-step', 'pass', '我哋今日已經換咗新嘅濾芯。', {}],
    ['concrete-next-step', 'pass', '我們週三下午會派人過去看看漏水的位置。', {}],
    ['concrete-next-step', 'pass', '我哋已經幫你退咗錢，三個工作天內會入返你張卡。', {}],
    ['concrete-next-step', 'pass', '這筆訂單我們改用宅配寄出，週四前會到。', {}],
    ['concrete-next-step', 'pass', '可以在 App 的「訂單查詢」看到即時進度。', { persona: 'neutral' }],
    ['concrete-next-step', 'pass', '這款有附 USB-C 充電線，盒子裡就有。', { persona: 'neutral' }],
    ['concrete-next-step', 'fail', '已經收到了，會再通知。', {}],
    ['concrete-next-step', 'fail', '謝謝反映，已記錄下來。', {}],
    ['concrete-next-step', 'fail', '我們會檢討，也會了解看看是哪裡出了問題。', {}],
    ['concrete-next-step', 'fail', '我哋會轉達俾相關部門跟進。', {}],
    ['concrete-next-step', 'fail', '很抱歉讓您失望，我們會檢討改進。', {}],
    ['escalate', 'pass', '這件事我已上報給區域主管，他會在週五前致電給您。', { needsEscalation: true }],
    ['escalate', 'pass', '我已經向店長報告，店長明天下午 3 點會親自打電話給您。', { needsEscalation: true }],
    ['escalate', 'pass', '我已經請法務專員介入，他們會在三個工作天內回覆您。', { needsEscalation: true }],
    ['escalate', 'pass', '我哋已經升級俾技術團隊處理，聽日中午前會覆你。', { needsEscalation: true }],
    ['escalate', 'fail', '我已經向主管報告了，請耐心等候。', { needsEscalation: true }],
    ['escalate', 'fail', '我會轉達給相關單位，謝謝。', { needsEscalation: true }],
    ['two-alternatives', 'pass', '很抱歉，這款已經售完。可以幫您預訂下一批，或改寄同系列的藍色款。', { persona: 'neutral', canGrant: false }],
    ['two-alternatives', 'pass', '很抱歉沒辦法改期。我們可以做的有兩件：幫您轉讓名額，或保留到下一梯次。', { persona: 'neutral', canGrant: false }],
    ['two-alternatives', 'pass', '唔好意思令你失望，呢個套餐已經停售。你可以揀新套餐，或者保留積分下次用。', { persona: 'neutral', canGrant: false }],
    ['two-alternatives', 'fail', '很抱歉，這款已經售完，或許下個月會再進貨。', { persona: 'neutral', canGrant: false }],
    ['two-alternatives', 'fail', '很抱歉，無法退款，只能換貨。', { persona: 'neutral', canGrant: false }],
    ['no-blame-shifting', 'pass', '外送員送錯地址，但外送是我們委託的，責任在我們，今天會重新送一份。', {}],
    ['no-blame-shifting', 'pass', '廠商出貨延誤，不過供應商是我們選的，我們會負起全部責任。', {}],
    ['no-blame-shifting', 'fail', '是平台那邊的問題，請您找平台客服。', {}],
    ['no-blame-shifting', 'fail', '扣款錯誤是系統自動扣錯的，我們也很無奈。', {}],
    ['no-blame-shifting', 'fail', '延誤是電腦系統造成的，並非同仁的疏失。', {}],
    ['no-blame-shifting', 'fail', '可能是您安裝時沒有鎖緊吧。', {}],
    ['no-blame-shifting', 'fail', '這是分店那邊的事，請您直接跟門市反映。', {}],
    ['three-c', 'pass', '造成大家不便，非常抱歉。原因：機房冷氣故障導致主機過熱，約 3 千名用戶無法登入，通話不受影響。工程師正在搶修，預計晚上 9 點前恢復。', { persona: 'neutral', crisis: true }],
    ['three-c', 'pass', '我們非常擔心受影響的旅客。目前有 12 位旅客出現不適，無人需要住院，原因仍在調查中。餐廳已暫停供餐，明早 10 點前會再更新。', { persona: 'neutral', crisis: true }],
    ['three-c', 'pass', '我哋好痛心，向所有受影響嘅乘客講聲對唔住。事故發生喺今朝 8 點，有3名乘客受傷。涉事路線已暫時改道，今晚會再更新。', { persona: 'neutral', crisis: true }],
    ['three-c', 'pass', '讓大家擔心了，真的很抱歉。經內部調查，問題集中在 3 月生產的批次，其他批次未發現同樣問題。我們已全面下架並開放退貨。', { persona: 'neutral', crisis: true }],
    ['three-c', 'pass', '讓大家受驚了，非常抱歉。昨晚 9 點到 10 點，因變電箱故障而停電，約 2 千戶受影響。台電已完成搶修，我們每天都會在這裡更新。', { persona: 'neutral', crisis: true }],
    ['three-c', 'fail', '對於今晚停電造成大家不便，非常抱歉。搶修人員已經出發，會盡快恢復供電。', { persona: 'neutral', crisis: true }],
    ['three-c', 'fail', '我們深感抱歉，事件發生後已立即停用所有機台，調查結果會在週五前公告。', { persona: 'neutral', crisis: true }],
    ['three-c', 'fail', '對這次意外我們非常難過，已成立專案小組處理。', { persona: 'neutral', crisis: true }],
    ['three-c', 'fail', '很抱歉，原因尚在調查中，我們會持續努力。', { persona: 'neutral', crisis: true }],
    // A vague insult answered by defending the product, or by refusing it, instead of inviting specifics.
    ['engage-wisely', 'fail', '我們的牛肉麵湯頭熬足八小時，品質向來有保障。', { persona: 'vague-rude' }],
    ['engage-wisely', 'fail', '口味因人而異，但我們對自家出品非常有信心。', { persona: 'vague-rude' }],
    ['engage-wisely', 'fail', '好多熟客都好支持我哋，多謝關心。', { persona: 'vague-rude' }],
    ['engage-wisely', 'fail', '這種留言對我們的店員非常不公平。', { persona: 'vague-rude' }],
    ['engage-wisely', 'fail', '沒有具體內容的批評，我們恕難回應。', { persona: 'vague-rude' }],
    ['engage-wisely', 'pass', '不好意思讓您有不好的感受，方便說說是哪裡不滿意嗎？', { persona: 'vague-rude' }],
    ['engage-wisely', 'pass', '我們很重視品質，如果有哪道菜不合口味，歡迎私訊告訴我們。', { persona: 'vague-rude' }],
  ];
  it.each(FAMILIES)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('zh-TW constructions trainees actually type', () => {
  // Each idea in a few wordings of its own, with a near miss that must stay clean.
  const CONSTRUCTIONS: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    // Doubting the poster or citing the crowd instead of answering: arguing and sneering at once.
    ['calm-tone', 'fail', '本店Google評價有4.7顆星，還是您其實沒來過？', {}],
    ['no-arguing', 'fail', '我們門市每天上百位客人都很滿意，是不是您走錯店了？', {}],
    ['calm-tone', 'fail', '嫌貴的話，附近還有不少店家可以選擇喔～', { persona: 'neutral' }],
    ['no-arguing', 'fail', '評分有目共睹，懂的人都懂。', { persona: 'vague-rude' }],
    ['engage-wisely', 'fail', '你好，我哋間餐廳好多熟客，唔知你係咪搵錯餐廳？', { persona: 'vague-rude' }],
    ['calm-tone', 'pass', '謝謝您的建議，附近停車場的位置我們整理在官網，方便您參考。', { persona: 'neutral' }],
    // The insult or the complaint handed back as a jab.
    ['calm-tone', 'fail', '你的評論邏輯好像有點問題喔 😅', { persona: 'vague-rude' }],
    ['calm-tone', 'fail', '訂單量大請耐心等候，一直催也不會比較早出貨喔！', {}],
    ['calm-tone', 'fail', '哈哈那台車可能不適合你的程度啦😂', { persona: 'joking' }],
    ['calm-tone', 'fail', '我們的手沖咖啡可能太專業了，下次建議點拿鐵。', { persona: 'neutral' }],
    ['calm-tone', 'fail', '會員專屬優惠只給會員，想要的話歡迎多辦幾張卡喔。', { persona: 'neutral' }],
    ['calm-tone', 'pass', '很抱歉讓您久等，您一直詢問進度我們完全理解，今天下午會回覆您出貨時間。', {}],
    // A rebuttal dressed as clarification, a "it's all written there", a denial that the product is at fault.
    ['no-arguing', 'fail', '跟您澄清一下，紀錄顯示您是過了截止時間才取消，所以才會收取手續費。', {}],
    ['no-arguing', 'fail', '停車費用在門口公告都寫得很清楚囉。', { persona: 'neutral' }],
    ['no-arguing', 'fail', '畫面延遲是您家中路由器設定所致，並非本產品品質問題。', {}],
    ['no-arguing', 'fail', '我們所有的技師都是持有合格證照的，請您放心。', { persona: 'vague-rude' }],
    ['no-arguing', 'pass', '謝謝您的提醒，停車費用的規定公告在門口與官網，造成困擾很抱歉。', { persona: 'neutral' }],
    // A question that hints the customer skipped a step.
    ['no-blame-shifting', 'fail', '想請問您是否有按照說明書先充滿電呢？很多問題其實出在這裡。', {}],
    ['no-blame-shifting', 'fail', '請問您使用時有定期清潔濾網嗎？', {}],
    ['no-blame-shifting', 'pass', '請問您方便告訴我們機型嗎？我們會安排技師檢查。', {}],
    // A cause stated with no owner.
    ['no-blame-shifting', 'fail', '安裝是合作廠商負責，他們人手比較不足，所以才延後。', {}],
    ['no-blame-shifting', 'fail', '因為中秋節禮盒訂單突然暴增，出貨才會延遲。', {}],
    ['no-blame-shifting', 'fail', '經查是系統在更新後出現了扣款異常，款項會退回。', {}],
    ['no-blame-shifting', 'pass', '延遲是我們排班沒有預估好人力，這是我們的責任，明天會優先出貨。', {}],
    // Describing the poster's own transaction in public.
    ['protect-privacy', 'fail', '幫您查了，您上週訂購的金額是$1,980，已經出貨囉。', { persona: 'neutral' }],
    ['protect-privacy', 'fail', '林先生您 3/12 在信義店買的那台咖啡機，保固還有半年。', { persona: 'neutral' }],
    ['protect-privacy', 'fail', '你訂嘅係雙人房，8月3號入住，已經幫你確認咗。', { persona: 'neutral' }],
    ['protect-privacy', 'fail', '包裹已經送到板橋那個地址了，請再確認一下。', { persona: 'neutral' }],
    ['protect-privacy', 'pass', '謝謝您的詢問，方便私訊告訴我們您買的是哪一款嗎？我來幫您查保固。', { persona: 'neutral' }],
    ['protect-privacy', 'pass', '謝謝您的留言～ 本店滿千元就免運，還有問題歡迎私訊。', { persona: 'neutral' }],
    // Hinting by coincidence that the poster works for a rival.
    ['facts-not-accusations', 'fail', '這類留言總是在隔壁新店開幕時出現，相信大家心中自有判斷。', { persona: 'malicious' }],
    ['facts-not-accusations', 'fail', '負評剛好都在附近同業週年慶期間出現。我們的食材都有進貨單。', { persona: 'malicious' }],
    ['facts-not-accusations', 'pass', '謝謝您告訴我們，本店每批食材都有進貨單與溫度紀錄，歡迎私訊用餐日期讓我們核對。', { persona: 'malicious' }],
    // Concrete remedies that are not refunds.
    ['concrete-next-step', 'pass', '很抱歉讓您失望，我們會寄一盒新的試吃組給您，請私訊收件方式。', {}],
    ['concrete-next-step', 'pass', '很抱歉，瘀青沒退的話歡迎回來，我們免費幫您檢查。', {}],
    ['concrete-next-step', 'pass', '很抱歉造成困擾，您的課程可以轉至台北教室使用，權益不變。', { persona: 'neutral' }],
  ];
  it.each(CONSTRUCTIONS)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('zh-TW subtle flaws and unusual good replies', () => {
  // Each idea in wordings of its own, with near misses that must stay clean.
  const SUBTLE: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    // Understanding or regret named with what the customer went through is empathy; regretting the feeling is not.
    ['empathy', 'pass', '我們明白退款拖了這麼久的無奈,今天會先幫您確認進度。', {}],
    ['empathy', 'pass', '很遺憾聽到您碰到這樣的狀況,我們會查清楚。', {}],
    ['empathy', 'pass', '戴了一整天一定不太好受,我們會寄較寬的款式給您。', { persona: 'neutral' }],
    ['empathy', 'pass', '確實是我們的停車位太少,週末會加派人員引導。', { persona: 'neutral' }],
    ['empathy', 'fail', '很遺憾您有這種想法,本店一向照規定辦理。', {}],
    // The complaint explained away as perception, dismissed as normal, or corrected.
    ['no-arguing', 'fail', '可能是拍照角度讓您覺得份量比較少,我們每份都有秤重。', { persona: 'neutral' }],
    ['no-arguing', 'fail', '我們的櫃檯人員應該不會出現這種態度的情況。', {}],
    ['no-arguing', 'fail', '您收到的確實是黑色款,而不是深藍色喔。', {}],
    ['no-arguing', 'fail', '假日排隊要等半個鐘都係正常嘅,平日嚟就唔使等。', { persona: 'neutral' }],
    ['no-arguing', 'fail', '我們的好評率高達 98%,請再給我們一次機會。', {}],
    ['no-arguing', 'fail', '下次點餐前可以看清楚菜單上的辣度標示。', { persona: 'neutral' }],
    ['no-arguing', 'fail', '說話請有點禮貌,我們才好幫您處理。', { persona: 'vague-rude' }],
    ['no-arguing', 'pass', '確實是我們包裝不夠仔細,不是您的問題,今天會補寄。', {}],
    ['no-arguing', 'pass', '下次我們出貨前會多注意包裝,這次先幫您換新。', {}],
    // Talking down to the poster is not calm, even without a rude word.
    ['calm-tone', 'fail', '充電器要用原廠的,這算是最基本的使用常識。', { persona: 'neutral' }],
    ['calm-tone', 'fail', '你真係好閒喎,日日嚟留言。', { persona: 'vague-rude' }],
    ['calm-tone', 'fail', '麻煩先查清楚再來罵好嗎?', {}],
    ['calm-tone', 'pass', '謝謝您的提醒,充電器的使用方式我們會在說明書寫得更清楚。', { persona: 'neutral' }],
    // A "usually" cause on the customer's side or the machine, or "not our problem", is blame.
    ['no-blame-shifting', 'fail', '麵包發霉通常跟保存方式有關,建議放冷凍。', { persona: 'neutral' }],
    ['no-blame-shifting', 'fail', '扣款失敗多半是系統風控機制判定的,請再試一次。', {}],
    ['no-blame-shifting', 'fail', '停車場收費不是我們門市的問題,請洽管理處。', {}],
    ['no-blame-shifting', 'fail', '紀錄表示是由您本人在App上按下確認的。', {}],
    ['no-blame-shifting', 'pass', '麵包發霉是我們包裝密封沒做好,今天就幫您退款。', { persona: 'neutral' }],
    // The poster's account, order number or dated service named in public.
    ['protect-privacy', 'fail', '樓主的遊戲帳號「月光貓」昨天有登入紀錄喔。', { persona: 'malicious' }],
    ['protect-privacy', 'fail', '睇返你張單 #A1234567,已經寄出咗。', { persona: 'neutral' }],
    ['protect-privacy', 'fail', '你 8月3號 報名的課程已經改期。', { persona: 'neutral' }],
    ['protect-privacy', 'fail', '物流紀錄顯示 5/9 晚上已送達並簽收。', { persona: 'neutral' }],
    ['protect-privacy', 'fail', '把會員編號和電話留言在下面,小編幫你查。', { persona: 'neutral' }],
    ['protect-privacy', 'pass', '我們的 LINE 官方帳號「好食光」可以直接私訊,我會幫您查。', { persona: 'neutral' }],
    ['protect-privacy', 'pass', '麻煩私訊小編您的訂單編號,我們幫您查配送進度。', { persona: 'neutral' }],
    // A step with its own deadline, a chase, or records sent over is a next step.
    ['concrete-next-step', 'pass', '謝謝反映,缺的配件我們禮拜五前補寄。', { persona: 'neutral' }],
    ['concrete-next-step', 'pass', '抱歉久等,退款會在 7 個工作天內處理完成。', {}],
    ['concrete-next-step', 'pass', '抱歉讓你久等,我幫你催一下倉庫。', {}],
    ['concrete-next-step', 'pass', '謝謝告知,我們會把出貨影片傳給您核對。', { persona: 'malicious' }],
    ['concrete-next-step', 'fail', '謝謝您的意見,我們會持續努力。', {}],
  ];
  it.each(SUBTLE)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('zh-TW ideas from the sixth independent corpus (dev-f)', () => {
  // Each idea in wordings of its own (none copied from a corpus), with near misses that must stay clean.
  const M: Partial<ReplyContext> = { persona: 'malicious' };
  const N: Partial<ReplyContext> = { persona: 'neutral' };
  const J: Partial<ReplyContext> = { persona: 'joking' };
  const CRISIS: Partial<ReplyContext> = { crisis: true };
  const ROUND_F: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    // A partner named as the one who slipped, with nothing that owns it.
    ['no-blame-shifting', 'fail', '很抱歉，這次是合作廠商忘記更新庫存，才會讓您白跑一趟。', {}],
    ['no-blame-shifting', 'fail', '真的不好意思，配送員漏送了一袋，我們已經反映給物流。', {}],
    ['no-blame-shifting', 'fail', '抱歉久等，因為原廠交貨延誤，新品要下個月才會到。', N],
    ['no-blame-shifting', 'fail', '停水是管理處臨時調整了水塔的清洗時間，造成不便請見諒。', {}],
    ['no-blame-shifting', 'fail', '唔好意思，係外送小哥送錯咗地址，我哋會幫你重新安排。', {}],
    ['no-blame-shifting', 'pass', '是我們委託的廠商漏做保養，這是我們的責任，今天就派人修好。', {}],
    ['no-blame-shifting', 'pass', '很抱歉讓您久等，我們正在加緊處理，明天下午前回覆您進度。', {}],
    // A cause given with no owner, or put on another team or on circumstances.
    ['no-blame-shifting', 'fail', '經確認為伺服器維護期間的權限設定錯誤所致，請重新登入。', {}],
    ['no-blame-shifting', 'fail', '母親節前訂單暴增所以延遲了，還請耐心等候。', {}],
    ['no-blame-shifting', 'fail', '退費流程需要會計部門審核，請您再等等。', {}],
    ['no-blame-shifting', 'fail', '要怪就怪今年颱風特別多啦，我們也很無奈。', {}],
    ['no-blame-shifting', 'pass', '您的包裹目前在轉運中心，我今天會請倉庫改派專車送過去。', {}],
    ['no-blame-shifting', 'pass', '重複扣款是我們結帳系統設定錯誤造成的，非常抱歉，款項三天內退回。', {}],
    // "Not our problem" after a named cause disowns the harm: blame, not a flat contradiction.
    ['no-blame-shifting', 'fail', '延誤是因為航管流量管制，並非我們這邊的問題。', {}],
    ['no-arguing', 'pass', '延誤是因為航管流量管制，並非我們這邊的問題。', {}],
    ['no-arguing', 'pass', '斷線是由於上游電信商的線路故障，不是我們的問題喔。', {}],
    ['no-arguing', 'fail', '這不是我們的問題，請您自行聯絡發卡銀行。', {}],
    ['join-the-joke', 'fail', '哈哈那天是雲端主機扛不住，不是我們的問題喔😅', J],
    ['engage-wisely', 'fail', '網站當機是平台商故障造成，不是我們的錯。', { persona: 'vague-rude' }],
    // The records read as the customer's own doing, or a probable cause put on what they entered.
    ['no-blame-shifting', 'fail', '系統紀錄顯示是您本人授權的扣款，因此無法退回。', {}],
    ['no-arguing', 'fail', '申請書上有您本人的簽名，方案變更已經生效。', {}],
    ['no-blame-shifting', 'fail', '可能是下單時地址沒有填寫完整，包裹才被退回。', {}],
    ['no-blame-shifting', 'fail', '應該是報名時電話未正確輸入，所以沒收到通知簡訊。', N],
    ['no-arguing', 'pass', '目前查無您的預約紀錄，方便私訊預約時間給我，我幫您逐筆核對。', {}],
    // The harm put down to the customer's skin, usage or device.
    ['no-blame-shifting', 'fail', '紅疹通常與您的膚質相關，建議停用。', {}],
    ['no-blame-shifting', 'fail', '這期帳單較高，主要是暖氣使用量增加的關係。', {}],
    ['no-blame-shifting', 'fail', '訊號不穩的話，您應該換一台新的路由器。', {}],
    ['no-blame-shifting', 'pass', '每個人體質不同，用之前可以先問問醫師，我也可以私訊成分表給您。', N],
    ['no-blame-shifting', 'pass', '電費突然變高一定很擔心，我會請同仁幫您檢查電表讀數。', {}],
    // The records held up emphatically against the customer's account.
    ['no-arguing', 'fail', '經查系統根本沒有您的退貨申請紀錄，請勿隨意指控。', {}],
    ['no-arguing', 'fail', '我們確實沒有你的訂位資料，當天也沒有接到來電。', {}],
    ['no-arguing', 'fail', '門市並沒有您的任何消費紀錄喔。', M],
    ['no-arguing', 'pass', '目前還找不到對應的訂單，可以私訊付款截圖給我們核對嗎？', M],
    // A correction framed as the customer's misunderstanding, or a reminder that it was all said before.
    ['no-arguing', 'fail', '店員的意思應該是讓您誤解了，他只是提醒用餐時間。', {}],
    ['no-arguing', 'fail', '可能是公告的文字令你有所誤會，優惠只限平日。', {}],
    ['no-arguing', 'fail', '正如之前已經回覆過的，補償方案不會變更。', {}],
    ['no-arguing', 'fail', '如同稍早說明，退款需要七個工作天。', {}],
    ['no-arguing', 'pass', '是我們的標示寫得不清楚，很抱歉造成誤會，今天就會修正。', {}],
    // The complaint declared a normal attribute of the product, or denied outright.
    ['no-arguing', 'fail', '牛排切開帶粉紅色是正常的熟度，請放心食用。', {}],
    ['no-arguing', 'fail', '這個色差屬正常的顏色範圍，不影響使用。', {}],
    ['no-arguing', 'fail', '店員只是介紹新方案，並非推銷。', {}],
    ['no-arguing', 'fail', '我們寄出的是全新品，絕對不是翻新機。', {}],
    ['no-arguing', 'pass', '術後輕微紅腫屬常見的恢復過程，回診評估免費，請私訊預約。', {}],
    // The standard recipe held up against what the customer got.
    ['no-arguing', 'fail', '我們的配料都是依照標準配方加的喔。', J],
    ['no-arguing', 'fail', '肉量一律按 SOP 秤重，每份都一樣。', {}],
    ['no-arguing', 'fail', '甜度係跟足標準，每杯都相同。', {}],
    ['no-arguing', 'pass', '份量不夠真的很抱歉，我會請店長確認當天的出餐流程。', {}],
    // A lecture on where the customer should have complained, or on reading the pack.
    ['no-arguing', 'fail', '有問題請循正常管道反映，不要動不動就在臉書上發文。', M],
    ['no-arguing', 'fail', '請勿直接在 Google 上留言批評，請依正式程序申訴。', {}],
    ['no-arguing', 'fail', '這款需冷藏保存，請先詳閱產品標示。', {}],
    ['no-arguing', 'pass', '退換貨辦法都在官網，詳細可參閱條款第 7 條，我也可以私訊連結給您。', N],
    // Forbearance asked for a harm framed as unavoidable is an excuse, not an apology.
    ['empathy', 'fail', '假日人潮多，出餐難免比較慢，敬請見諒。', {}],
    ['empathy', 'fail', '新系統上線難免有些不穩，請大家多多體諒。', {}],
    ['empathy', 'fail', '雨天配送延誤在所難免，還請包涵。', {}],
    ['empathy', 'pass', '讓您等這麼久，造成您的不便，敬請見諒，我們今天會加派人手。', {}],
    // Thanks for support and patience still thanks the patience.
    ['thank-the-customer', 'pass', '感謝您的支持和耐心，補發的點數已經入帳。', {}],
    ['thank-the-customer', 'pass', '謝謝大家的支持與體諒，明天起恢復正常營業。', {}],
    ['thank-the-customer', 'pass', '多謝你嘅支持同耐心，新貨聽日到。', {}],
    ['thank-the-customer', 'fail', '謝謝您的支持，期待再次光臨。', {}],
    // Thanks for something the customer said, put in scare quotes, is mock gratitude.
    ['calm-tone', 'fail', '感謝您提供的「獨家爆料」，我們會參考的。', M],
    ['calm-tone', 'fail', '謝謝你的『專業建議』喔。', {}],
    ['calm-tone', 'fail', '多謝你嘅「高見」。', { persona: 'vague-rude' }],
    ['calm-tone', 'pass', '謝謝您的提醒，我們已經更新官網的「營業時間」頁面。', N],
    // The joke turned on the customer's mind or gear.
    ['calm-tone', 'fail', '建議您去測一下智商再來留言喔😂', J],
    ['join-the-joke', 'fail', '看來您該換一副新眼鏡了吧～', J],
    ['calm-tone', 'fail', '您的記憶力好像不太好耶😆', J],
    ['join-the-joke', 'pass', '哈哈被您抓包了😂 我們會請工程師把登入流程變簡單一點！', J],
    // Admitting or punishing an unproven fault to a malicious poster.
    ['facts-not-accusations', 'fail', '非常抱歉，我們會立即將那位店員停職處理。', M],
    ['facts-not-accusations', 'fail', '這完全是本店的重大疏失，我們願意賠償您的精神損失。', M],
    ['facts-not-accusations', 'fail', '我們已經和該司機終止合作，請您原諒。', M],
    ['facts-not-accusations', 'pass', '謝謝您告訴我們，我會調閱當天的外送紀錄查核，並私訊您結果。', M],
    // The poster's dated treatment, purchase history or booking code named in public.
    ['protect-privacy', 'fail', '查到您是 6/2 在本院做了雷射療程，目前恢復期屬正常。', {}],
    ['protect-privacy', 'fail', '您從來沒有在本館入住過，請不要亂寫。', M],
    ['protect-privacy', 'fail', '預約代碼 B7Q2K9 的行程已經改到週六。', N],
    ['protect-privacy', 'fail', '你係 3/9 加購咗嘅影音組合，所以帳單多咗。', {}],
    ['protect-privacy', 'pass', '請私訊我們您的訂位代號，我幫您查行李的位置。', N],
    // The company's mailbox or address is a private channel.
    ['take-private', 'pass', '還有問題的話請洽客服信箱，我們會逐一回覆。', {}],
    ['take-private', 'pass', '麻煩把照片寄至 care@example.com.tw，我今天會看過。', {}],
    ['protect-privacy', 'pass', '歡迎來信 help@example.com.tw 告訴我們細節，兩天內回覆。', {}],
    ['take-private', 'fail', '下次來店時再跟我們說，我們會處理。', {}],
    // Naming what the customer feels or faces, in other orders and words.
    ['empathy', 'pass', '趕著出國的焦急我們完全明白，護照件今天就會寄出。', N],
    ['empathy', 'pass', '第一次辦貸款要準備的文件真的很多，我幫您列一張清單。', N],
    ['empathy', 'pass', '保險條款確實容易讓人搞混，我用例子說明一下。', N],
    ['empathy', 'pass', '一個人帶兩個小孩出門，辛苦了！兒童餐可以先幫您準備。', N],
    ['empathy', 'pass', '停電真的很影響作息，我們會在這裡更新搶修進度。', N],
    ['empathy', 'pass', '出國前先問清楚漫遊費用真的很重要，我幫您試算。', N],
    ['empathy', 'pass', '也理解大家對食安的疑慮，檢驗報告已公開在官網。', N],
    ['empathy', 'fail', '謝謝詢問，停車場限高兩公尺，平日免費。', N],
    ['empathy', 'fail', '本店商品選擇很多，歡迎參考。', N],
    // What happened, why and how widely, in a crisis statement.
    ['three-c', 'pass', '非常抱歉。受豪雨影響，今天有 6 班列車停駛；我們已加開接駁車，每小時在這裡更新。', CRISIS],
    ['three-c', 'pass', '很抱歉讓大家久等。今早付款系統出現故障，部分交易延遲入帳；工程師正在修復，預計中午前恢復。', CRISIS],
    ['three-c', 'pass', '真的很抱歉，機場班機延誤 20 到 45 分鐘，我們已加派人力協助轉機旅客。', CRISIS],
    ['three-c', 'fail', '真的很抱歉，我們已加派人力協助旅客，會持續更新。', CRISIS],
    // A dated delivery estimate, records shared, or where to apply for the check, is a next step.
    ['concrete-next-step', 'pass', '抱歉久等，預計本週五前到貨，到貨當天會通知您。', N],
    ['concrete-next-step', 'pass', '新貨預計下週二前出貨，謝謝您的耐心。', N],
    ['concrete-next-step', 'pass', '很抱歉，新的濾網預計 5/20 前送達。', {}],
    ['concrete-next-step', 'pass', '我可以寄上週的溫控紀錄給您參考。', M],
    ['concrete-next-step', 'pass', '若有疑慮，可以到服務中心申請檢測水表。', {}],
    ['concrete-next-step', 'fail', '出貨時間還請您耐心等候。', {}],
    // A supplier's equipment swap or the refund process described is not a remedy.
    ['two-alternatives', 'fail', '很抱歉，斷網是因為電信商更換設備，我們會派工程師到府檢查。', { canGrant: false }],
    ['concrete-next-step', 'fail', '您好，退款流程需要一些時間，請再耐心等候。', {}],
    ['concrete-next-step', 'pass', '很抱歉，我們已經幫您全額退款，三天內入帳。', {}],
    // A sign-off that is a generic helper handle is the company's voice.
    ['personal-touch', 'fail', '很抱歉讓您久等，我們已經幫您退款。— 訂餐小助手', {}],
    ['personal-touch', 'fail', '謝謝您的回報，我們會盡快處理。— 好食光服務中心', {}],
    ['personal-touch', 'fail', '抱歉造成困擾，我們會再確認。— 會員管理部', {}],
    ['personal-touch', 'pass', '抱歉造成困擾，我會再確認。— 客服 小雯', {}],
    // Evidence held up ("attached, can be checked") is not a next step; a product fact still is.
    ['concrete-next-step', 'fail', '我們的商品皆附有檢驗報告可查，請勿散布不實訊息。', M],
    ['concrete-next-step', 'pass', '這款耳機有附 USB-C 充電線和收納袋喔。', N],
    // A wish about the customer's own plans is not blame.
    ['no-blame-shifting', 'pass', '哈哈希望下次停電的浪漫是您自己安排的，不是我們給的🙏', J],
    ['no-blame-shifting', 'pass', '祝下次的驚喜都是您自己準備的😂 這次的延誤真的很抱歉。', J],
    ['no-blame-shifting', 'fail', '螢幕裂痕是您自己摔到的，不在保固範圍。', {}],
  ];
  it.each(ROUND_F)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('zh-TW ideas from the seventh independent corpus (dev-g)', () => {
  // Each idea in wordings of its own (none copied from a corpus), with near misses that must stay clean.
  const M: Partial<ReplyContext> = { persona: 'malicious' };
  const N: Partial<ReplyContext> = { persona: 'neutral' };
  const J: Partial<ReplyContext> = { persona: 'joking' };
  const V: Partial<ReplyContext> = { persona: 'vague-rude' };
  const CRISIS: Partial<ReplyContext> = { crisis: true };
  const ESC: Partial<ReplyContext> = { needsEscalation: true };
  const NOGRANT: Partial<ReplyContext> = { canGrant: false };
  const ROUND_G: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    // The customer's confusion or worry called normal validates it; the product called normal rebuts.
    ['empathy', 'pass', '保單條款一堆術語，讀不太懂其實很正常，我整理一份重點給您。', N],
    ['empathy', 'pass', '第一次用這台機器搞不清楚按鍵很正常喔，我傳操作影片給您。', N],
    ['empathy', 'pass', '會擔心寶寶能不能吃是很自然的，這款沒有添加蔗糖。', N],
    ['empathy', 'pass', '唔清楚點樣申請好正常，我一步步話你知。', N],
    ['no-arguing', 'pass', '看不懂帳單明細真的很正常，我幫您逐項說明。', N],
    ['no-arguing', 'fail', '冰淇淋放在車上融化是很正常的。', {}],
    ['empathy', 'fail', '麵包隔天變硬很正常，請放冰箱保存。', N],
    // Naming what the customer is taking on.
    ['empathy', 'pass', '一個人帶三個孩子搭飛機真的需要很大的勇氣，我們可以安排優先登機。', N],
    ['empathy', 'pass', '自己組裝衣櫃真的不容易，我把組裝影片私訊給您。', N],
    ['empathy', 'pass', '等了兩週才拿到報告，確實會讓人在意，我今天幫您催實驗室。', N],
    ['empathy', 'pass', '搬家當天斷網一定讓人不放心，我明早派工程師過去。', {}],
    // A concession after a rebuttal regrets the feeling, not what happened.
    ['empathy', 'fail', '當天店員有依流程說明，不過還是很抱歉讓您感到不愉快。', {}],
    ['empathy', 'fail', '我們已經照規定處理，但還是跟您說聲抱歉讓您覺得被怠慢。', {}],
    ['empathy', 'pass', '是我們沒說清楚，真的很抱歉讓您白跑一趟。', {}],
    // Thanks for support and patience still thanks the patience; thanks for the question.
    ['thank-the-customer', 'pass', '謝謝您的支持，還有這段時間的耐心等候，新品週五到貨。', {}],
    ['thank-the-customer', 'pass', '感謝你的提問！這款充電器支援快充。', N],
    ['thank-the-customer', 'fail', '謝謝您的支持，歡迎再次光臨。', {}],
    // Tone-policing is arguing, but calmly put.
    ['no-arguing', 'fail', '我們尊重每個人的意見，也麻煩留言時注意一下用詞。', V],
    ['calm-tone', 'pass', '我們尊重每個人的意見，也麻煩留言時注意一下用詞。', V],
    ['engage-wisely', 'fail', '您好，歡迎指教，但請保持理性溝通，謝謝。', V],
    ['no-arguing', 'fail', '有意見可以說，但請注意您的措辭。', {}],
    ['calm-tone', 'fail', '請注意您的態度！', {}],
    // A correction framed as a clarification.
    ['no-arguing', 'fail', '想跟您澄清，我們從來沒有承諾當天到貨。', {}],
    ['no-arguing', 'fail', '向你澄清一下，優惠只限會員使用。', {}],
    ['no-arguing', 'fail', '商品說明上有清楚標示不可微波，加熱後變形並非瑕疵。', {}],
    ['no-arguing', 'fail', '合約中有明確載明提前解約須付違約金。', {}],
    ['no-arguing', 'pass', '說明書上有標示建議的充電時間，我也把重點截圖私訊給您。', N],
    ['no-arguing', 'pass', '包裝上有清楚標示過敏原，我也把成分表私訊給您。', N],
    ['no-arguing', 'pass', '跟您說明一下目前進度：包裹已到轉運站，明天會送達。', N],
    // An isolated case, a wrong test method, a normal procedure, a denial of intent.
    ['no-arguing', 'fail', '我們的評價一向不錯，您這次應該只是個案。', {}],
    ['no-arguing', 'fail', '這種狀況純屬個別個案，請不用擔心。', {}],
    ['no-arguing', 'pass', '這屬於個案處理，我會幫您向主管申請，週五前回覆。', {}],
    ['no-arguing', 'pass', '這不只是個案，我們已經收到好幾位顧客反映，正在全面檢查。', {}],
    ['no-arguing', 'fail', '您用的測試方法並不正確，數值才會偏低。', M],
    ['no-arguing', 'fail', '退件需要三天審核，這是正常的作業流程。', {}],
    ['no-arguing', 'fail', '護理師請您在外面等候，並非刁難您。', {}],
    ['no-arguing', 'fail', '店員只是依序叫號，絕對沒有針對您。', {}],
    ['no-arguing', 'pass', '術後會擔心是很正常的反應，我們明天會打電話關心您的恢復狀況。', {}],
    // Denying our own slip and sending the customer back to check.
    ['no-arguing', 'fail', '包裹地址與訂單相符，並不是我們寄錯，還請您再確認。', {}],
    ['no-arguing', 'fail', '經核對並非本店算錯金額，麻煩您再核對一下。', {}],
    ['concrete-next-step', 'fail', '帳單金額無誤，麻煩您再確認。', {}],
    ['no-arguing', 'pass', '很抱歉，是我們寄錯了顏色，今天就補寄正確的給您。', {}],
    // Our side of the story held up against the customer's.
    ['no-arguing', 'fail', '其實我們有提醒過您要提早半小時報到。', {}],
    ['no-arguing', 'fail', '司機當天其實等了您十五分鐘才離開。', {}],
    ['no-arguing', 'pass', '其實我們應該更早通知您，這是我們的疏失。', {}],
    // A boast, and "read the prospectus first".
    ['no-arguing', 'fail', '本店連續五年榮獲米其林推薦，相信品質有目共睹。', V],
    ['no-arguing', 'fail', '投保前應詳閱保單條款，理賠範圍都有列出。', {}],
    ['no-arguing', 'fail', '簽約前請務必詳閱合約內容。', {}],
    ['no-arguing', 'fail', '電池實際容量本來就會比標示少一些，屬於正常。', M],
    // A defiant retort, tone-deaf defiance, and accusing the poster of slander.
    ['calm-tone', 'fail', '放心，我們會持續營業下去的😊', V],
    ['calm-tone', 'pass', '放心啦，我們會努力經營下去的😂 下次來請你吃甜點！', J],
    ['no-arguing', 'fail', '謝謝關心，本店會繼續營業下去。', V],
    ['calm-tone', 'fail', '這麼嫌棄的話下次就不要來買了。', {}],
    ['calm-tone', 'fail', '請不要任意污衊我們的員工。', M],
    ['calm-tone', 'fail', '有本事就實名，不要躲在鍵盤後面。', M],
    ['calm-tone', 'pass', '我們會繼續努力改善，今天已經加開一個櫃台。', {}],
    // Sarcasm and condescension in polite dress.
    ['calm-tone', 'fail', '那真是讓您失望了喔😊', V],
    ['calm-tone', 'fail', '關於您所謂的「內幕」，我們不予回應。', M],
    ['calm-tone', 'fail', '相信您付款前一定都看過說明了吧。', {}],
    ['calm-tone', 'fail', '營業時間官網都有公告，請自行查閱。', N],
    ['calm-tone', 'pass', '很抱歉讓您失望了，我們今天就會幫您換貨。', {}],
    ['calm-tone', 'pass', '詳細營業時間可以參閱官網，我也把連結私訊給您。', N],
    // The joke lands on the customer's wallet or good sense.
    ['join-the-joke', 'fail', '哈哈可能是您戶頭實在太空，ATM 不忍心吧😂', J],
    ['calm-tone', 'fail', '這裡是吃飯的地方，可不是許願池喔😜', J],
    ['join-the-joke', 'fail', '光買不擦當然不會白啦😆', J],
    ['join-the-joke', 'pass', '哈哈ATM 可能也在替您心疼荷包😂 我們會請工程師加快出鈔速度！', J],
    // A fault or a surge given as the cause with no owner.
    ['no-blame-shifting', 'fail', '因付款系統異常，部分訂單未成功扣款，請重新下單。', {}],
    ['no-blame-shifting', 'fail', '昨晚因為伺服器故障，App 無法登入，目前已恢復。', {}],
    ['no-blame-shifting', 'fail', '延誤原因為行李輸送帶設備故障，造成不便敬請見諒。', {}],
    ['no-blame-shifting', 'fail', '由於連假期間包裹量暴增，配送會延後兩天。', {}],
    ['no-blame-shifting', 'pass', '因為我們的結帳系統出錯，重複扣了您的款，真的很抱歉，三天內退回。', {}],
    ['no-blame-shifting', 'pass', '停電是因本公司變電設備故障，搶修人員已在現場。', CRISIS],
    ['no-blame-shifting', 'pass', '受颱風影響，今天 12 班船班停駛，已開放免費改期。', CRISIS],
    // A cause classed as beyond control to excuse the harm.
    ['no-blame-shifting', 'fail', '本次停課係因天災屬不可抗力，學費恕不退還。', {}],
    ['no-blame-shifting', 'fail', '航班取消屬於天候因素，恕無法補償。', {}],
    ['no-blame-shifting', 'fail', '這次斷線是非人為因素造成，請見諒。', {}],
    ['no-blame-shifting', 'fail', '尖峰時段路況較難掌控，送達時間僅供參考。', {}],
    ['no-blame-shifting', 'pass', '颱風讓航班取消，我們沒有即時安排住宿是我們的疏失，今晚的飯店由我們支付。', {}],
    // The one who caused the harm declared someone else's.
    ['no-blame-shifting', 'fail', '那位司機不是本公司的員工，我們會轉達車行。', {}],
    ['no-blame-shifting', 'fail', '清潔人員為外包公司人員，我們會請廠商改善。', {}],
    ['no-blame-shifting', 'fail', '維修是由外包廠商負責，細節需要等他們回覆。', {}],
    ['no-blame-shifting', 'pass', '騎手雖然不是我們的員工，但訂單是我們的，我們會負責：今天就全額退款。', {}],
    ['no-blame-shifting', 'pass', '不管是門市還是合作的廠商出錯，都算我們的責任，我今天就處理。', {}],
    // A partner named as the one who slipped.
    ['no-blame-shifting', 'fail', '是代理商出貨時沒有提供保固卡，我們會補寄。', {}],
    ['no-blame-shifting', 'fail', '這是外包包裝廠亂塞填充物造成的。', J],
    ['no-blame-shifting', 'fail', '可能是收費人員誤植金額，我們會再核對。', {}],
    // The usual user error, or the customer's own inaction, offered as the cause.
    ['no-blame-shifting', 'fail', '不少會員是沒有綁定手機，才收不到驗證碼。', {}],
    ['no-arguing', 'fail', '大部分顧客都是忘記開啟藍牙才連不上，請再試一次。', M],
    ['no-blame-shifting', 'fail', '光辦卡不來上課，體態當然不會變喔。', J],
    ['no-blame-shifting', 'pass', '很多會員都反映藍牙不好連，我們已經請工程師改善。', {}],
    // A misuse the customer never mentioned, put to them as the cause.
    ['no-blame-shifting', 'fail', '如果是用熱水清洗導致縮水，就不在退換範圍。', {}],
    ['no-blame-shifting', 'fail', '若您是自行拆開機殼造成損壞，恕無法保固。', {}],
    ['no-blame-shifting', 'pass', '如果是運送過程摔到造成的，我們會全額負責換新。', {}],
    // A policy about a category of damage is not blame.
    ['no-blame-shifting', 'pass', '人為摔落造成的損壞不在保固範圍內，但我們可以提供優惠維修。', {}],
    ['no-blame-shifting', 'pass', '人為損壞不屬於保固範圍，門市可協助報價。', {}],
    ['no-blame-shifting', 'fail', '這看起來是摔落造成的損壞。', {}],
    // Negated or conditional: not the customer's doing.
    ['no-blame-shifting', 'pass', '這不是您操作的問題，是我們的付款頁當機，真的很抱歉。', {}],
    ['no-blame-shifting', 'pass', '若不是您本人訂閱的，我們會全數退還。', {}],
    ['no-arguing', 'pass', '並不是因為您輸入錯誤，是系統更新造成的，我們會負責修正。', {}],
    // The records read as the customer's own order.
    ['no-arguing', 'fail', '系統顯示這筆是由您本人帳號在週一下單的。', M],
    ['no-arguing', 'fail', '該申請是由你本人於線上簽署。', {}],
    // Vouching for a standing fact with "guarantee".
    ['under-promise', 'pass', '我們保證每一批果醬都不添加防腐劑，檢驗報告在官網。', M],
    ['under-promise', 'pass', '可以保證這款奶粉不含棕櫚油。', N],
    ['under-promise', 'fail', '我保證明天一定送到。', {}],
    // Covering every cost, or a large sum, is management's to promise.
    ['under-promise', 'fail', '您的醫藥費、交通費，我們會賠償您所有的損失。', ESC],
    ['escalate', 'fail', '兩萬元手續費由本公司全額負擔，我今天處理。', ESC],
    ['under-promise', 'fail', '五千元的維修費我們全數吸收。', ESC],
    ['under-promise', 'pass', '我已把您的求償交給法務主管，週五前回覆您。', ESC],
    // Remedies: a transfer, covering a cost, priority shipping.
    ['concrete-next-step', 'pass', '差額我會在明天匯還給您。', {}],
    ['concrete-next-step', 'pass', '這次的運費由我們全額負擔。', {}],
    ['two-alternatives', 'pass', '很抱歉現貨沒了，我可以幫您列為優先出貨，或改成門市自取。', NOGRANT],
    ['concrete-next-step', 'pass', '已將您的訂單優先寄出。', {}],
    // A concrete answer: the steps, the hours, the instalments, a booking made.
    ['concrete-next-step', 'pass', '可以的，入住時出示訂房確認信就能升等。', N],
    ['concrete-next-step', 'pass', '還車前請先加滿油，還車後在櫃台領取押金。', N],
    ['concrete-next-step', 'pass', '施工時間為早上8點到12點，期間會暫停供水。', N],
    ['concrete-next-step', 'pass', '這台冷氣可以刷卡分24期零利率。', N],
    ['concrete-next-step', 'pass', '你話個日子，我幫你約師傅上門。', N],
    ['concrete-next-step', 'fail', '我們會持續協助追蹤，謝謝您的耐心。', {}],
    ['concrete-next-step', 'pass', '我會持續追蹤您的包裹，明天中午前回覆您。', {}],
    // What is known: what was found, and what did not happen.
    ['three-c', 'pass', '很抱歉讓大家擔心。目前已查出問題出在 3 號冷藏櫃，該櫃商品已全部下架。', CRISIS],
    ['three-c', 'pass', '造成大家不安我們很抱歉。本公司從未出售會員資料給第三方，已委請資安公司全面檢查系統。', CRISIS],
    // Hand-offs to an office or a task force.
    ['escalate', 'pass', '已將您的情況轉交稽核室，稽核人員兩個工作天內會與您聯繫。', ESC],
    ['escalate', 'pass', '區經理已成立專案小組，小組會在明天下午前回電給您。', ESC],
    ['escalate', 'fail', '我們會把意見轉交給客服處理。', ESC],
    // A call to the room, an extension.
    ['take-private', 'pass', '我請櫃台打電話到您房間，跟您確認換房時間。', {}],
    ['take-private', 'pass', '有需要請撥分機 203 找我。', {}],
    ['protect-privacy', 'pass', '我已經請同事打電話給您，跟您確認細節。', {}],
    ['protect-privacy', 'pass', '請先保留發票和保固卡，私訊我們就好。', {}],
    // The customer's own plan, treatment or purchase history in public.
    ['protect-privacy', 'fail', '您現在的499方案合約到今年12月，提前解約會有違約金。', {}],
    ['protect-privacy', 'fail', '您上次健檢的報告顯示膽固醇偏高，建議回診。', N],
    ['protect-privacy', 'fail', '哈哈您上個月下單了8雙球鞋，難怪鞋櫃塞不下😂', J],
    ['protect-privacy', 'pass', '我們的方案合約都是兩年，提前解約的規定在官網。', N],
    // Brushing off a vague insult as a matter of taste.
    ['engage-wisely', 'fail', '每個人對餐點的標準不同，我們尊重。', V],
    ['engage-wisely', 'pass', '謝謝您的留言，方便告訴我們哪裡讓您不滿意嗎？', V],
    // Accusing the poster of making it up, or of a pattern of posts.
    ['facts-not-accusations', 'fail', '請你唔好亂噏，我哋每日都有清潔紀錄。', M],
    ['facts-not-accusations', 'fail', '您之前也用別的帳號寫過類似的負評吧？', M],
    ['facts-not-accusations', 'pass', '謝謝您告訴我們，我們每日都有清潔紀錄，也歡迎私訊讓我們查證。', M],
    // More of the same ideas, in Cantonese and other orders.
    ['no-blame-shifting', 'fail', '呢幾日因為訂單量暴增，所以送貨慢咗。', {}],
    ['no-blame-shifting', 'fail', '由於倉庫作業量大，出貨較慢，請耐心等候。', {}],
    ['no-blame-shifting', 'fail', '款項延遲是銀行端作業的關係。', {}],
    ['no-blame-shifting', 'fail', '這次延遲主要是物流端塞貨。', {}],
    ['no-blame-shifting', 'fail', '今次停電屬於天氣因素，敬請見諒。', {}],
    ['no-blame-shifting', 'fail', '司機並非我們公司的職員，是平台派的。', {}],
    ['no-blame-shifting', 'fail', 'App 閃退是因為手機版本過舊。', {}],
    ['no-blame-shifting', 'pass', '因為我哋系統出錯，重複扣咗你錢，真係好對唔住，三日內退返。', {}],
    ['no-blame-shifting', 'pass', '斷線是我們機房的設備故障，工程師正在處理。', {}],
    ['no-blame-shifting', 'pass', '今早 9 點起本公司網路銀行因主機故障無法登入，我們深感抱歉，工程師搶修中，預計中午恢復。', CRISIS],
    ['protect-privacy', 'fail', '你上個月喺我哋度買咗三部手機，係咪要一齊保養？', {}],
    ['protect-privacy', 'fail', '張先生，您目前的保單到明年五月到期。', {}],
    ['protect-privacy', 'fail', '查了一下您的保單，住院醫療只有日額 1,000 元。', {}],
    ['protect-privacy', 'fail', '您預約的是明天下午兩點的洗牙。', N],
    ['protect-privacy', 'fail', '您去年買的那台洗衣機保固還有半年。', {}],
    ['protect-privacy', 'fail', '我看到您的會員等級是鑽石卡，所以有專屬客服。', N],
    ['protect-privacy', 'pass', '這款方案的合約為 24 個月。', N],
    ['calm-tone', 'fail', '感謝您的建議，我們會好好「參考」的。', {}],
    ['calm-tone', 'fail', '您說得都對呢😊', {}],
    ['calm-tone', 'fail', '真不好意思，我們的咖啡不合您高貴的口味。', {}],
    ['calm-tone', 'fail', '相信以您的聰明才智，一定看得懂說明書吧。', {}],
    ['calm-tone', 'fail', '這點小事就不勞您費心了。', {}],
    ['calm-tone', 'fail', '請自行上官網查閱。', N],
    ['calm-tone', 'pass', '相信您也是希望孩子吃得安心，我們把檢驗報告私訊給您。', {}],
    ['no-arguing', 'fail', '我這邊要跟你澄清，我哋從來冇加收服務費。', {}],
    ['no-arguing', 'fail', '針對您的指控，我們必須澄清，本店食材都有產地證明。', M],
    ['no-arguing', 'fail', '事實上，您的訂單是在截止時間之後才送出的。', {}],
    ['no-arguing', 'fail', '您提到的狀況，我們查證後並不屬實。', {}],
    ['no-arguing', 'fail', '必須跟您說明，店員當時已經提醒過餐點會辣。', {}],
    ['no-arguing', 'pass', '麻煩您再確認一下收件地址是否正確，我們好重新寄出。', {}],
    ['no-arguing', 'pass', '這是正常的嗎？我們會請技師檢查。', N],
    ['no-arguing', 'pass', '想跟您說明一下退款進度：已於今天退回原卡，約三個工作天入帳。', {}],
    ['no-arguing', 'pass', '歡迎私訊我們，我們很樂意和您理性溝通，找出解決方法。', {}],
    ['no-arguing', 'fail', '您好，請大家理性討論，不要人身攻擊。', V],
    ['calm-tone', 'pass', '您好，請大家理性討論，不要人身攻擊。', V],
    ['engage-wisely', 'fail', '您好，每位客人的喜好不同，謝謝指教。', V],
    ['engage-wisely', 'pass', '每個人的需求不同，方便說說您遇到什麼狀況嗎？我們想了解。', V],
    ['empathy', 'pass', '第一次出國會緊張是人之常情，我把入境流程整理給您。', N],
    ['empathy', 'pass', '被扣兩次款任誰都會慌，我先幫您確認扣款紀錄。', {}],
    ['empathy', 'pass', '會擔心係好正常嘅，我哋即刻幫你查。', {}],
    ['empathy', 'fail', '咖啡放涼變酸係好正常嘅。', {}],
    ['concrete-next-step', 'pass', '報到時出示身分證，櫃台會給您號碼牌。', N],
    ['concrete-next-step', 'fail', '我們會持續追蹤，感謝包容。', {}],
    ['facts-not-accusations', 'fail', '您是不是在別家店也留過類似的負評呢？', M],
    ['facts-not-accusations', 'pass', '也謝謝其他留過評論的朋友，我們會逐一私訊查證。', M],
    ['no-arguing', 'pass', '其他顧客也留過類似的評論，我們已經請廠商改善包裝。', {}],
    ['no-blame-shifting', 'pass', '自稱客服的來電並非本公司人員，請小心詐騙，我們已經通報警方。', N],
    ['no-blame-shifting', 'pass', '您說因為 App 當機沒辦法付款，真的很抱歉，我馬上幫您補單。', {}],
    ['no-blame-shifting', 'pass', '由於週末人潮大，建議您先線上訂位。', N],
    ['no-blame-shifting', 'pass', '很多用戶沒有注意到這個新功能，我們會把入口做得更明顯。', N],
    ['empathy', 'fail', '擔心機器運作不正常的話，請先關機。', N],
    ['calm-tone', 'pass', '所謂的「預購」是指下單後十天出貨，我幫您查您的出貨日。', N],
    ['no-arguing', 'pass', '事實上您說得沒錯，這次是我們的疏失。', {}],
    ['no-arguing', 'pass', '我們需要澄清原因，三天內會回覆您調查結果。', {}],
  ];
  it.each(ROUND_G)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('zh-TW ideas from the eighth independent corpus (dev-h)', () => {
  // Each idea with at least three variants written for this table, and near-miss passes.
  const M: Partial<ReplyContext> = { persona: 'malicious' };
  const N: Partial<ReplyContext> = { persona: 'neutral' };
  const J: Partial<ReplyContext> = { persona: 'joking' };
  const V: Partial<ReplyContext> = { persona: 'vague-rude' };
  const CRISIS: Partial<ReplyContext> = { crisis: true };
  const ESC: Partial<ReplyContext> = { needsEscalation: true };
  const NOGRANT: Partial<ReplyContext> = { canGrant: false };
  const ROUND_H: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    // The refusal put on the system.
    ['no-blame-shifting', 'fail', '座位都是系統自動分配的,沒辦法更改,請見諒。', {}],
    ['no-blame-shifting', 'fail', '補發日期由系統排定,我們不能調整。', {}],
    ['no-blame-shifting', 'fail', '優惠券係系統派發,冇辦法補發俾你。', {}],
    ['no-blame-shifting', 'pass', '系統會自動寄出確認信,我也會再打電話跟您確認一次。', {}],
    // Someone else's delay given as the reason the customer suffered.
    ['no-blame-shifting', 'fail', '因為上一組客人用餐超時,才讓您多等了半小時。', {}],
    ['no-blame-shifting', 'fail', '由於前面幾位病患看診太久,所以才讓您等這麼久。', {}],
    ['no-blame-shifting', 'fail', '因為師傅前一單拖延,所以才令你等咗成個鐘。', {}],
    ['no-blame-shifting', 'pass', '因為我們排班出錯,才讓您久等,真的很抱歉。', {}],
    // Disowning: not our end, nothing to do with us.
    ['no-blame-shifting', 'fail', '扣款失敗並非本店端的問題,請再試一次。', {}],
    ['no-blame-shifting', 'fail', '此次延遲與本公司無關,請見諒。', {}],
    ['no-blame-shifting', 'fail', '斷線同我哋冇關係。', {}],
    ['no-blame-shifting', 'pass', '這不是您端的問題,我們會從後台幫您重新設定。', {}],
    // A partner's system delay, or damage in transit, given as the cause.
    ['no-blame-shifting', 'fail', '因為金流系統延遲,款項今天才入帳。', {}],
    ['no-blame-shifting', 'fail', '由於清算系統延誤,薪資晚了半天入帳。', {}],
    ['no-blame-shifting', 'fail', '杯子破掉是宅配運送時碰撞造成的。', {}],
    ['no-blame-shifting', 'fail', '外箱凹陷是快遞擠壓的關係。', {}],
    ['no-blame-shifting', 'pass', '因為我們的系統延遲,款項晚入帳,這是我們的疏失。', {}],
    ['no-blame-shifting', 'pass', '我們會加強包裝,避免物流運送時碰撞。', {}],
    // A guess that the customer caused it.
    ['no-blame-shifting', 'fail', '應該是您開箱時太用力弄的。', {}],
    ['no-arguing', 'fail', '可能是你提著走路晃動造成的。', {}],
    ['no-blame-shifting', 'fail', '大概是您放在車上曬太久導致的。', {}],
    ['no-blame-shifting', 'pass', '應該是您收到的那批包裝造成的,我們馬上換一箱給您。', {}],
    // "You should have checked it yourself first."
    ['no-blame-shifting', 'fail', '請您下單前自行確認尺寸。', {}],
    ['no-arguing', 'fail', '麻煩客人付款前自己核對金額。', {}],
    ['no-blame-shifting', 'fail', '建議用戶轉帳前務必自行核實帳號。', {}],
    ['no-blame-shifting', 'pass', '請您到店前先打電話確認座位,我們會幫您保留。', N],
    ['no-arguing', 'pass', '颱風期間建議您出發前務必確認航班狀態,我們也會簡訊通知。', N],
    // A joke or a hint that lands on the customer.
    ['calm-tone', 'fail', '應該是您自己太挑剔吧。', {}],
    ['calm-tone', 'fail', '可能是你比較敏感啦 😅', J],
    ['calm-tone', 'fail', '倒是建議您去看個醫生。', V],
    ['engage-wisely', 'fail', '你才該去掛個號。', V],
    ['no-blame-shifting', 'pass', '可能是您比較念舊吧 😅', J],
    ['calm-tone', 'pass', '應該是我們的咖啡太有個性吧 😂 謝謝你的形容!', J],
    // Telling the customer off for writing in.
    ['calm-tone', 'fail', '請勿浪費客服的時間。', V],
    ['engage-wisely', 'fail', '沒事的話不要佔用我們的線路喔。', V],
    ['no-arguing', 'fail', '唔好浪費大家時間。', V],
    ['calm-tone', 'pass', '不想浪費您的時間,我們直接私訊您處理。', {}],
    // A legal threat; a police report already made about a third party is none.
    ['calm-tone', 'fail', '若不刪文,我們將依法追訴。', M],
    ['facts-not-accusations', 'fail', '本公司會依法求償。', M],
    ['calm-tone', 'fail', '我們保留依法訴追的權利。', M],
    ['calm-tone', 'pass', '系統遭駭客入侵,我們已報警處理,也會配合警方調查。', CRISIS],
    // Grovelling to a malicious poster; suspension figures are facts.
    ['facts-not-accusations', 'fail', '拜託不要去消基會,我們退您錢。', M],
    ['facts-not-accusations', 'fail', '拜託您千萬別找媒體。', M],
    ['facts-not-accusations', 'fail', '拜託你不要檢舉我們。', M],
    ['facts-not-accusations', 'pass', '上個月共停權 532 個外掛帳號,名單都有公告。', M],
    ['facts-not-accusations', 'pass', '您的帳號因違規被停權,紀錄都有保存。', M],
    // Naming the customer's demand to decline it promises nothing.
    ['under-promise', 'pass', '您提出賠償五萬元的要求,很抱歉無法同意,我們可以請經理當面說明。', ESC],
    ['under-promise', 'pass', '補償十萬的訴求我們沒辦法答應,已轉交主管處理。', ESC],
    ['under-promise', 'fail', '我們直接賠償您五萬元。', ESC],
    // A manager asked to look into it, or the owner who calls back.
    ['escalate', 'pass', '我已經請分店店長調閱監視器,明天下午前回覆您。', ESC],
    ['escalate', 'pass', '已請區經理親自了解,兩天內會聯絡您。', ESC],
    ['escalate', 'pass', '這件事我已回報給老闆,老闆會在明天中午前親自跟您聯絡。', ESC],
    ['escalate', 'pass', '院長會在週五前親自致電給您。', ESC],
    ['escalate', 'fail', '請您找店長處理。', ESC],
    // Within a working day; by a time of day.
    ['escalate', 'pass', '已轉交理賠小組,今天營業時間內會有專員致電。', ESC],
    ['escalate', 'pass', '已轉交法務部,明天上班時間內回覆您。', ESC],
    ['concrete-next-step', 'pass', '款項預計下午 3 點前入帳。', N],
    ['concrete-next-step', 'pass', '工程師正在搶修,預計中午前恢復。', N],
    ['concrete-next-step', 'pass', '已重新執行轉帳,傍晚前會到帳。', N],
    // Remakes, extras and ticket refunds; fixes with a time; self-service routes; appeals.
    ['concrete-next-step', 'pass', '幫您重新煮一碗。', {}],
    ['concrete-next-step', 'pass', '補送您一份薯條,真的很抱歉。', {}],
    ['two-alternatives', 'pass', '很抱歉沒辦法換口味,可以再做一杯半糖的,或附一份小點心。', NOGRANT],
    ['concrete-next-step', 'pass', '可以幫您申請全額退票。', {}],
    ['concrete-next-step', 'pass', '官網上的價格標錯了,今天就會改好。', N],
    ['concrete-next-step', 'pass', '菜單明天會更新好,謝謝提醒。', N],
    ['concrete-next-step', 'pass', '營業時間我馬上改過來。', N],
    ['concrete-next-step', 'pass', '可以在 App「帳戶設定」頁面線上申請。', N],
    ['concrete-next-step', 'pass', '建議在官網線上預約,現場比較不用等。', N],
    ['concrete-next-step', 'pass', '也可以臨櫃辦理,當場拿到。', N],
    ['concrete-next-step', 'pass', '如認為判定有誤,可以提出申訴。', N],
    ['concrete-next-step', 'pass', '可申請複查,由另一位審查員重新審核。', N],
    ['concrete-next-step', 'fail', '很抱歉,升級方案需要補貼差額,沒辦法直接換。', N],
    ['two-alternatives', 'pass', '真的很抱歉,這個沒辦法。不過可以:\n1️⃣ 幫你留下一批新貨\n2️⃣ 下次來店送你一杯咖啡', NOGRANT],
    // What went wrong, owned, in a crisis statement; everyone safe.
    ['three-c', 'pass', '因為我們低估了人潮,現場大排長龍,讓大家久等,非常抱歉。我們已加開兩個入口。', CRISIS],
    ['three-c', 'pass', '是我們的系統沒有及時更新庫存,造成超賣,非常抱歉,已暫停販售。', CRISIS],
    ['three-c', 'pass', '我們今早發現結帳程式有錯誤,造成重複扣款,非常抱歉,款項已全數退回。', CRISIS],
    ['three-c', 'pass', '班機緊急降落,乘客全數平安,讓大家擔心了,非常抱歉,我們已暫停該航線。', CRISIS],
    ['three-c', 'fail', '非常抱歉讓大家久等,我們已加開入口。', CRISIS],
    // The customer's account or order in public; a screenshot of the comment is no request.
    ['protect-privacy', 'fail', '陳小姐,您目前的額度是 8 萬。', N],
    ['protect-privacy', 'fail', '您 19:40 在信義店的訂單已退款。', {}],
    ['protect-privacy', 'fail', 'NT$520 的訂單已經退回原卡。', {}],
    ['protect-privacy', 'pass', '這張卡的額度最高 30 萬,可以私訊我們申請調整。', N],
    ['protect-privacy', 'pass', '我已經把這則留言截圖給主廚了 😂', J],
    // A rebuttal with what the customer signed or was told.
    ['no-arguing', 'fail', '依您簽約時同意的條款,違約金無法減免。', {}],
    ['no-arguing', 'fail', '申辦時已清楚告知,恕不退費。', {}],
    ['no-arguing', 'fail', '您當初簽署的合約寫得很清楚。', {}],
    ['no-arguing', 'pass', '依約定條款第 8 條,年費於週年收取,我可以幫您申請減免。', {}],
    // Calling the post fake news or nonsense; records kept by the rules are evidence.
    ['facts-not-accusations', 'fail', '請不要散播假消息。', M],
    ['facts-not-accusations', 'fail', '不要再散佈不實消息。', M],
    ['facts-not-accusations', 'fail', '請勿亂傳。', M],
    ['no-arguing', 'fail', '這種說法根本是無稽之談。', {}],
    ['no-arguing', 'fail', '網路上的傳聞子虛烏有。', M],
    ['no-arguing', 'pass', '所有維修紀錄都依規定保存,已提供給主管機關。', M],
    ['no-arguing', 'fail', '我們一直都是依照規定處理。', {}],
    // A company name ending in 客服 is no person.
    ['personal-touch', 'fail', '造成不便非常抱歉,我們正在處理。\n—大華電信客服', {}],
    ['personal-touch', 'fail', '謝謝您的耐心。\n—好食光客服部', {}],
    ['personal-touch', 'pass', '謝謝您的耐心。\n—客服 小安', {}],
  ];
  it.each(ROUND_H)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('round nine: ideas from the probe-3 set, in new words', () => {
  // Each idea in rows written for this table (none is a probe line), with near-miss passes.
  const N: Partial<ReplyContext> = { persona: 'neutral' };
  const J: Partial<ReplyContext> = { persona: 'joking' };
  const V: Partial<ReplyContext> = { persona: 'vague-rude' };
  const PROBE_THREE_IDEAS: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    // A rhetorical "surely that's easy".
    ['calm-tone', 'fail', '換個燈泡而已，應該不難吧？', {}],
    ['calm-tone', 'fail', '登入頁面就在首頁，沒那麼難吧。', {}],
    ['calm-tone', 'pass', '設定步驟很簡單，我私訊一張圖解給您。', {}],
    // The complaint waved off as venting or a bad mood.
    ['calm-tone', 'fail', '如果只是想發洩，歡迎隨時來這邊抒發。', {}],
    ['engage-wisely', 'fail', '您是不是只是心情差，想找個對象出氣？', V],
    ['calm-tone', 'pass', '讓您氣到要上網留言，是我們做得不夠好，真的很抱歉。', {}],
    // "Not everyone has the taste / the habit".
    ['calm-tone', 'fail', '畢竟不是每個人都懂得品味手沖咖啡。', {}],
    ['engage-wisely', 'fail', '我們的設計不是每個人都欣賞得來。', V],
    ['calm-tone', 'pass', '不是每個人都適合重訓，我們可以幫您改排瑜伽課。', {}],
    // Mock praise of the customer's nerve.
    ['calm-tone', 'fail', '沒看評價就直接訂了十間房，精神真是可嘉。', {}],
    ['calm-tone', 'fail', '真佩服您的膽量，敢一次買這麼多。', {}],
    ['calm-tone', 'pass', '一個人帶三個孩子出門真的需要勇氣，辛苦了。', {}],
    // An intensifier or a promise in scare quotes.
    ['calm-tone', 'fail', '我們會「盡快」幫您處理的。', {}],
    ['calm-tone', 'fail', '您的建議我們會「非常」重視。', {}],
    ['calm-tone', 'pass', '我們會盡快幫您處理，明天中午前回覆。', {}],
    // Exasperation at answering again.
    ['calm-tone', 'fail', '最後再跟您說明一次：贈品數量有限，送完為止。', {}],
    ['calm-tone', 'fail', '這已經是第五次了喔，營業時間是早上十點。', N],
    ['calm-tone', 'pass', '這已經是第三次了，真的非常抱歉，我今天親自跟進。', {}],
    // A sentence spelled out one character at a time; a list of options is not.
    ['calm-tone', 'fail', '請、先、看、完、公、告、再、留、言。', {}],
    ['calm-tone', 'fail', '不！能！退！款！', {}],
    ['calm-tone', 'pass', '甜度可選全、少、半、微、無糖。', {}],
    // The staff's own grievance thrown back.
    ['calm-tone', 'fail', '我們也很忙好嗎，請耐心等。', {}],
    ['calm-tone', 'fail', '我們都很趕好不好，您再等一下。', {}],
    ['calm-tone', 'pass', '我們也很著急，已經請物流優先追查了。', {}],
    // "Common sense"; "ask a younger relative".
    ['calm-tone', 'fail', '熱水壺不能空燒，這算是基本常識。', {}],
    ['calm-tone', 'fail', '操作不熟的話，可以叫家中的晚輩教您。', {}],
    ['calm-tone', 'pass', '這部分說明我們寫得不夠清楚，不是常識的問題，很抱歉。', {}],
    // "Those who know, know"; "our regulars are no fools".
    ['engage-wisely', 'fail', '懂喝茶的人都知道我們的茶葉等級。', V],
    ['calm-tone', 'fail', '我們的老顧客可不是傻瓜。', {}],
    ['calm-tone', 'pass', '如果您喜歡濃一點的茶，下次可以跟店員說加濃。', {}],
    // The customer's old device as the joke.
    ['calm-tone', 'fail', '建議先換掉那支十幾年前的手機再說。', {}],
    ['join-the-joke', 'fail', '這台古董機也該退休了吧😂', J],
    ['calm-tone', 'pass', '這款 App 需要 iOS 15 以上，舊機型可以改用網頁版。', {}],
    // "You're used to cheap stuff".
    ['engage-wisely', 'fail', '您大概比較習慣喝三合一咖啡吧。', V],
    ['calm-tone', 'fail', '可能你平常只吃過夜市牛排，才會覺得我們太生。', {}],
    ['calm-tone', 'pass', '如果您習慣喝甜一點，可以改點半糖。', {}],
    // Refusing service or asking the customer to leave, held over them.
    ['calm-tone', 'fail', '若再有影響其他客人的情形，我們將直接請您離場。', {}],
    ['calm-tone', 'fail', '本館保留謝絕入場的權利。', {}],
    ['calm-tone', 'pass', '請您離開前到櫃檯領取退款單據。', {}],
    // The lawyers who would like "a chat".
    ['calm-tone', 'fail', '您的貼文我們的律師很想跟您談一談。', {}],
    ['calm-tone', 'pass', '賠償部分已轉交法務同仁，三天內會私訊跟您說明。', {}],
    // Daring the customer to carry on.
    ['no-arguing', 'fail', '您想繼續在粉專罵也行，我們不會刪。', {}],
    ['calm-tone', 'fail', '要再客訴請便。', {}],
    ['no-arguing', 'pass', '如果您想繼續使用，也可以改成月繳方案。', {}],
    // What the customer chose, held against what they say.
    ['no-arguing', 'fail', '您預訂的是雙人房，並不是家庭房喔。', {}],
    ['no-arguing', 'fail', '紀錄上你揀嘅係外送，唔係自取。', {}],
    ['no-arguing', 'pass', '您訂的是黑色，不是白色，是我們出貨時拿錯了，非常抱歉。', {}],
    // "Actually, you did".
    ['no-arguing', 'fail', '其實您當時有勾選同意條款喔。', {}],
    ['no-arguing', 'fail', '您當初有簽收過喔。', {}],
    ['no-arguing', 'pass', '其實您是可以申請暫停會籍的，我把表單傳給您。', N],
    // The records used to prove the customer wrong, not to check with them.
    ['no-arguing', 'fail', '其實從系統紀錄來看，您是晚上十點才付款的。', {}],
    ['no-arguing', 'fail', '監視器畫面清楚拍到店員有把找零交給您。', {}],
    ['no-arguing', 'pass', '我們會調出監視器畫面，跟您一起確認找零的過程。', {}],
    // "It was written there all along".
    ['no-arguing', 'fail', '退換貨規定其實有寫在收據背面。', {}],
    ['no-arguing', 'pass', '退換貨規定寫在收據背面，我也可以私訊一份給您。', {}],
    // The complaint renamed and turned back on the customer.
    ['no-arguing', 'fail', '那不是故障，是您沒有先開電源。', {}],
    ['no-arguing', 'fail', '這次不算超收，是您選了加購方案。', {}],
    ['no-arguing', 'pass', '這不是您的錯，是我們的系統沒更新。', {}],
    // "That notion is wrong".
    ['no-arguing', 'fail', '這種想法是錯誤的，會員費本來就按月收。', {}],
    ['no-arguing', 'fail', '您把優惠價當成原價了。', {}],
    ['no-arguing', 'pass', '讓您把月費看成按次收費，是我們說明不夠清楚。', {}],
    // "We did tell you"; "calling it X is unfair".
    ['no-arguing', 'fail', '我們明明有公告喔，只是您沒注意到。', {}],
    ['no-arguing', 'fail', '說我們亂收費，這不公平。', {}],
    ['no-arguing', 'pass', '公告可能不夠明顯，您沒看到很正常，是我們要改進。', {}],
    // The complaint declared baseless, or renamed.
    ['no-arguing', 'fail', '這個溫度其實完全正常，機器沒有壞。', {}],
    ['no-arguing', 'fail', '與其說是漏水，倒不如說是正常的冷凝水。', {}],
    ['no-arguing', 'pass', '會擔心其實很正常，我們今天就派人去看看。', {}],
    // Honours and years held up against a vague post.
    ['engage-wisely', 'fail', '本店獲頒金牌餐廳殊榮，這種評價我們不予回應。', V],
    ['engage-wisely', 'fail', '我們營業三十年了，幾句空泛的批評不代表什麼。', V],
    ['no-arguing', 'pass', '我們開業十年來第一次發生這種事，真的非常抱歉。', {}],
    // "A matter of taste" to a vague insult.
    ['engage-wisely', 'fail', '好不好吃見仁見智啦。', V],
    ['engage-wisely', 'fail', '音樂品味本來就很主觀。', V],
    ['engage-wisely', 'pass', '可以說說是哪一道菜不合口味嗎？我們想改進。', V],
    // The staff's training, or the brand's standing, defended against the poster.
    ['engage-wisely', 'fail', '我們的教練都經過嚴格培訓，請尊重我們的人員。', V],
    ['engage-wisely', 'fail', '一篇留言並不影響我們的口碑。', V],
    ['engage-wisely', 'pass', '謝謝留言，如果有哪位同仁讓您不舒服，歡迎私訊告訴我們。', V],
    // The cause pinned as out of our hands.
    ['no-blame-shifting', 'fail', '颱風停班不在本公司能控制的範圍，請您見諒。', {}],
    ['no-blame-shifting', 'fail', '原物料漲價超出我們的掌控。', {}],
    ['no-blame-shifting', 'pass', '這次停電是我們機房的問題，工程師正在搶修。', {}],
    // "We shipped on time", so it was whoever came after.
    ['no-blame-shifting', 'fail', '我們這邊都有準時寄出，後面就要看郵局了。', {}],
    ['no-blame-shifting', 'fail', '本店是依約出貨的，延遲部分請見諒。', {}],
    ['no-blame-shifting', 'pass', '我們已經在週一寄出，也會幫您追蹤包裹位置。', {}],
    // Someone else's side named as the one that slipped.
    ['no-blame-shifting', 'fail', '是銀行那邊沒有把款項轉過來，我們只能等他們。', {}],
    ['no-blame-shifting', 'fail', '原廠那邊出了包，零件要下個月才到。', {}],
    ['no-blame-shifting', 'pass', '我們會跟原廠那邊確認零件到貨時間，明天回覆您。', {}],
    // The harm handed to a partner, or to the customer to chase.
    ['no-blame-shifting', 'fail', '商品品質由各賣家自行負責喔。', {}],
    ['no-blame-shifting', 'fail', '這部分您需要自己聯絡發卡行。', {}],
    ['no-blame-shifting', 'pass', '我會幫您聯絡發卡行，今天下午前回覆進度。', {}],
    // The work put on an outside party, unless owned in the sentence.
    ['no-blame-shifting', 'fail', '清潔是外包的公司負責的，我們會轉達。', {}],
    ['no-blame-shifting', 'fail', '價格是對方提供的，我們只是照著他們的資料刊登。', {}],
    ['no-blame-shifting', 'pass', '清潔是我們委託的廠商負責的，這是我們的責任，已要求全面重做。', {}],
    // The journey as the likely culprit.
    ['no-blame-shifting', 'fail', '耳機應該是寄送途中被調包了。', {}],
    ['no-blame-shifting', 'pass', '耳機在寄送途中遺失是我們包裝不夠牢靠，馬上幫您補寄。', {}],
    // An error with no owner and an automatic step.
    ['no-blame-shifting', 'fail', '付款時出現異常，所以被系統自動退款了。', {}],
    ['no-blame-shifting', 'fail', '登入時發生錯誤，因此帳號被自動鎖定。', {}],
    ['no-blame-shifting', 'pass', '我們的系統出現錯誤，導致帳號被自動鎖定，非常抱歉，已幫您解鎖。', {}],
    // The likely cause put on how the customer stored or secured it.
    ['no-blame-shifting', 'fail', '巧克力融化多半是放在車上太久。', {}],
    ['no-arguing', 'fail', '帳號被盜通常是點了不明連結造成的。', {}],
    ['no-blame-shifting', 'pass', '為了帳號安全，建議不要重複使用密碼，我們已幫您重設。', {}],
    // The poster linked to another post or account.
    ['protect-privacy', 'fail', '你和在 Dcard 留言說我們很爛的是同一個人吧？', {}],
    ['protect-privacy', 'pass', '這次由上次幫您處理的同一位專員跟進。', {}],
    // When, where and what the customer bought.
    ['protect-privacy', 'fail', '您前幾天在南港門市買的三盒鳳梨酥已經補寄了。', {}],
    ['protect-privacy', 'fail', '您上個月在中山分行辦理的貸款已經核准。', {}],
    ['protect-privacy', 'pass', '您上週買的商品如果有問題，歡迎私訊我們。', {}],
    // A utility or contract account number.
    ['protect-privacy', 'fail', '查到您的水號 2-34-567890-1 這期有抄表異常。', {}],
    ['protect-privacy', 'pass', '電號可以在帳單右上角找到，私訊給我們就能幫您查。', {}],
    // The booking read back, name and all.
    ['protect-privacy', 'fail', '您當初報名的是週六上午的親子班，目前已額滿。', {}],
    ['protect-privacy', 'fail', '查到以陳小姐名義預訂的兩間房。', {}],
    ['protect-privacy', 'pass', '您原本想改哪一天呢？歡迎私訊告訴我們。', {}],
    // The customer's standing or plan.
    ['protect-privacy', 'fail', '您在本店的會員等級已達鑽石，可以直接兌換。', {}],
    ['protect-privacy', 'fail', '您家裝的是500M寬頻，照理不會這麼慢。', {}],
    ['protect-privacy', 'pass', '您家用的是哪個方案呢？方便私訊告訴我們嗎？', {}],
    // "Never a second time".
    ['under-promise', 'fail', '同樣的錯誤絕不會再有第二次。', {}],
    ['under-promise', 'fail', '下次不可能發生第二次了。', {}],
    ['under-promise', 'pass', '我們會盡力避免同樣的事發生第二次。', {}],
    // Colloquial vouching.
    ['under-promise', 'fail', '明天一早就送到，這點包在我身上。', {}],
    ['under-promise', 'fail', '修好之後您可以放一百個心。', {}],
    ['under-promise', 'pass', '不敢拍胸脯保證，但我會每天追蹤。', {}],
    // A sure outcome by a time, or for good.
    ['under-promise', 'fail', '兩小時內系統就會恢復。', {}],
    ['under-promise', 'fail', '更新完之後卡頓就會完全解決。', {}],
    ['under-promise', 'pass', '預估兩小時內系統就會恢復，我會每半小時更新。', {}],
    // A bare "we'll look into it further"; a check that names what is checked.
    ['concrete-next-step', 'fail', '造成不便很抱歉，我們會再了解。', {}],
    ['concrete-next-step', 'fail', '收到，我們會再進一步確認。', {}],
    ['concrete-next-step', 'pass', '我們會再確認您的扣款紀錄，今天下午前回覆。', {}],
    // A refund already owed, stalled with no time.
    ['concrete-next-step', 'fail', '退費我們會儘速處理，請您耐心等候。', {}],
    ['concrete-next-step', 'pass', '退費我們會儘速處理，款項三個工作天內退回原卡。', {}],
    ['concrete-next-step', 'fail', '不好意思讓您久等，我們會了解，謝謝告知。', {}],
    // A put-down dressed as a shrug: no mind-reading, not a charity, ask Google.
    ['calm-tone', 'fail', '店員又沒有讀心術，您沒講我們哪知道。', {}],
    ['calm-tone', 'fail', '這個自己Google一下就有了。', {}],
    ['calm-tone', 'fail', '本店不是做慈善的喔。', {}],
    ['calm-tone', 'pass', '我們不是神仙，但一定會盡力幫您找回包裹。', {}],
    // A polite-sounding brush-off or mock praise.
    ['calm-tone', 'fail', '您的高見我們聽聽就好。', {}],
    ['calm-tone', 'fail', '您這麼專業，不如來幫我們上課？', {}],
    ['calm-tone', 'fail', '排隊的話您就慢慢等吧。', {}],
    ['calm-tone', 'pass', '您這麼懂咖啡，歡迎下次來跟店長聊聊豆子。', {}],
    // Scolding with a question.
    ['calm-tone', 'fail', '麻煩多一點耐心好嗎？', {}],
    ['calm-tone', 'fail', '請下次先搞清楚再來抱怨。', {}],
    ['calm-tone', 'fail', '幹嘛這麼激動？', {}],
    ['calm-tone', 'pass', '謝謝您的耐心，我們明天上午會回覆您。', {}],
    // "Whatever you say"; "anonymous criticism is easy".
    ['engage-wisely', 'fail', '你說難喝就難喝吧。', V],
    ['engage-wisely', 'fail', '躲在螢幕後匿名謾罵真容易。', V],
    ['calm-tone', 'pass', '您說的時段我們都可以配合。', {}],
    // "You get what you pay for"; "we didn't do it on purpose".
    ['calm-tone', 'fail', '便宜沒好貨，這個大家都懂。', {}],
    ['no-arguing', 'fail', '我們又不是故意弄錯的。', {}],
    ['no-arguing', 'pass', '這個價格的方案有包含安裝與保固。', {}],
    // The customer shown the door.
    ['engage-wisely', 'fail', '本店不差您這一位客人。', V],
    ['engage-wisely', 'fail', '不懂就不要亂講。', V],
    ['engage-wisely', 'pass', '您可以不用再跑一趟，我們直接寄給您。', V],
    // Security called on the customer.
    ['calm-tone', 'fail', '您再大聲下去，我們就會請保全過來。', {}],
    ['calm-tone', 'pass', '我們已請保全加強夜間巡邏，也會加裝照明。', {}],
    // The customer's own timeline or order held up against the complaint.
    ['no-arguing', 'fail', '您是在報名截止之後才繳費的。', {}],
    ['no-arguing', 'fail', '您提到等了半小時，不過系統紀錄只有十分鐘。', {}],
    ['no-arguing', 'fail', '您拿到的確實是您選的尺寸。', {}],
    ['no-arguing', 'pass', '讓您在截止後才收到提醒，是我們的疏失。', {}],
    // A flat rebuttal in its polite forms.
    ['no-arguing', 'fail', '當晚並沒有您描述的那種情況。', {}],
    ['no-arguing', 'fail', '恕難認同您的看法。', {}],
    ['no-arguing', 'fail', '不是我們不換，是您已經拆封使用了。', {}],
    ['no-arguing', 'fail', '所謂的異味其實只是新品的味道。', {}],
    ['no-arguing', 'pass', '不是我們不願意，是系統真的無法修改，很抱歉，我幫您改用人工處理。', {}],
    // "Don't criticise so lightly"; "our reviews have always been good".
    ['no-arguing', 'fail', '請別隨意評論我們的料理。', {}],
    ['engage-wisely', 'fail', '我們的口碑一向很好。', V],
    ['engage-wisely', 'pass', '謝謝您留言，想請問是哪一道菜讓您失望呢？', V],
    // "You can't blame us".
    ['no-arguing', 'fail', '您沒帶收據，這也不能怪我們。', {}],
    ['no-blame-shifting', 'fail', '怎麼能怪到我們頭上呢？', {}],
    ['no-blame-shifting', 'pass', '這不能怪您，是我們標示不清楚。', {}],
    // "There is nothing we can do either"; the harm put beyond our reach.
    ['no-blame-shifting', 'fail', '訂單被平台取消了，我們也沒辦法處理。', {}],
    ['no-blame-shifting', 'fail', '這次停水不是我們大樓可以解決的，我們也很無奈。', {}],
    ['no-blame-shifting', 'fail', '我們也是剛剛才得知航班取消。', {}],
    ['no-blame-shifting', 'pass', '這點我們也無能為力，但可以幫您申請折讓。', {}],
    // Another party named as the one who slipped or must answer.
    ['no-blame-shifting', 'fail', '停車場是物業在管的，建議您直接跟管理室反映。', {}],
    ['no-blame-shifting', 'fail', '是上一任承辦人漏了您的資料。', {}],
    ['no-blame-shifting', 'fail', '今天外場是工讀生，動作比較慢。', {}],
    ['no-blame-shifting', 'pass', '我會直接幫您跟管理室反映，明天中午前回覆。', {}],
    // Owning the shortfall makes the named cause an explanation.
    ['no-blame-shifting', 'pass', '新來的同事還不熟練，是我們沒有安排好，很抱歉。', {}],
    // Telling the poster to stop spreading rumours.
    ['no-arguing', 'fail', '請勿在網路上散佈這種惡意謠言。', {}],
    ['no-arguing', 'pass', '網路上有些訊息不正確，正確的公告我們已經放在官網。', {}],
    // The patient's record or visit, the guest's room, the member's profile or policy.
    ['protect-privacy', 'fail', '病歷上顯示您是第二次來做雷射。', {}],
    ['protect-privacy', 'fail', '您前天晚上的急診我們已經調閱紀錄了。', {}],
    ['protect-privacy', 'fail', '您是住在 702 號房對吧？', {}],
    ['protect-privacy', 'fail', '您的帳戶登記的手機是 0933 開頭。', {}],
    ['protect-privacy', 'pass', '702 號房的熱水器今天已經換新了。', {}],
    // Documents sent, a change made, where to do it, a cost borne, a place kept, a month's end.
    ['concrete-next-step', 'pass', '我可以寄這批貨的檢驗報告給您。', {}],
    ['concrete-next-step', 'pass', '已經把您的收件地址修改完成。', {}],
    ['concrete-next-step', 'pass', '可以到「帳戶>付款方式」更換信用卡。', N],
    ['concrete-next-step', 'pass', '這次的維修費全部由本店負擔。', {}],
    ['concrete-next-step', 'pass', '可以幫您保留名額到下一梯次。', {}],
    ['concrete-next-step', 'pass', '檢驗結果我們會在本月底前公布。', {}],
    // "You probably can't use it", said as a jab; standing held up against a vague post.
    ['calm-tone', 'fail', '機器沒有問題，可能您不太會用吧。', {}],
    ['engage-wisely', 'fail', '我們的設計師都是國外名校畢業的。', V],
    ['engage-wisely', 'fail', '這個價位在同業中算很佛心了。', V],
    ['engage-wisely', 'pass', '想請問您是用哪一台機器呢？我們派人過去看看。', V],
    // "Never again" and sure arrivals or refunds, in other words.
    ['under-promise', 'fail', '從此以後都不會再延誤。', {}],
    ['under-promise', 'fail', '不會再讓您的訂單出現這種狀況。', {}],
    ['under-promise', 'fail', '技師明早一定會到。', {}],
    ['under-promise', 'fail', '差額一定會退還給您。', {}],
    ['under-promise', 'pass', '我們會盡量不讓這種狀況再發生。', {}],
    ['under-promise', 'pass', '我沒辦法保證明早一定到，但會一早打給您確認。', {}],
    // The joke corrected instead of joined; a jab at the joker.
    ['join-the-joke', 'fail', '您這個形容並不準確喔。', J],
    ['join-the-joke', 'fail', '哈哈，你最好先反省一下自己的手氣。', J],
    ['calm-tone', 'fail', '您要不要先檢討一下自己？', {}],
    ['calm-tone', 'pass', '我們會先檢討自己的流程，再跟您回報。', {}],
    // The same ideas in Cantonese.
    ['calm-tone', 'fail', '開關掣咁簡單都唔識用？', {}],
    ['calm-tone', 'fail', '最後說多一次，要帶身份證。', {}],
    ['no-arguing', 'fail', '你話排咗半個鐘，不過監視器紀錄只係十分鐘。', {}],
    ['no-blame-shifting', 'fail', '會籍係總部負責㗎，我哋分店幫唔到。', {}],
    ['calm-tone', 'pass', '呢個設定好簡單，我一步步教你。', {}],
  ];
  it.each(PROBE_THREE_IDEAS)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('round ten: ideas from the dev-i corpus, in new words', () => {
  // Each idea in rows written for this table (none is a dev-i line), with near-miss passes.
  const N: Partial<ReplyContext> = { persona: 'neutral' };
  const J: Partial<ReplyContext> = { persona: 'joking' };
  const V: Partial<ReplyContext> = { persona: 'vague-rude' };
  const M: Partial<ReplyContext> = { persona: 'malicious' };
  const E: Partial<ReplyContext> = { needsEscalation: true };
  const NO: Partial<ReplyContext> = { persona: 'neutral', canGrant: false };
  const DEV_I_IDEAS: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    // Thanks for a letter received invites nothing.
    ['take-private', 'fail', '收到您的來信，我們會盡快查明原因。', {}],
    ['take-private', 'fail', '謝謝你的來信，這件事我們正在處理。', {}],
    ['take-private', 'pass', '細節歡迎來信客服信箱，我會親自回覆。', {}],
    // "As we have already explained": a tone fault, not a rebuttal.
    ['calm-tone', 'fail', '如同我們之前已經解釋過的，維修需要送回原廠。', {}],
    ['calm-tone', 'fail', '正如我們一再強調的，特價品不能退換。', {}],
    ['no-arguing', 'pass', '如同我們之前已經解釋過的，維修需要送回原廠，很抱歉讓您久等。', {}],
    ['calm-tone', 'pass', '如同先前門市已說明，維修需要送回原廠，我會幫您追進度。', {}],
    // A batch already pulled is a containment step, not a management promise.
    ['under-promise', 'pass', '我們已經把那一批優格全部下架，主管今晚會打給您。', E],
    ['under-promise', 'fail', '我們會把這個牌子的商品全部下架，再賠您五萬元。', E],
    // The paid-for term extended.
    ['concrete-next-step', 'pass', '游泳池停開三天，您的會籍會自動延長一週。', {}],
    ['concrete-next-step', 'pass', '課程停了兩堂，我們幫你把月票效期順延半個月。', {}],
    ['concrete-next-step', 'fail', '很抱歉，會籍期限無法延長。', {}],
    // A repair visit already booked.
    ['concrete-next-step', 'pass', '我們已經約了電梯廠商明天早上過來檢修。', {}],
    ['concrete-next-step', 'pass', '我哋叫咗師傅聽朝上門整水喉。', {}],
    ['concrete-next-step', 'fail', '很抱歉讓您久等，我們會再留意。', {}],
    // The facts on record, stated to answer a scare.
    ['three-c', 'pass', '理解大家的擔心。這批奶粉已通過食藥署查驗，檢驗報告已公布在官網。若手上的產品有疑慮，我們會免費回收送驗。', { persona: 'malicious', crisis: true }],
    ['three-c', 'fail', '理解大家的擔心，我們會免費回收送驗。', { persona: 'malicious', crisis: true }],
    // A specialist arranged to take it up.
    ['escalate', 'pass', '我會安排主治醫師跟您說明手術紀錄，本週五前聯絡您。', E],
    ['escalate', 'pass', '我哋會安排法務同事同你跟進，三個工作天內覆你。', E],
    ['escalate', 'fail', '我會安排時間再看看。', E],
    // Our own post updated is not the customer's review.
    ['no-review-incentive', 'pass', '受影響的訂單會全額退款，我們也會在粉專貼文更新處理進度。', {}],
    ['no-review-incentive', 'fail', '只要把這則貼文改成好評，我們就全額退款。', {}],
    // A set-phrase apology with the addressee in it.
    ['empathy', 'pass', '班機因濃霧延誤，敬請各位乘客見諒。', {}],
    ['empathy', 'pass', '工程期間停車不便，還請住戶多多包涵。', {}],
    ['empathy', 'fail', '請各位乘客依序排隊登機。', {}],
    // Two options offered as a choice question.
    ['two-alternatives', 'pass', '很抱歉這個尺寸賣完了。您想改訂小一號，還是等月底補貨時我通知您？', NO],
    ['two-alternatives', 'pass', '真係唔好意思，今晚已經滿座。你想改去聽晚，定係我幫你排後補？', NO],
    ['two-alternatives', 'fail', '很抱歉無法退貨。請問是顏色不對還是尺寸不合呢？', NO],
    ['two-alternatives', 'fail', '很抱歉無法退款，我們會補寄配件。請問您想了解的是保固還是退貨規定？', NO],
    // "Very funny, but…" waves the joke off before a lecture.
    ['calm-tone', 'fail', '很好笑喔，不過請您以後看清楚再下單。', J],
    ['join-the-joke', 'fail', '好搞笑，但係電費係按用量計㗎。', J],
    ['join-the-joke', 'pass', '哈哈這個比喻太有畫面了，不過我們的冷氣真的沒有在挖礦啦😂', J],
    // The customer's fear or questions called normal.
    ['empathy', 'pass', '第一次出國驚行李超重好正常，我幫你查一查。', N],
    ['empathy', 'pass', '第一次投保有很多疑問很正常，我一項一項跟您說明。', N],
    ['no-arguing', 'pass', '第一次投保有很多疑問很正常，我一項一項跟您說明。', N],
    // Several managers asked to look into it.
    ['escalate', 'pass', '我已轉請廚房主廚和門市經理一起調查，明天中午前回覆您。', E],
    ['escalate', 'pass', '我會請我們的資安部門主管直接處理，今天下班前回電。', E],
    ['escalate', 'fail', '我會請同事再看看。', E],
    // The customer's chore named as a hassle; a mood hit; our own unease.
    ['empathy', 'pass', '第一次申請退稅真的很頭痛，我把步驟整理給您。', N],
    ['empathy', 'pass', '等了一個月還沒收到，心情一定很糟。', {}],
    ['empathy', 'pass', '聽到您在雨中等車，我們心裡真的很不好受。', {}],
    ['empathy', 'fail', '那天店員心情不好，態度才比較差。', {}],
    // What the customer ordered, read out from the records in public.
    ['protect-privacy', 'fail', '系統顯示您當天只訂了兩晚，並沒有加購早餐。', M],
    ['protect-privacy', 'pass', '系統顯示您的退款申請在到貨後第十天送出。', M],
    // Turning the complaint back as a rhetorical challenge.
    ['no-arguing', 'fail', '那您覺得怎樣才叫好吃呢？', V],
    ['calm-tone', 'fail', '自己裝錯還好意思來投訴喔', J],
    ['no-arguing', 'pass', '請問您覺得哪個時段比較方便？', N],
    // A workaround the customer can use now.
    ['concrete-next-step', 'pass', '目前還不支援匯出，您可以暫時改用列印功能存成檔案。', N],
    ['concrete-next-step', 'pass', '你可以試下用另一條網線再連。', N],
    ['concrete-next-step', 'fail', '謝謝您的建議，您可以用 Email 聯絡我們。', N],
    // Our own equipment room named as news is not blame; a partner's is.
    ['no-blame-shifting', 'pass', '今天的中斷是高雄機房一組交換器故障，工程師正在更換。', {}],
    ['no-blame-shifting', 'fail', '中斷是因為系統商的機房故障，不是我們的問題。', {}],
    // "Read it carefully next time" is arguing, not blame.
    ['no-arguing', 'fail', '請您下次看清楚公告再來問。', {}],
    ['no-blame-shifting', 'pass', '請您下次看清楚公告再來問。', {}],
    // Puzzled, in other words.
    ['empathy', 'pass', '了解帳單突然多了一筆費用讓您很疑惑，以下跟您說明。', N],
    ['empathy', 'fail', '以下跟您說明帳單的計算方式。', N],
    // The suggestion put before the team that decides; a report back expected.
    ['concrete-next-step', 'pass', '我們會把您的意見反映給商品部研議，月底前在粉專回覆結果。', N],
    ['concrete-next-step', 'fail', '我們會把您的意見轉交相關單位參考。', N],
    // Instructions ending "and that is it"; power-cycling; a move offered; a treat.
    ['concrete-next-step', 'pass', '到App的設定頁關掉「自動續訂」就可以了。', N],
    ['concrete-next-step', 'pass', '麻煩您把路由器斷電十秒後再開機。', N],
    ['concrete-next-step', 'pass', '我可以幫你轉去下個月嘅課。', {}],
    ['concrete-next-step', 'pass', '讓您等這麼久，下一杯我們請客。', {}],
    ['concrete-next-step', 'fail', '到時候再看看就好。', {}],
    // The matter passed up, in other shapes.
    ['escalate', 'pass', '我已經將您的情況回報給總公司，三個工作天內給您答覆。', E],
    ['escalate', 'pass', '你嘅案件已經轉咗去管理層，兩日內會有人覆你。', E],
    ['escalate', 'pass', '我已通知法務同仁，週五前以書面回覆您。', E],
    ['escalate', 'fail', '我已通知法務同仁。', E],
    ['escalate', 'pass', '我已經請督導介入，明天下午前回電給您。', E],
    ['escalate', 'pass', '這筆賠償需要主管核准，我已經幫您送出申請，兩天內回覆您。', E],
    ['escalate', 'fail', '這筆賠償需要主管核准，請您耐心等候。', E],
    // "Told you many times", in other verbs.
    ['calm-tone', 'fail', '這點我們已經重申過很多次了。', {}],
    ['calm-tone', 'pass', '這點我們會再跟同事重申一次，謝謝您提醒。', {}],
    // Another option the customer can take now.
    ['concrete-next-step', 'pass', '這款沒有黑色，您可以考慮深藍色。', N],
    ['concrete-next-step', 'fail', '謝謝您的建議，我們會再考慮。', N],
  ];
  it.each(DEV_I_IDEAS)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('round eleven: ideas from five new writers, in new words', () => {
  // Each idea in rows written for this table (none is a dev-j..dev-n line), with near-miss passes.
  const N: Partial<ReplyContext> = { persona: 'neutral' };
  const M: Partial<ReplyContext> = { persona: 'malicious' };
  const ROUND_ELEVEN: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    // A third party named with a failing said of it; ownership in the sentence cancels it; plain status is news.
    ['no-blame-shifting', 'fail', '這次是貨運公司那邊一直拖，才會晚到。', {}],
    ['no-blame-shifting', 'fail', '都是代理商沒有按時交貨，害大家等這麼久。', {}],
    ['no-blame-shifting', 'pass', '代理商沒有按時交貨，但選代理商是我們的責任，我們會負責到底。', {}],
    ['no-blame-shifting', 'pass', '包裹目前在貨運公司的轉運站，預計明天送達。', {}],
    // The harm pinned as out of our hands (Mandarin and Cantonese); a refusal is not that.
    ['no-blame-shifting', 'fail', '延遲的部分不是門市能控制的，請再耐心等等。', {}],
    ['no-blame-shifting', 'fail', '那是物流的安排，不關我們的事。', {}],
    ['no-blame-shifting', 'fail', '呢啲我哋都控制唔到。', {}],
    ['no-blame-shifting', 'pass', '這點我們無法答應，但可以幫您改成隔日配送。', {}],
    // The one who did the harm declared someone else's.
    ['no-blame-shifting', 'fail', '當天的清潔人員是外包公司派的。', {}],
    ['no-blame-shifting', 'fail', '這筆重複扣款並非人工疏失。', {}],
    ['no-blame-shifting', 'pass', '當天的清潔人員是我們自己的員工，責任在我們。', {}],
    // An outside cause used to ask for acceptance; the same cause with a set-phrase apology is news.
    ['no-blame-shifting', 'fail', '因為颱風航班全部延誤，還請大家體諒。', {}],
    ['no-blame-shifting', 'pass', '因為颱風航班全部延誤，造成不便敬請見諒，我們會安排改搭明天的班機。', {}],
    // The customer's own thing or act named as the cause; a customer told it is not their fault is not.
    ['no-blame-shifting', 'fail', '斷線應該是您家的數據機太舊了。', {}],
    ['no-blame-shifting', 'fail', '收不到簡訊是因為您填的手機號碼少了一碼。', {}],
    ['no-blame-shifting', 'fail', '您可能不小心按到取消鍵了。', {}],
    ['no-arguing', 'fail', '收不到簡訊是因為您填的手機號碼少了一碼。', {}],
    ['no-blame-shifting', 'pass', '不是您操作的問題，是我們的系統出錯，我們會退款。', {}],
    ['no-blame-shifting', 'pass', '可能是您收到的那批包裝有瑕疵，我們馬上補寄。', {}],
    // "It was there all along, and you agreed to it"; pointing to where the rules are is not.
    ['no-arguing', 'fail', '其實活動頁上早就有寫限量三百份喔。', N],
    ['no-arguing', 'fail', '報名時您也有勾選同意退費規則。', {}],
    ['no-arguing', 'pass', '活動規則寫在官網活動頁，供您參考。', N],
    // A flat denial that it happened; "no one hurt so far" in a crisis is not.
    ['no-arguing', 'fail', '您提到的推銷情況並不存在。', M],
    ['no-arguing', 'fail', '本店並無超收情事。', M],
    ['no-arguing', 'fail', '我們從未修改過任何訂單金額。', M],
    ['no-arguing', 'fail', '配方其實完全沒變喔。', N],
    ['no-arguing', 'pass', '目前並無人員受傷情形，我們會持續更新。', { crisis: true }],
    // The customer's memory doubted, or the staff upheld; our own slip owned is not.
    ['no-arguing', 'fail', '您確定沒看錯時間嗎？', {}],
    ['no-arguing', 'fail', '可能是小朋友聽錯了。', {}],
    ['no-arguing', 'pass', '可能是我們同事記錯了，很抱歉。', {}],
    // Other customers' satisfaction held up against this one; other customers' complaints are not.
    ['no-arguing', 'fail', '大部分客人都很滿意這個口味喔。', {}],
    ['no-arguing', 'fail', '開店以來都沒人反映過太鹹。', {}],
    ['no-arguing', 'pass', '很多客人也反映過這個問題，我們正在改善。', {}],
    // Explained away as inherent, or shown to another shop; another colour is an option.
    ['no-arguing', 'fail', '週末本來就要排隊。', {}],
    ['no-arguing', 'fail', '不喜歡的話也可以考慮其他店家。', {}],
    ['no-arguing', 'pass', '不喜歡這個顏色的話，也可以選擇其他顏色。', N],
    ['no-arguing', 'fail', '假日人多很正常吧。', N],
    ['no-arguing', 'fail', '您寄來之前的照片就有裂痕。', {}],
    // "We did call you"; a call to come is a next step.
    ['no-arguing', 'fail', '師傅當天有打電話給您，只是沒人接。', {}],
    ['no-arguing', 'pass', '師傅明天會打電話給您約時間。', {}],
    // A guess that the customer brought it on themselves; a guess that offers a check is not.
    ['no-arguing', 'fail', '應該是您那天剛好坐到冷氣口了吧', {}],
    ['no-arguing', 'pass', '可能是您還沒收到通知吧，我幫您查寄件紀錄。', {}],
    // "As we've already explained" is a tone fault, not a rebuttal; a partner's slip then "not our problem" disowns.
    ['no-arguing', 'pass', '如同我們之前已經說明過的，退款需要三到五天。', {}],
    ['calm-tone', 'fail', '如同我們之前已經說明過的，退款需要三到五天。', {}],
    ['no-arguing', 'pass', '這批貨是原廠出了問題，不是我們的問題。', {}],
    ['no-blame-shifting', 'fail', '這批貨是原廠出了問題，不是我們的問題。', {}],
    // Shown the door or dared; "help yourself" to the tea is hospitality.
    ['calm-tone', 'fail', '要怎麼評論請自便。', {}],
    ['no-arguing', 'fail', '要怎麼評論請自便。', {}],
    ['calm-tone', 'fail', '只會酸的人我們就不回了。', {}],
    ['calm-tone', 'pass', '飲料和茶水請自便，有需要再叫我們。', N],
    // A scoff or a scolding; a definition in quotes is not.
    ['calm-tone', 'fail', '所謂的「專業評論」我們都看過了。', {}],
    ['calm-tone', 'pass', '所謂的「預售」是指先付款後出貨。', N],
    ['calm-tone', 'fail', '感謝您百忙之中抽空來指教。', {}],
    ['calm-tone', 'fail', '不喜歡的話那您不要買就好。', {}],
    ['calm-tone', 'fail', '請先看完公告再來發問喔。', N],
    ['calm-tone', 'fail', '不知道您是去過幾家餐廳？', {}],
    ['calm-tone', 'pass', '請問您這個月來過幾次呢？我幫您查點數。', N],
    // Calls the post fake or paid, or doubts the poster was a customer; asking when they came is not.
    ['no-arguing', 'fail', '這篇根本是假消息。', M],
    ['facts-not-accusations', 'fail', '是不是拿了別家的錢來寫的？', M],
    ['no-arguing', 'fail', '想確認您是不是真的有來店消費過。', M],
    ['no-arguing', 'pass', '想確認您是哪一天來店消費，我幫您查當天的出餐紀錄。', M],
    // A concrete act the writer commits to, named by its verb; a negated one or a vague one is not.
    ['concrete-next-step', 'pass', '我明天會把新的價目表貼在門口。', {}],
    ['concrete-next-step', 'pass', '我們今晚會重新標示貨架上的價格。', {}],
    ['concrete-next-step', 'pass', '我幫您保留到週日。', {}],
    ['concrete-next-step', 'pass', '我哋聽日會寄返一部新機俾你。', {}],
    ['concrete-next-step', 'fail', '我們不會補寄。', {}],
    ['concrete-next-step', 'fail', '我們會再研究看看。', {}],
    // What the customer can do, or the number that settles the question.
    ['concrete-next-step', 'pass', '每間分店都能換尺寸喔。', N],
    ['concrete-next-step', 'pass', '也可以搭公車到市府站。', N],
    ['concrete-next-step', 'fail', '恕不可退換。', N],
    ['concrete-next-step', 'pass', '六期以上每期手續費 1%。', N],
    ['concrete-next-step', 'pass', '滿 500 送一杯飲料。', N],
    ['concrete-next-step', 'pass', '春節初一到初三公休。', N],
    // The records shown, or a report back tied to the result.
    ['concrete-next-step', 'pass', '化驗結果出來後我會主動通知您。', M],
    ['concrete-next-step', 'pass', '當天的出貨照片我可以拍給您看。', M],
    ['concrete-next-step', 'pass', '歡迎約時間一起看當天的監視器畫面。', M],
    ['concrete-next-step', 'fail', '我們會把這件事記下來。', M],
    // What is happening to the matter, and when.
    ['concrete-next-step', 'pass', '您的訂單明天會出貨。', N],
    ['concrete-next-step', 'pass', '技術團隊正在修復。', {}],
    ['concrete-next-step', 'fail', '您的訂單還在處理中。', N],
    // A remedy given now; one refused is not.
    ['concrete-next-step', 'pass', '這次的運費我們幫您退一半。', {}],
    ['concrete-next-step', 'pass', '包裹已改送到您公司。', {}],
    ['concrete-next-step', 'pass', '下次來讓我請一杯。', {}],
    ['concrete-next-step', 'fail', '這個我沒辦法幫您退。', {}],
    // A bare hand-off still counts; one "for reference" to "the relevant units" does not.
    ['concrete-next-step', 'pass', '會有專人跟您聯絡。', {}],
    ['concrete-next-step', 'pass', '我會把病歷交給主治醫師確認。', {}],
    ['concrete-next-step', 'pass', '我們會幫您轉告店長。', {}],
    ['concrete-next-step', 'fail', '會轉達相關單位。', {}],
    ['concrete-next-step', 'fail', '我們會轉達給相關單位參考。', {}],
    ['calm-tone', 'pass', '我會把您的案件交給承辦律師處理。', M],
    // The call moves private in the other word order.
    ['take-private', 'pass', '主管明天會再與您聯繫。', {}],
    ['take-private', 'fail', '謝謝您，我們會改進。', {}],
    // What the customer does next, or a coaching step.
    ['concrete-next-step', 'pass', '訂位時跟我們說一聲就好。', N],
    ['concrete-next-step', 'pass', '我們會再提醒當班同仁。', {}],
    ['concrete-next-step', 'pass', '下次點餐可以選少糖。', N],
    ['concrete-next-step', 'fail', '下次請多注意。', {}],
    // The harm handed to another party to answer for; offering to call them is not.
    ['no-blame-shifting', 'fail', '停電的問題請洽台電。', {}],
    ['no-blame-shifting', 'fail', '這要找房東喔。', {}],
    ['no-blame-shifting', 'fail', 'Apple 那邊的更新出錯了。', {}],
    ['no-blame-shifting', 'pass', '我們會幫您聯絡台電確認。', {}],
    ['no-blame-shifting', 'fail', '扣款的事要去問發卡行喔。', {}],
    // A scolding question or a shrug; a question about what happened is not.
    ['calm-tone', 'fail', '只是晚了五分鐘，有需要這麼生氣嗎？', {}],
    ['calm-tone', 'fail', '退款規則都公告了，您自己看著辦吧。', {}],
    ['calm-tone', 'pass', '想請問當時是哪個環節讓您不舒服呢？', {}],
  ];
  it.each(ROUND_ELEVEN)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('a partner that mixed things up', () => {
  const MIXED_UP: Array<[RuleId, Verdict, string, Partial<ReplyContext>?]> = [
    ['no-blame-shifting', 'fail', '不好意思,我們的外燴廠商把素食餐搞混了。— 小美'],
    ['no-blame-shifting', 'fail', '抱歉讓您久等,物流公司把兩箱貨拿錯了。— 小美'],
    // Our own mix-up, owned, passes.
    ['no-blame-shifting', 'pass', '抱歉,是我們自己把訂單搞混了,我馬上幫您重做。— 小美'],
  ];
  it.each(MIXED_UP)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('round twelve: ideas from replies typed into the scenarios, in new words', () => {
  const P: Partial<ReplyContext> = { channel: 'private' };
  const ROUND_TWELVE: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    // A request to change the review made to the customer, or "that post" taken down, traded for a benefit.
    ['no-review-incentive', 'fail', '謝謝您的體諒!為了感謝您肯修改評價,我送您一張300元折價券。— 小美', P],
    ['no-review-incentive', 'fail', '如果您願意把臉書那篇先拿掉,我們就幫您免費升級成豪華房。— 小美', P],
    ['no-review-incentive', 'fail', '謝謝您幫我們更新那則,寄一盒手工餅乾給您當謝禮。— 小美', P],
    ['no-review-incentive', 'pass', '已經幫您全額退款了,評論要不要改都尊重您的決定。— 小美', P],
    // A gift sent, then a request only once it is resolved: no trade.
    ['no-review-incentive', 'pass', '新的一組今天寄給您。問題解決後,如果願意的話再幫我們更新評論,謝謝您。— 小美', P],
    // An estimate still promises when it says "definitely"; Cantonese promises too.
    ['under-promise', 'fail', '系統預計今晚十點前一定能修好,請大家放心。— 小美', { persona: 'neutral' }],
    ['under-promise', 'pass', '系統預計今晚十點前修好,有最新進度會再更新。— 小美', { persona: 'neutral' }],
    ['under-promise', 'fail', '唔好意思!個網頁今晚一定整好,以後保證冇人會再撞到呢個問題。Ada', {}],
    ['under-promise', 'pass', '唔好意思!我哋今晚會修正個網頁,整好之後再通知你。Ada', {}],
    // A new or part-time colleague's inexperience given as the reason; the customer's side or attention held against them; their account doubted.
    ['no-blame-shifting', 'fail', '抱歉!那天櫃台是實習生,她還不熟悉流程,才會算錯。— 小美', {}],
    ['no-blame-shifting', 'fail', '不好意思,那位師傅才剛來沒多久,手藝還在磨練。— 小美', {}],
    ['no-blame-shifting', 'pass', '抱歉!那天是我們排班沒安排好,讓新同仁一個人顧櫃台,責任在我們。— 小美', {}],
    ['no-arguing', 'fail', '我們這邊測試都正常,應該是您家裡的路由器設定有問題。— 小美', {}],
    ['no-arguing', 'fail', '公告三天前就貼了,是您當時沒留意到而已。— 小美', {}],
    ['no-arguing', 'fail', '我們每份都有秤重,理論上不會少。— 小美', {}],
    ['no-arguing', 'fail', '看了監視器,跟您所說的有些落差。— 小美', {}],
    ['no-arguing', 'pass', '您沒看到公告的話,我再把連結傳給您。— 小美', {}],
    // From dev-r: a correction ("其實…已經有寫了"), a clarification that denies, the harm put on the journey or a subcontractor, a colleague "only in his second week", a review to change asked first, a "說到做到" promise.
    ['no-arguing', 'fail', '其實退費規則在訂購頁最下面早就寫得很清楚了喔。— 小美', {}],
    ['no-arguing', 'fail', '跟大家澄清一下,我們的照片都是實拍,並沒有修圖。— 小美', {}],
    ['no-arguing', 'pass', '退費規則寫在訂購頁最下面,我把連結私訊給您。— 小美', {}],
    ['no-blame-shifting', 'fail', '蛋糕應該是在配送途中被壓到的,我們會跟物流反映。— 小美', {}],
    ['no-blame-shifting', 'fail', '很抱歉,這批是代工廠包裝沒處理好。— 小美', {}],
    ['no-blame-shifting', 'fail', '她才上班第一週,還請您多包涵。— 小美', {}],
    ['no-review-incentive', 'fail', '負評如果可以的話幫我們刪掉,下次來我送您一杯咖啡。— 小美', { channel: 'private' }],
    ['under-promise', 'fail', '這個口味下個月就上架,說到做到!— 小美', { persona: 'neutral' }],
    // From dev-s: "I told you so", a suspiciously timed post, our records against the customer, another team's setting or the courier's system put first, a colleague "only two weeks in".
    ['calm-tone', 'fail', '早就跟大家說過我們的豆子是新鮮的嘛 😅 — 小美', {}],
    ['calm-tone', 'pass', '這個問題我們早就發現了,已經在修,今晚修好。— 小美', {}],
    ['no-arguing', 'fail', '這篇評論PO得這麼巧,不禁讓人不得不懷疑動機。— 小美', { persona: 'malicious' }],
    ['no-arguing', 'fail', '系統裡查不到您的退貨申請紀錄。— 小美', {}],
    ['no-blame-shifting', 'fail', '運費是總公司的規定,我們門市改不了。— 小美', {}],
    ['no-blame-shifting', 'fail', '到貨時間一律以宅配公司系統為準,敬請見諒。— 小美', {}],
    ['no-blame-shifting', 'fail', '那天店員才來三天,動作比較不熟練。— 小美', {}],
    // A cause told as news is read by the tables as the settled pass it is (the reading stays out).
    ['no-blame-shifting', 'pass', '更新:因颱風影響,今天部分地區的配送會延遲,恢復後我們會在這裡更新。謝謝大家的耐心,造成不便很抱歉。— 小美', { persona: 'neutral' }],
  ];
  it.each(ROUND_TWELVE)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('round thirteen: next steps said as money handed back, one swapped, the books checked, a place to go; tone faults said politely', () => {
  const ROUND_THIRTEEN: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    ['concrete-next-step', 'pass', '真的很抱歉多收您兩百,差額我今天就轉帳給您。— 小美', {}],
    ['concrete-next-step', 'pass', '餅乾碎成這樣太不應該了,私訊我收據,幫您換一盒新的。— 小美', {}],
    ['concrete-next-step', 'pass', '這次的課程費用我直接幫您全額退,不用再跑一趟。— 小美', {}],
    ['concrete-next-step', 'pass', '我晚上就把當天的收據調出來核對,核對完私訊跟您說結果。— 小美', {}],
    ['concrete-next-step', 'pass', '您好,發票載具請到財政部平台申請綁定。— 小美', { persona: 'neutral' }],
    // Near misses: "put it another way" is no swap, and the spot to leave a comment is no place to get it done.
    ['concrete-next-step', 'fail', '換個說法吧,我們真的很重視您的意見。— 小美', {}],
    ['concrete-next-step', 'fail', '謝謝您的意見,我們會虛心檢討。— 小美', {}],
    // A check named for this customer, a change with its when, where the answer is or when it comes.
    ['concrete-next-step', 'pass', '抱歉讓您困擾,我幫您查一下還有沒有庫存。— 小美', {}],
    ['concrete-next-step', 'pass', '不好意思,我幫您開一張維修單,師傅會再聯絡您。— 小美', {}],
    ['concrete-next-step', 'pass', '很抱歉讓您久等,下個月開始櫃台會多排兩位同仁。— 小美', {}],
    ['concrete-next-step', 'pass', '謝謝回報,結帳頁現在也多了一道地址確認。— 小美', {}],
    ['concrete-next-step', 'pass', '您好,成分表請參閱瓶身背面的標示。— 小美', { persona: 'neutral' }],
    ['concrete-next-step', 'pass', '您好,電子票券將於活動前一天寄送到您的信箱。— 小美', { persona: 'neutral' }],
    ['concrete-next-step', 'fail', '您好,相關事宜請參閱本公司官網之相關規定。— 客服中心', { persona: 'neutral' }],
    ['concrete-next-step', 'fail', '您的帳單多了一筆扣款我們知道了,謝謝告知。— 小美', {}],
    // The customer's situation or feeling named; thanks after an emoji or a wave dash that ends a sentence.
    ['empathy', 'pass', '第一次來找停車位真的很頭痛,後面巷子有合作停車場。— 小美', { persona: 'neutral' }],
    ['empathy', 'pass', '帳號被鎖住一定很急,三十分鐘後會自動解除。— 小美', { persona: 'neutral' }],
    ['empathy', 'fail', '很遺憾您有這樣的感受,我們都是照流程處理。— 小美', {}],
    ['thank-the-customer', 'pass', '哈哈我們的App連這個都不會😂 謝謝您的回報,已經轉給工程師了。— 小美', { persona: 'joking' }],
    ['thank-the-customer', 'pass', '謝謝您的提問~ 菜單背面其實有寫喔,可以做無糖的。— 小美', { persona: 'neutral' }],
    // A role glued to 阿 and a Latin name, or a dash sign-off after a wave dash.
    ['personal-touch', 'pass', '謝謝您的支持!下次見~ 調酒師阿Leo', { persona: 'joking' }],
    ['personal-touch', 'pass', '謝謝分享~—阿凱', { persona: 'joking' }],
    ['personal-touch', 'fail', '謝謝分享~ 客服中心', { persona: 'joking' }],
    // A benefit (加送一份, 打八折) traded for the stars.
    ['no-review-incentive', 'fail', '如果您幫我們在地圖上留個五星,下次來加送一份小菜!— 小美', { persona: 'joking' }],
    ['no-review-incentive', 'fail', '只要給我們五星評價,這次幫您打八折。— 小美', {}],
    ['no-review-incentive', 'pass', '這次幫您打八折,評論怎麼寫都尊重您。— 小美', {}],
    // Data asked for in the thread by names the list lacked: 門號, a game ID.
    ['protect-privacy', 'fail', '麻煩在這邊留一下您的門號,我幫您查帳單。— 小美', {}],
    ['protect-privacy', 'fail', '把您的玩家ID貼在留言,我幫您補發道具。— 小美', { persona: 'neutral' }],
    ['protect-privacy', 'pass', '麻煩私訊您的門號,我幫您查帳單。— 小美', {}],
    // Two options stated at once.
    ['two-alternatives', 'pass', '很抱歉,這個我沒辦法退。不過有兩個辦法:改期到下個月,或是換成等值的課程。— 小美', { canGrant: false }],
    ['two-alternatives', 'fail', '很抱歉,這個我沒辦法退,只能改期。— 小美', { canGrant: false }],
    // Others held up as fine, the source doubted, "you should have looked first", talking down, the door shown.
    ['no-arguing', 'fail', '其他會員都覺得新的預約系統很方便喔,不知道您是卡在哪一步?— 小美', {}],
    ['no-arguing', 'fail', '那天一共出了三百多份,沒有任何一位客人反映不適。— 小美', { persona: 'malicious' }],
    ['no-arguing', 'fail', '請問您是親自來過,還是只是在網路上看到傳聞而已?— 小美', { persona: 'malicious' }],
    ['no-arguing', 'fail', '我們出貨前都有檢查,應該不至於是最差的吧。— 小美', {}],
    ['no-arguing', 'fail', '尺寸表都有標示,購買前其實應該先看清楚喔。— 小美', {}],
    ['no-blame-shifting', 'pass', '尺寸表都有標示,購買前其實應該先看清楚喔。— 小美', {}],
    ['calm-tone', 'fail', '這個功能真的很簡單,大部分人看一下說明就會了。— 小美', { persona: 'neutral' }],
    ['calm-tone', 'fail', '好,我再慢慢跟您解釋一次:退款要七個工作天。— 小美', {}],
    ['calm-tone', 'fail', '您的眼光可能還需要再加強喔😅 — 小美', { persona: 'joking' }],
    ['calm-tone', 'fail', '嫌難吃的話,隔壁的便當店也可以考慮。— 小美', {}],
    // Near misses: no one else reported it, said as a fact to check together; a tip said as a tip.
    ['no-arguing', 'pass', '我們查了當天的紀錄,目前沒有其他客人反映不適,想請您私訊我們一起釐清。— 小美', { persona: 'malicious' }],
    ['calm-tone', 'pass', '設定方式在「會員」頁面,需要的話我一步一步帶您操作。— 小美', { persona: 'neutral' }],
  ];
  it.each(ROUND_THIRTEEN)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('round fourteen: ideas that generalise past one sentence, in new words', () => {
  const ROUND_FOURTEEN: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    // The customer's own signature held up against the complaint; asking for one, or offering the signed record to look at together, is not.
    ['no-arguing', 'fail', '很抱歉讓您不愉快。不過續約條款您當天也有簽名確認,費用還是得照收。— 小美', {}],
    ['no-arguing', 'fail', '這筆清潔費是您退租時簽字同意的項目,所以押金才會扣除。— 小美', { persona: 'neutral' }],
    ['no-arguing', 'fail', '這個合約您當初都有簽名,內容也寫在第三條。— 小美', {}],
    ['no-arguing', 'pass', '退費申請書我寄到您的信箱了,請您也簽名後拍照回傳,我收到就幫您辦。— 小美', {}],
    ['no-arguing', 'pass', '當天的施工單有您簽名的紀錄,方便的話私訊我,我們一起看一遍。— 小美', { persona: 'malicious' }],
    // The complaint put down to the customer's muddle; our own mix-up owned is not.
    ['no-arguing', 'fail', '保固一律是一年,應該是您把別家的活動記混了。— 小美', { persona: 'neutral' }],
    ['no-arguing', 'fail', '杯子容量都一樣,可能是換了新杯型讓您有這種錯覺。— 小美', {}],
    ['no-arguing', 'pass', '很抱歉,可能是我們這邊把您的預約時段登記錯了,我馬上幫您改。— 小美', {}],
    ['no-arguing', 'pass', '說明寫得不夠清楚,讓您誤會了,是我們的問題,抱歉。— 小美', { persona: 'neutral' }],
    // A flat denial softened with 喔; a reassurance is not.
    ['no-arguing', 'fail', '謝謝您的留言,我們的便當份量並沒有減少喔,每盒都有秤重。— 小美', {}],
    ['no-arguing', 'fail', '那天的課其實不算遲到喔,表定是七點半開始。— 小美', { persona: 'neutral' }],
    ['no-arguing', 'pass', '請放心,您的信用卡並沒有被扣兩次喔,第二筆只是預授權,三天內會消失。— 小美', { persona: 'neutral' }],
    ['no-arguing', 'pass', '很抱歉讓您等那麼久,我們也沒辦法讓系統更快,但今天會先幫您人工處理喔。— 小美', {}],
    // A rhetorical question that argues the customer down; a plain question is not.
    ['no-arguing', 'fail', '難道您覺得我們會故意少給嗎?每一盒都有秤重。— 小美', {}],
    ['no-arguing', 'fail', '您想想,要是真的沒充電,怎麼會有這筆充電紀錄呢?— 小美', {}],
    ['no-arguing', 'pass', '想請您想想看,哪一個時段比較方便讓師傅過去?— 小美', { persona: 'neutral' }],
    ['no-arguing', 'pass', '您可以想想看要退款還是換貨,兩個我都可以馬上辦。— 小美', {}],
    // The customer measured against "ordinary people", or asked whether it is clear enough now; a sincere offer to explain again is not.
    ['calm-tone', 'fail', '改密碼很簡單啦,一般人大概兩分鐘就完成了,您再試一次吧。— 小美', { persona: 'neutral' }],
    ['calm-tone', 'fail', '流程我已經列成三步了,這樣寫應該夠清楚了吧?— 小美', { persona: 'neutral' }],
    ['calm-tone', 'pass', '改密碼的步驟有點多,我把三個步驟列在下面,卡在哪一步都可以問我。— 小美', { persona: 'neutral' }],
    ['calm-tone', 'pass', '這樣說明會比較清楚嗎?如果還有不懂的地方,我打電話跟您說。— 小美', { persona: 'neutral' }],
    // A jab at the customer's intelligence, the insult handed back; a clinic offering a check-up is not.
    ['calm-tone', 'fail', '我們店長的頭腦好得很喔,倒是您要不要先去看個醫生?', { persona: 'vague-rude' }],
    ['calm-tone', 'fail', '義式咖啡本來就比較苦,不懂的話可以先上網查一下喔😊 — 小美', {}],
    ['calm-tone', 'pass', '牙齦會痛真的很難受,建議您來掛號讓醫師檢查一下,我幫您排明早的門診。— 小美', {}],
    ['calm-tone', 'pass', '這個術語確實不好懂,我把意思整理在下面給您參考。— 小美', { persona: 'neutral' }],
    // The ordinary complainer warned off; a security step is not.
    ['calm-tone', 'fail', '再用這種字眼留言,我們會直接封鎖。— 小美', { persona: 'vague-rude' }],
    ['calm-tone', 'fail', '另外提醒您,在網路上留言是要自己負責任的喔。— 小美', {}],
    ['calm-tone', 'pass', '我們已經封鎖那個冒用本店名稱的假帳號,也向平台檢舉了,謝謝大家提醒。— 小美', { persona: 'neutral' }],
    ['calm-tone', 'pass', '為了保護您的資料,請不要在公開留言寫電話,私訊給我就好。— 小美', {}],
    // The harm said to be someone else's job; our own team owning it, or a hand-off with a time, is not.
    ['no-blame-shifting', 'fail', '很抱歉讓您久等,包裝是合作的包材廠商設計的,這次尺寸沒算好。— 小美', {}],
    ['no-blame-shifting', 'fail', '這次的網頁錯字是行銷部做的,我們客服也是今天才知道。— 小美', { persona: 'neutral' }],
    ['no-blame-shifting', 'pass', '這次的錯是我們自己的出貨組負責的,漏寄是我們的疏失,今天就補寄。— 小美', {}],
    ['no-blame-shifting', 'pass', '接下來會由品保部負責追蹤,他們週三前會打電話給您。— 小美', {}],
    // The cause put on the user's side; a safety tip, or our own fault that users ran into, is not.
    ['no-blame-shifting', 'fail', '吹風機的線斷掉,是使用者拉扯電線造成的。— 小美', {}],
    ['no-blame-shifting', 'fail', '這類刮傷是買家開箱時用美工刀導致的。— 小美', { persona: 'neutral' }],
    ['no-blame-shifting', 'pass', '使用時請把蓋子鎖緊,以免熱湯溢出造成燙傷;這次的退款今天就處理。— 小美', {}],
    ['no-blame-shifting', 'pass', '部分用戶遇到的登入失敗是我們伺服器更新出錯造成的,真的很抱歉,已經修好了。— 小美', { persona: 'neutral' }],
  ];
  it.each(ROUND_FOURTEEN)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('round fifteen: what happened told as news in a crisis; an escrow account is no guarantee; granting on the spot', () => {
  const ROUND_FIFTEEN: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    ['three-c', 'pass', '很抱歉造成大家不便。今天清晨東區一條水管破裂,搶修人員已經到場,晚上八點前會在這裡更新進度。— 小美', { crisis: true }],
    ['three-c', 'pass', '很抱歉讓大家受到驚嚇。下午兩點因冷氣機過熱觸發火警警報,全館已疏散,我們已請廠商檢修,今晚九點前在粉專說明。— 小美', { crisis: true }],
    ['three-c', 'fail', '很抱歉造成大家不便,我們會在這裡持續更新。— 小美', { crisis: true }],
    ['under-promise', 'pass', '謝謝您的提問。本公司所有訂金都存入履約保證專戶,可以私訊我們查詢。— 小美', { persona: 'neutral' }],
    ['under-promise', 'fail', '真的很抱歉,我直接幫您全額退費,今天就處理。— 小美', { needsEscalation: true }],
    ['under-promise', 'fail', '真的很抱歉,賠償金額您開就好。— 小美', { needsEscalation: true }],
    ['under-promise', 'pass', '真的很抱歉,退費需要主管核准,我已經轉給主管,明天中午前回覆您。— 小美', { needsEscalation: true }],
    ['under-promise', 'pass', '剛才我不該直接答應退費,那要由主管決定,我已經轉給主管,明天中午前回覆您。— 小美', { needsEscalation: true }],
  ];
  it.each(ROUND_FIFTEEN)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('round sixteen: a fault owned and paid out with nothing checked, doubt cast politely, and who signs', () => {
  const ROUND_SIXTEEN: [RuleId, Verdict, string, Partial<ReplyContext>][] = [
    // Owning the fault and paying out, with nothing checked, grants a claim nobody has verified.
    ['facts-not-accusations', 'fail', '非常抱歉,這是我們的疏失,我們會全額退款給您,也會補寄一份新的。— 小美', { persona: 'malicious' }],
    ['facts-not-accusations', 'pass', '很抱歉讓您擔心。請私訊訂單編號,我今天就調出出貨影片確認,若是我們的疏失會全額退款。— 小美', { persona: 'malicious' }],
    // Doubt or a motive cast on the poster, however politely.
    ['facts-not-accusations', 'fail', '謝謝您的留言。當天的錄音我們都有,大家可以自行判斷 🙂 — 小美', { persona: 'malicious' }],
    ['facts-not-accusations', 'fail', '您這樣說要有證據喔,我們的廚房每天都有清潔紀錄。— 小美', { persona: 'malicious' }],
    ['facts-not-accusations', 'pass', '謝謝您的留言。方便的話請私訊訂單編號和照片,我們會調出出貨紀錄確認。— 小美', { persona: 'malicious' }],
    // An office or a business signing is the company's voice; 本人 is the customer in person, not the writer.
    ['personal-touch', 'fail', '很抱歉造成不便,我們會盡快改善。— 安心小兒科', {}],
    ['personal-touch', 'fail', '謝謝您的建議,我們會研究看看。 客服部', { persona: 'neutral' }],
    ['personal-touch', 'fail', '依規定需本人至門市辦理,造成不便敬請見諒。', {}],
    ['personal-touch', 'pass', '本人是這家店的店長,這件事會親自處理。', {}],
    ['personal-touch', 'pass', '謝謝您告訴我們,明天會補寄給您。— 老闆阿強敬上', {}],
  ];
  it.each(ROUND_SIXTEEN)('%s is %s for %s', (rule, expected, text, over) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
  it('names a payout traded for the post as the trade, not as grovelling', () => {
    const text = '很抱歉,這是我們的疏失,我們會全額退款;也麻煩您把這篇文章刪掉,我們再加送一張餐券。— 小美';
    expect(verdict('facts-not-accusations', text, { persona: 'malicious' })).toBe('fail');
    expect(evidence('facts-not-accusations', text, { persona: 'malicious' })).toMatch(/^zh-TW\.(?:incentive|review)\./);
  });
});

describe('zh-TW: protect-privacy, what the records say the customer did and when', () => {
  it.each([
    ['an order, with its date', '您好,查到您 4/22 訂的兩箱蘋果已經出貨了,抱歉讓您久等。— 小美', 'fail'],
    ['a parent\'s medical record, with its date', '我們深感遺憾。根據病歷,令堂於 8/14 入院時已經高燒不退。— 小美', 'fail'],
    ['a visit, with its time', '我看您昨天晚上七點在中山店點的是小杯喔!— 小美', 'fail'],
    ['near miss: a dated fact about no one', '經查,9/2 有部分伺服器異常,目前已修復,造成不便很抱歉。— 小美', 'pass'],
    ['near miss: a check promised, nothing read out', '很抱歉讓您久等,我會查一下您的訂單,今天下班前私訊回覆您。— 小美', 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('protect-privacy', text, { persona: 'angry' })).toBe(expected);
  });
});
