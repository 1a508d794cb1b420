import { describe, expect, it } from 'vitest';
import type { ReplyContext, RuleId, Verdict } from '../../../src/lib/scoring/contract.ts';
import { ja } from '../../../src/lib/scoring/detectors/ja.ts';
import { CUES } from '../../../src/lib/scoring/detectors/types.ts';
import { scoreReply } from '../../../src/lib/scoring/score-reply.ts';
import { assertedVerdicts } from './asserted-verdicts.ts';

/** A Japanese reply context: an angry customer in a public thread unless told otherwise. */
const ctx = (text: string, over: Partial<ReplyContext> = {}): ReplyContext => ({
  lang: 'ja',
  persona: 'angry',
  channel: 'public',
  text,
  ...over,
});

const asserted = assertedVerdicts(import.meta.url);
/** A verdict this file asserts (kept as data for training, see asserted-verdicts.ts). */
const verdict = (rule: RuleId, text: string, over: Partial<ReplyContext> = {}): Verdict => asserted(ctx(text, over), rule);

/** The finding's evidence id for a rule, to check which entry decided. */
const evidence = (rule: RuleId, text: string, over: Partial<ReplyContext> = {}): string | undefined =>
  scoreReply(ctx(text, over)).findings.find((f) => f.rule === rule)?.evidence;

describe('ja pack: shape', () => {
  it('lists every cue with stable, unique ja.* ids and shareable patterns', () => {
    const ids = new Set<string>();
    for (const cue of CUES) {
      const entries = ja.cues[cue];
      expect(entries.length, cue).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.id).toMatch(/^ja\.[a-z-]+\.[a-z0-9-]+$/);
        expect(ids.has(e.id), e.id).toBe(false);
        ids.add(e.id);
        expect(e.pattern.flags).not.toMatch(/[gy]/);
        expect(e.note.length).toBeGreaterThan(0);
      }
    }
  });

  it('matches long hostile input in linear time', () => {
    const inputs = [
      'あ'.repeat(20000),
      '申し訳'.repeat(5000),
      '必ず'.repeat(8000) + 'ません',
      'ご注文番号'.repeat(3000) + 'DM',
      '担当 '.repeat(5000) + '佐藤',
      '（'.repeat(10000) + '佐藤',
      'w'.repeat(20000) + '!',
      '😂'.repeat(8000),
      '0-'.repeat(10000),
      'a@'.repeat(10000),
      '１'.repeat(20000),
      '1,'.repeat(10000),
      '　'.repeat(20000),
      'か、'.repeat(10000),
      '佐藤です'.repeat(5000),
      '業者の'.repeat(6000),
      '「必ず'.repeat(6000),
    ];
    const all = [...Object.values(ja.cues).flat(), ...(ja.clauseBreaks ?? [])];
    const started = performance.now();
    for (const input of inputs) for (const e of all) e.pattern.exec(input);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('ja: empathy', () => {
  it.each([
    ['keigo', 'この度はご迷惑をおかけし、誠に申し訳ございません。'],
    ['polite', '届くのが遅くなってしまい、申し訳ありません。'],
    ['casual', 'お仕事中なのに本当にごめんなさい🙏'],
    ['すみません as an apology', 'お待たせしてしまいすみません。'],
    ['a cushioned refusal', '誠に申し訳ございませんが、日時指定はお受けしておりません。'],
    ['names the feeling', '楽しみにしていただいていたのに、さぞがっかりされたことと存じます。'],
    ['reflects the experience', 'ご予定が変わってしまったのですね。'],
  ])('counts %s', (_label, text) => {
    expect(verdict('empathy', text)).toBe('pass');
  });

  it('does not count a conditional apology', () => {
    expect(verdict('empathy', 'ご不快に感じられたのであれば申し訳なく思います。')).toBe('fail');
  });

  it('does not count すみませんが as "excuse me"', () => {
    expect(verdict('empathy', 'すみませんが、受付番号をお問い合わせフォームからお送りください。')).toBe('fail');
  });

  it('does not count "sorry you cannot understand"', () => {
    expect(verdict('empathy', 'ご理解いただけず残念です。返品送料はお客様ご負担となります。')).toBe('fail');
  });
});

describe('ja: no-arguing', () => {
  it('fails 「お客様の勘違いです」 even after a thank-you', () => {
    expect(verdict('no-arguing', 'ご連絡ありがとうございます。ですが、お客様の勘違いです。')).toBe('fail');
  });

  it('fails a 規約-as-rebuttal', () => {
    expect(verdict('no-arguing', 'セール商品は返品不可である旨、利用規約に記載のとおりです。')).toBe('fail');
  });

  it('passes pointing to where the terms are published', () => {
    const text = 'ご指摘ありがとうございます。送料無料の条件は商品ページ下部に記載しています。表示を分かりやすく直します。';
    expect(verdict('no-arguing', text, { persona: 'neutral' })).toBe('pass');
  });

  it('fails a blanket denial and a blunt correction', () => {
    expect(verdict('no-arguing', '通常のご使用で割れることはございませんので、ご了承ください。')).toBe('fail');
    expect(verdict('no-arguing', 'いえ、パンダです。写真をよくご確認ください。', { persona: 'joking' })).toBe('fail');
  });
});

describe('ja: calm-tone', () => {
  it('fails full-width shouting', () => {
    expect(verdict('calm-tone', 'お電話が大変混み合っております！！！しばらくお待ちください！！！')).toBe('fail');
  });

  it('fails laughing at the complaint', () => {
    expect(verdict('calm-tone', 'そうですか。お客様も随分と大きな声でお話しされていたようですが（笑）。')).toBe('fail');
  });

  it('does not read ばかり or カスタマー as insults', () => {
    const text = '届いたばかりの炊飯器が使えないなんて、申し訳ございません。カスタマーセンターでも承ります。';
    expect(verdict('calm-tone', text)).toBe('pass');
  });
});

describe('ja: no-blame-shifting', () => {
  it('passes 「お客様のせいではございません」', () => {
    const text = '申し訳ございません。お客様のせいではございません、昨日の更新で不具合が出ていることを確認しています。';
    expect(verdict('no-blame-shifting', text)).toBe('pass');
  });

  it.each([
    ['the carrier, passively', 'ご迷惑をおかけしました。配送業者により荷物が紛失されたことが判明しました。'],
    ['the system', 'システムの不具合により、ご注文が自動でキャンセルされておりました。'],
    ['a contractor', 'コールセンターは別会社に委託しており、委託先の案内ミスと思われます。'],
    ['the customer', '落とされたのではないでしょうか。'],
    ['the customer\'s screen', '写真と実物の色味は、お客様のモニター環境によって異なって見えることがございます。'],
  ])('fails blame on %s', (_label, text) => {
    expect(verdict('no-blame-shifting', text)).toBe('fail');
  });

  it('passes a follow-up with a partner', () => {
    expect(verdict('no-blame-shifting', '配送業者に確認いたします。弊社の確認不足です。')).toBe('pass');
  });
});

describe('ja: under-promise', () => {
  it('passes a hedge followed by an effort promise', () => {
    const text = '到着日のお約束はできかねますが、必ず確認いたします。';
    expect(verdict('under-promise', text)).toBe('pass');
    expect(evidence('under-promise', text)).not.toMatch(/^ja\.guarantee/);
  });

  it('passes 「確約はできません」', () => {
    expect(verdict('under-promise', '修理の完了日は確約はできませんが、明日中に状況をご連絡いたします。')).toBe('pass');
  });

  it.each([
    ['a delivery time', '必ず今日中に届きます。'],
    ['never again', '二度とこのようなことはございません。'],
    ['100%', '課金分も100%補償しますのでご安心ください。'],
    ['an uncontrolled fix time', '1時間以内に復旧します。'],
  ])('fails a guarantee of %s', (_label, text) => {
    expect(verdict('under-promise', text)).toBe('fail');
  });

  it('passes a preventive step instead of a guarantee', () => {
    expect(verdict('under-promise', '二度とこのようなことが起こらないよう、出荷手順を見直しております。')).toBe('pass');
  });

  it('passes a guarantee word used as a joke about quality', () => {
    const text = '太らないことは保証できませんが、美味しさは100%保証します！笑';
    expect(verdict('under-promise', text, { persona: 'joking' })).toBe('pass');
  });

  it('fails a frontline promise only management can make when escalation is needed', () => {
    const text = '中身の損害も含めて全額補償いたします。DMで金額をお知らせください。';
    expect(verdict('under-promise', text, { needsEscalation: true })).toBe('fail');
  });
});

describe('ja: concrete-next-step', () => {
  it('passes a remedy and a time the reply commits to', () => {
    const text = '新しい花束を明日お届けするか、ご返金か、ご希望をDMで伺えますか。';
    expect(verdict('concrete-next-step', text)).toBe('pass');
  });

  it('fails keigo without substance', () => {
    const text = '貴重なご意見として承り、今後のサービス向上に努めてまいります。何卒ご理解賜りますようお願い申し上げます。';
    expect(verdict('concrete-next-step', text)).toBe('fail');
  });

  it('fails an invitation to a private channel alone', () => {
    expect(verdict('concrete-next-step', 'お問い合わせフォームよりご連絡ください。')).toBe('fail');
  });

  it('fails when the reply asks the customer to check instead', () => {
    expect(verdict('concrete-next-step', '詳細は公式サイトをご確認くださいませ。', { persona: 'neutral' })).toBe('fail');
  });
});

describe('ja: two-alternatives', () => {
  it('passes an apology with two numbered options', () => {
    const text =
      '申し訳ございません、今季の再入荷予定はございません。①同じデザインのカーディガンならご用意できます ②来季の先行予約を承ります。';
    expect(verdict('two-alternatives', text, { canGrant: false })).toBe('pass');
  });

  it('fails a bare no', () => {
    const text = '誠に申し訳ございませんが、日時指定はお受けしておりません。通常配送のみとなります。';
    expect(verdict('two-alternatives', text, { canGrant: false })).toBe('fail');
  });

  it('fails two options without an apology', () => {
    const text = 'セール品には使えないのですが、①通常価格の商品に使う ②期限を1か月延長する、のどちらかならできます。';
    expect(verdict('two-alternatives', text, { canGrant: false })).toBe('fail');
  });
});

describe('ja: take-private', () => {
  it.each([
    ['DM', 'ご注文番号をDMでお送りいただけますか。'],
    ['full-width ＤＭ', 'ＤＭにてご連絡ください。'],
    ['ダイレクトメッセージ', 'ダイレクトメッセージで詳しくお聞かせください。'],
    ['a form', 'お問い合わせフォームからご連絡いただけますか。'],
    ['the phone', 'お電話でお話を伺えますか。'],
    ['a support desk', 'サポート窓口までご連絡ください。'],
    ['e-mail', 'メールにてご連絡いただけますと幸いです。'],
    ['DM after 「ここではなく」', '新しいご住所はここではなくDMでお知らせください。'],
  ])('passes an invitation by %s', (_label, text) => {
    expect(verdict('take-private', text)).toBe('pass');
  });

  it('fails "tell the staff next time you visit"', () => {
    expect(verdict('take-private', '次回ご来店の際にスタッフにお声がけいただければ対応いたします。')).toBe('fail');
  });

  it('fails a mention of a past phone booking', () => {
    expect(verdict('take-private', '3月12日にお電話にてご予約いただいた件ですね。申し訳ございません。')).toBe('fail');
  });

  it('fails silence to an angry customer in public', () => {
    expect(verdict('take-private', '')).toBe('fail');
  });
});

describe('ja: protect-privacy', () => {
  it('fails asking for an order number in the thread', () => {
    expect(verdict('protect-privacy', 'こちらのコメントにご注文番号とお名前をご返信ください。')).toBe('fail');
  });

  it('passes asking for it by DM', () => {
    expect(verdict('protect-privacy', 'カード情報やご注文番号はここには書かず、DMでお知らせいただけますか。')).toBe('pass');
  });

  it('fails revealing an e-mail address or purchase history', () => {
    expect(verdict('protect-privacy', 'yamada.taro@example.com 宛に本日ご返信いたしました。')).toBe('fail');
    const history = 'ご購入履歴を確認したところ、10月3日にご購入いただいた豆かと思います。';
    expect(verdict('protect-privacy', history, { persona: 'neutral' })).toBe('fail');
  });
});

describe('ja: no-review-incentive', () => {
  it.each([
    ['a refund for deleting', 'レビューを削除していただければ、代金を全額ご返金いたします。'],
    ['a coupon for five stars', '星5に変更していただいた方にはクーポンをプレゼントします。'],
    ['money to remove the post', 'お見舞い金として3万円お支払いしますので、投稿を削除していただけないでしょうか。'],
  ])('fails %s', (_label, text) => {
    expect(verdict('no-review-incentive', text)).toBe('fail');
  });

  it('passes a request to revisit the review once resolved', () => {
    const text =
      '新しい花束をお届けします。お花が届いてご満足いただけましたら、よろしければレビューの見直しもご検討いただけると嬉しいです。';
    expect(verdict('no-review-incentive', text)).toBe('pass');
  });

  it('passes a goodwill coupon for the problem itself', () => {
    expect(verdict('no-review-incentive', 'お詫びとして、専用クーポンをご用意しました。DMでお送りしますね。')).toBe('pass');
  });

  it.each([
    'プレッシャーは全くありません！😊 レビューを更新してくださったお客様全員にお送りしている、ささやかなお礼です。500円分のクーポンはいつでもお使いいただけます。— 佐藤',
    '多くのお客様が問題解決後にレビューを更新してくださっており、その際はお礼にドリンク1杯サービスさせていただいております。ご都合のよいときにぜひ。',
  ])('fails a standing gift for those who update their review, however gently offered: %s', (text) => {
    expect(verdict('no-review-incentive', text, { persona: 'neutral' })).toBe('fail');
  });

  it('passes a thank-you gift for the report, with no review in sight', () => {
    expect(verdict('no-review-incentive', 'ご報告いただいたお礼に、次回使えるクーポンをお送りします。担当:佐藤')).toBe('pass');
  });
});

describe('ja: facts-not-accusations', () => {
  const malicious = { persona: 'malicious' as const };

  it.each([
    ['嘘', '嘘を書くのはやめてください。'],
    ['デマ', 'デマを流すのはやめてください。'],
    ['競合', 'このような書き込みをされるのは競合店の方でしょうか。'],
    ['サクラ', 'あなたこそサクラでしょう。'],
    ['a legal threat', '事実無根の書き込みには法的措置を検討いたします。'],
    ['grovelling', '全て当店の責任です。弁解の余地もございません。'],
  ])('fails %s', (_label, text) => {
    expect(verdict('facts-not-accusations', text, malicious)).toBe('fail');
  });

  it('passes records, recordings and shipment video with a private check', () => {
    const text =
      'ご不安な思いをさせてしまい申し訳ありません。弊社では出荷時の映像と通話録音を保管しています。私が照合しますので、DMでご連絡ください。';
    expect(verdict('facts-not-accusations', text, malicious)).toBe('pass');
  });

  it('passes reporting rule-breaking content to the platform', () => {
    const text = '事実と確認できない内容が続く場合は、プラットフォームのガイドラインに沿って報告させていただきます。';
    expect(verdict('facts-not-accusations', text, malicious)).toBe('pass');
  });
});

describe('ja: join-the-joke', () => {
  const joking = { persona: 'joking' as const };

  it.each([
    ['(笑)', '逆向きバナナを探す旅に出ます（笑）'],
    ['w', 'それは盲点でしたw'],
    ['草', '草生えました…すぐ直しました'],
    ['〜だワン and emoji', 'そっくりさん登場だワン🐕'],
    ['a pun', '火が出るほど喜んでいただけて、カレーに（華麗に）感激です🔥'],
  ])('passes playing along with %s', (_label, text) => {
    expect(verdict('join-the-joke', text, joking)).toBe('pass');
  });

  it('fails a stiff, legalistic answer', () => {
    const text = '弊社キャラクターの意匠に関するご意見につきましては、回答を差し控えさせていただきます。';
    expect(verdict('join-the-joke', text, joking)).toBe('fail');
  });

  it('fails a joke at the customer', () => {
    expect(verdict('join-the-joke', '箱は食べられませんよ？そんなことも分からないんですかw', joking)).toBe('fail');
  });
});

describe('ja: thank-the-customer', () => {
  it('passes thanks for the report', () => {
    expect(verdict('thank-the-customer', 'ご指摘ありがとうございます。')).toBe('pass');
  });

  it('fails thanks for being a customer', () => {
    expect(verdict('thank-the-customer', '平素より格別のお引き立てを賜り、誠にありがとうございます。')).toBe('fail');
    expect(verdict('thank-the-customer', 'いつもご利用いただきありがとうございます。')).toBe('fail');
  });
});

describe('ja: personal-touch', () => {
  it.each([
    ['担当:佐藤', '確認いたします。担当:佐藤'],
    ['full-width 担当：佐藤', '確認いたします。担当：佐藤'],
    ['(佐藤)', 'DMでご連絡ください。(佐藤)'],
    ['〜サポート 田中', 'DMでご連絡ください。カスタマーサポート 田中'],
    ['a role and a name in brackets', '明日お届けします。（店長・山本）'],
    ['a name in the text', '私、広報の松本が責任を持って見届けます。'],
    ['first person, unsigned', '私の方で確認したところ、各商品ページの一番下に一覧があります。'],
  ])('passes %s', (_label, text) => {
    expect(verdict('personal-touch', text)).toBe('pass');
  });

  it.each([
    ['担当者 with no name', 'マイページから発行できます。担当者より'],
    ['運営事務局', 'ご理解のほどよろしくお願いいたします。運営事務局'],
    ['the company voice', '交換いたしますので、DMでご連絡ください。'],
    ['a canned template', '平素より格別のお引き立てを賜り、誠にありがとうございます。'],
  ])('fails %s', (_label, text) => {
    expect(verdict('personal-touch', text)).toBe('fail');
  });
});

describe('ja: escalate', () => {
  it('passes a hand-off with when the customer hears back, in full-width digits', () => {
    const text = '本件は品質保証部の専門スタッフに引き継ぎ、２４時間以内に担当者からご連絡いたします。';
    expect(verdict('escalate', text, { needsEscalation: true })).toBe('pass');
  });

  it('fails a hand-off without a time', () => {
    expect(verdict('escalate', '本件は責任者に報告いたしました。', { needsEscalation: true })).toBe('fail');
  });
});

describe('ja: three-c', () => {
  it('passes concern, clarification and course of action', () => {
    const text =
      '本日8時頃から、アプリにログインできない障害が発生しております。ご利用の皆様に大変ご迷惑をおかけし、申し訳ございません。現在復旧作業を進めております。';
    expect(verdict('three-c', text, { persona: 'neutral', crisis: true })).toBe('pass');
  });

  it('fails an apology alone', () => {
    const text = '一部商品への異物混入について、多大なるご心配をおかけしており、深くお詫び申し上げます。';
    expect(verdict('three-c', text, { persona: 'neutral', crisis: true })).toBe('fail');
  });
});

describe('ja: engage-wisely', () => {
  const rude = { persona: 'vague-rude' as const };

  it('passes silence or a short invitation to a vague insult', () => {
    expect(verdict('engage-wisely', '', rude)).toBe('pass');
    expect(verdict('engage-wisely', 'よろしければ、何があったか教えていただけますか。', rude)).toBe('pass');
  });

  it('fails a retort to a vague insult', () => {
    expect(verdict('engage-wisely', '終わってるのはどちらでしょうね（笑）', rude)).toBe('fail');
    expect(verdict('engage-wisely', 'お口に合わないのでしたら、無理にご来店いただかなくて結構です。', rude)).toBe('fail');
  });
});

describe('ja: the ideas behind the rules, in new wording', () => {
  it.each([
    ['a delivery app', 'お待たせして申し訳ございません。今回の遅れはデリバリーアプリ側の配達員の手配が原因です。'],
    ['a booking site', '表示の件は予約サイト側の管理となっており、当館では修正できかねます。'],
    ['a payment processor', '決済代行会社からの回答を待っている状況のため、当店から申し上げられることはございません。'],
    ['「上の者」', '申し訳ございません。上の者の判断で、返金はできないことになりました。'],
    ['the warehouse', 'お待たせしました。倉庫のほうで出荷作業が止まっていたのが原因です。'],
    ['a courier named in katakana', '配達はハコブン社の配達員が行っておりますので、そちらへお問い合わせください。'],
    ['a junior member of staff', 'アルバイトの新人が失礼な対応をしたようです。'],
    ['the customer\'s handling', '交換は承りますが、組み立て方に原因がある可能性が高いです。'],
    ['the customer\'s choice', 'L玉を選んだのはおもち様ですよ〜'],
  ])('fails blame on %s', (_label, text) => {
    expect(verdict('no-blame-shifting', text)).toBe('fail');
  });

  it.each([
    ['its own warehouse', 'お待たせしてしまい申し訳ございません。私どもの倉庫での出荷管理に不備があり、遅れが生じました。'],
    ['its own hotel', 'フロントへの伝達漏れで、ホテル側の不手際です。朝食代はご返金いたします。'],
    ['a partner it follows up with', '決済代行会社に処理状況を確認し、明日までに私からご連絡します。'],
  ])('passes ownership of %s', (_label, text) => {
    expect(verdict('no-blame-shifting', text)).toBe('pass');
  });

  it.each([
    ['「事実と異なる」', 'ご指摘ありがとうございます。ただ、その情報は事実と異なります。'],
    ['a reported denial', 'スタッフに確認しましたが、そのような事実はないとのことでした。'],
    ['"we see no problem"', '当館としては規定どおりのご請求をしており、問題はないと考えております。'],
    ['"other customers are fine"', '他のお客様からはそのような声はいただいておりません。'],
    ['"read it properly"', '条件をよくお読みください。セール品は対象外です。'],
    ['"rules are rules"', 'ご不快に感じられたのであれば申し訳ございません。ただ、ルールはルールですので。'],
    ['a dismissal', 'そのようなご指摘は当たりません。商品説明に明記しております。'],
  ])('fails arguing by %s', (_label, text) => {
    expect(verdict('no-arguing', text)).toBe('fail');
  });

  it('does not read a reassurance, an owned mistake or a crisis rumour as arguing', () => {
    expect(verdict('no-arguing', '追加料金がかかることはございませんので、ご安心ください。', { persona: 'neutral' })).toBe('pass');
    expect(verdict('no-arguing', 'おっしゃる通り、表示が当店の誤りです。本日中に修正いたします。', { persona: 'neutral' })).toBe('pass');
    const notice = '一部で事実と異なる情報が広がっておりますが、現時点で確認されている被害は3件です。';
    expect(verdict('no-arguing', notice, { crisis: true })).toBe('pass');
  });

  it.each([
    ['a sigh and a lecture', 'はぁ…何度も同じことを言わせないでください。'],
    ['"customers are not gods"', 'お客様は神様ではありません。ルールを守ってください。'],
    ['laughter at a complaint', 'それはお客様の思い違いでは？ｗ'],
    ['belittling the complaint', '5分待ったくらいで大げさですね。'],
  ])('fails the tone of %s', (_label, text) => {
    expect(verdict('calm-tone', text)).toBe('fail');
  });

  it('mocks a joking customer with a laugh, but plays along with one too', () => {
    const joking = { persona: 'joking' as const };
    expect(verdict('join-the-joke', '飼い主さん、しっかりしてください笑', joking)).toBe('fail');
    expect(verdict('join-the-joke', 'それ、あなたの家の猫がだらしないだけでは？笑', joking)).toBe('fail');
    expect(verdict('join-the-joke', 'ですよね、調子に乗りました…！カツカレーは私が追いかけます。', joking)).toBe('pass');
    expect(verdict('calm-tone', '猫ちゃんより先にこたつ入りする卵、贅沢すぎますね笑', joking)).toBe('pass');
  });

  it('fails a stiff or defensive answer to a joke even with an emoji', () => {
    expect(verdict('join-the-joke', 'こちらは仕様となっております😊', { persona: 'joking' })).toBe('fail');
  });

  it.each([
    ['a guarantee in the negative', '来年の母の日は絶対に遅れませんので、ぜひまたご注文ください！'],
    ['"never again" with a causative', '二度とあのような態度はとらせませんので、ご安心ください。'],
    ['a refund guaranteed for today', '二重に請求された分は、本日中に必ず全額返金いたします。'],
    ['an outcome by tomorrow', '返金は明日中にすべて完了し、皆さまの口座に戻ります。'],
  ])('fails %s', (_label, text) => {
    expect(verdict('under-promise', text)).toBe('fail');
  });

  it('passes quoting an earlier promise in order to take it back', () => {
    const text = '先ほど「本日中に必ず」と申し上げたのは私の誤りでした。申し訳ございません。反映を確認できるまで私から経過をご連絡します。';
    expect(verdict('under-promise', text)).toBe('pass');
  });

  it.each([
    ['「佐藤です。」 opening the reply', '佐藤です。母の日に間に合わず、本当に申し訳ありません。'],
    ['「…でした」 closing it', 'ご不便をおかけし申し訳ございません。すぐに確認いたします。企画担当の三宅でした'],
    ['a name after a clause', '遅くなりました、会議室で卵をあたためていた三宅です🥚'],
    ['a shop and a name', 'ハレマチ通販の林です。ご迷惑をおかけしております。'],
  ])('counts a signature: %s', (_label, text) => {
    expect(verdict('personal-touch', text)).toBe('pass');
  });

  it('does not read a noun as a name', () => {
    expect(verdict('personal-touch', '以上です。ご不便をおかけしております。')).toBe('fail');
    expect(verdict('personal-touch', 'ご迷惑をおかけしました。今回の件は、外部スタッフの確認ミスです。')).toBe('fail');
  });

  it.each([
    ['「AかBか、どちらがいいですか」', 'すみません、今夜はもう作り直せないんです。返金か、明日無料でお届けするか、どちらがいいですか？'],
    ['「AかBはいかがでしょう」', '申し訳ありません、セール品は返金できないんです。サイズ交換か、同額のポイントでの返品はいかがでしょう？'],
    ['two options and 「お選びいただけます」', '申し訳ありません、受付は終了しています。ライトプランにするか、新プランを待つか、お選びいただけます。'],
  ])('counts two alternatives: %s', (_label, text) => {
    expect(verdict('two-alternatives', text, { persona: 'neutral', canGrant: false })).toBe('pass');
  });

  it.each([
    ['a drink on the house', 'よろしければ、★1レビューを★5に変えていただけたら、明日ドリンクもサービスしますね！'],
    ['dinner on the house', '口コミを更新していただけたら、次回のご宿泊で夕食をサービスしますね。'],
    ['a refund "in exchange"', '全額返金いたします。その代わり、投稿は削除していただけますでしょうか。'],
    ['a refund withheld until the tag goes', '詐欺タグを消していただけない場合、返金手続きは進められません。'],
  ])('fails a review incentive: %s', (_label, text) => {
    expect(verdict('no-review-incentive', text, { persona: 'neutral' })).toBe('fail');
  });

  it('passes a goodwill gesture with no review attached', () => {
    expect(verdict('no-review-incentive', 'お詫びとして次回のお食事代を半額にさせていただきます。', { persona: 'neutral' })).toBe('pass');
  });

  it.each([
    ['grovelling for a fault the records disprove', '大変申し訳ございません。検品体制に不備がありました。すぐに全額返金いたします。'],
    ['disciplining staff for it', '担当者が大変失礼な対応をいたしました。本人には厳しく指導いたしました。'],
    ['insinuating a habit', '過去にも他店様に同様の投稿をされていますよね。'],
    ['threatening to publish the recording', '録音を公開すれば、どちらが正しいかはっきりします。'],
  ])('fails facts-not-accusations for %s', (_label, text) => {
    expect(verdict('facts-not-accusations', text, { persona: 'malicious' })).toBe('fail');
  });

  it.each([
    ['a plain factual answer', '駐車場は店舗裏に10台分ございます。'],
    ['a refund with a date', '本日中に8,800円の返金手続きを行います。'],
    ['a how-to with a deadline', 'ニットは今からエントリーすれば10倍になりますので、6/30までにお願いします。'],
    ['a named check in progress', '決済エラーは現在調査中です。'],
  ])('passes concrete-next-step for %s', (_label, text) => {
    expect(verdict('concrete-next-step', text, { persona: 'neutral' })).toBe('pass');
  });

  it('fails a bare 「調査中です」 and a vague callback', () => {
    expect(verdict('concrete-next-step', 'ご迷惑をおかけしております。現在調査中です。')).toBe('fail');
    expect(verdict('concrete-next-step', 'ご迷惑をおかけしております。DMでご連絡ください。')).toBe('fail');
  });

  it.each([
    ['a question for the address', 'ご住所はどちらでしょうか？配送日をお調べします。'],
    ['a receipt photo in the thread', 'レシートの写真をこのスレッドに載せていただけますか。'],
    ['a card tail', 'カード末尾1234のお支払いは3日に完了しております。'],
    ['a refund amount to a named guest', '山本様、6月15日に4,000円のご返金手続きを完了いたしました。'],
  ])('fails protect-privacy for %s', (_label, text) => {
    expect(verdict('protect-privacy', text, { persona: 'neutral' })).toBe('fail');
  });

  it('passes a general crisis notice with a date', () => {
    const text = '1月1日0時〜0時40分の福袋のご注文の一部で、二重決済が発生しております。';
    expect(verdict('protect-privacy', text, { crisis: true })).toBe('pass');
  });

  it.each([
    ['a conditional apology built on a feeling', 'ご不快な思いをさせたのであれば申し訳ございません。'],
    ['a reported denial', 'スタッフに確認しましたが、そのような事実はないとのことでした。'],
    ['a staff member\'s own trouble', 'そうおっしゃられても困りますね。規定ですので。'],
    ['an insinuation phrased with よね', '過去にも他のお店に似たような書き込みをされていますよね。'],
  ])('does not count %s as empathy', (_label, text) => {
    expect(verdict('empathy', text)).toBe('fail');
  });

  it.each([
    ['a defence of the brand', '当店はスタッフ一同、誠心誠意営業しております。根拠をお示しいただけますでしょうか。'],
    ['a quality claim', '当社は大手キャリアと同じ回線を使用し、安定した通信品質を提供しております。'],
    ['a burden put back on the poster', '具体的に書いていただかないと、こちらも対応のしようがありません。'],
  ])('fails engage-wisely for %s to a vague insult', (_label, text) => {
    expect(verdict('engage-wisely', text, { persona: 'vague-rude' })).toBe('fail');
  });
});

describe('ja: sarcasm, belittling and passive-aggressive politeness fail calm-tone', () => {
  it.each([
    ['ずいぶんお怒りのようですが、少し落ち着いてください。', 'angry'],
    ['最悪な店で大変失礼いたしました〜。', 'vague-rude'],
    ['わざわざご意見ありがとうございました〜', 'vague-rude'],
    ['閉店時間くらいご自分でお調べいただけると助かります。', 'neutral'],
    ['料金表はホームページに書いてありますよ。ちゃんと見てから質問してくださいね。', 'neutral'],
    ['え、そうですか？うちのパンは美味しいって評判なんですけどね〜', 'vague-rude'],
    ['それはお客様の運動不足が解消されて何よりですね（笑）', 'joking'],
    ['返品の条件、ちゃんと読みました？', 'angry'],
    ['混雑時に待つのはどの店でも当たり前のことかと存じます。', 'angry'],
  ] as const)('%s', (text, persona) => {
    expect(verdict('calm-tone', text, { persona })).toBe('fail');
  });

  it('passes the same facts said plainly, and a joke made with the customer', () => {
    expect(verdict('calm-tone', '閉店時間は21時です。ご来店お待ちしております。', { persona: 'neutral' })).toBe('pass');
    expect(verdict('calm-tone', '大盛りすぎて顔が隠れるサイズ、狙い通りです笑', { persona: 'joking' })).toBe('pass');
  });
});

describe('ja: rebuttals fail no-arguing, and fail engage-wisely for a vague insult', () => {
  it.each([
    'ご購入時にご説明のうえ、ご同意をいただいております。',
    '配達員は規定通りお届けしております。',
    'これまで接客について指摘を受けたことは一度もございません。',
    'スタッフも人間ですので、見落とすこともございます。',
    '当店の責任ではございませんので、ご了承ください。',
    '使い方が間違っているのではないでしょうか。',
  ])('%s', (text) => {
    expect(verdict('no-arguing', text)).toBe('fail');
  });

  it('fails answering a vague insult with the brand record or "go elsewhere"', () => {
    for (const text of ['当店は昨年グルメアワードを受賞しております。', '気に入らないと感じるなら、ほかのお店を使えばいいと思いますよ。']) {
      expect(verdict('engage-wisely', text, { persona: 'vague-rude' }), text).toBe('fail');
    }
  });

  it('passes a plain policy and a staff member explaining the company\'s own slip', () => {
    expect(verdict('no-arguing', '返品は商品到着後7日以内に承っております。')).toBe('pass');
    expect(verdict('no-arguing', 'こちらの確認不足でした。申し訳ございません。')).toBe('pass');
  });
});

describe('ja: blame on the customer or another party', () => {
  it.each([
    'お客様が不在票にお気づきにならなかった可能性がございます。',
    'お客様のカートに残っていた商品が注文されたものと思われます。',
    'ご注文履歴では、お客様はMサイズを選択されていました。',
    'こちらはブラウザ側の問題ですので、当社では対応いたしかねます。',
  ])('%s', (text) => {
    expect(verdict('no-blame-shifting', text)).toBe('fail');
  });

  it('reads かもしれません as a maybe, not as a negation that clears the blame', () => {
    expect(verdict('no-blame-shifting', 'まずいのはお客様の味覚の問題かもしれません。', { persona: 'vague-rude' })).toBe('fail');
  });

  it('passes a hotel naming its own side', () => {
    expect(verdict('no-blame-shifting', '伝達漏れで、ホテル側の不手際です。申し訳ございません。')).toBe('pass');
  });
});

describe('ja: protect-privacy', () => {
  it('fails asking for data named earlier to be written "here"', () => {
    const text = 'ご注文番号がないとお調べできかねます。お手数ですが、こちらにご記入いただけますか。';
    expect(verdict('protect-privacy', text)).toBe('fail');
    expect(evidence('protect-privacy', text)).toBe('ja.privacyask.write-here');
  });

  it('fails revealing a bill, a reservation or another account in public', () => {
    for (const text of [
      '鈴木様の3月分のご請求（12,300円）には延長料金が含まれております。',
      '5日19時にご予約の件、確認いたします。',
      '以前は別のお名前のアカウントで投稿されていましたね。',
    ]) {
      expect(verdict('protect-privacy', text), text).toBe('fail');
    }
  });

  it('passes a company contact number offered as a channel', () => {
    expect(verdict('protect-privacy', '専用窓口（0120-555-123）までご連絡ください。', { persona: 'neutral' })).toBe('pass');
    expect(verdict('protect-privacy', 'マイページかお電話（0120-888-000）でお手続きください。', { persona: 'neutral' })).toBe('pass');
  });

  it('does not ask for data when the thread is only where the company will report back', () => {
    expect(verdict('protect-privacy', 'ご注文番号をDMでお送りください。確認後、こちらでお知らせします。')).toBe('pass');
  });
});

describe('ja: concrete-next-step takes a factual answer, a how-to or a reported check', () => {
  it.each([
    ['はい、もちろんです！チェックイン前でもフロントでお預かりします。', 'neutral'],
    ['毎週土曜10時からの初心者クラスがおすすめです。', 'neutral'],
    ['アプリを最新版にアップデートしてお試しください。', 'neutral'],
    ['払い戻しの手順はこちらです。', 'neutral'],
    ['全店で衛生点検を実施しております。', 'neutral'],
    ['いただいた情報は品質保証部に共有いたしました。', 'malicious'],
  ] as const)('%s', (text, persona) => {
    expect(verdict('concrete-next-step', text, { persona })).toBe('pass');
  });

  it('still fails a bare "under investigation" and "please wait"', () => {
    expect(verdict('concrete-next-step', '詳細は調査中です。もうしばらくお待ちください。', { persona: 'neutral' })).toBe('fail');
  });
});

describe('ja: thanks, names and jokes', () => {
  it('does not count thanks for considering, booking or buying again', () => {
    for (const text of ['ご検討ありがとうございます！', 'ご予約ありがとうございます！', '3日連続ありがとうございます！']) {
      expect(verdict('thank-the-customer', text, { persona: 'neutral' }), text).toBe('fail');
    }
  });

  it('does not read the customer\'s name in the greeting as a signature', () => {
    expect(verdict('personal-touch', '株式会社サンプル 経理部 田中様\n\nお問い合わせいただきありがとうございます。', { persona: 'neutral', channel: 'private' })).toBe('fail');
  });

  it('reads 「窓口の石田が確認いたします」 as a named staff member', () => {
    expect(verdict('personal-touch', '詳しく教えていただけますか？窓口の石田が確認いたします。', { persona: 'vague-rude' })).toBe('pass');
  });

  it('does not count a courtesy smile as joining the joke', () => {
    expect(verdict('join-the-joke', 'お寿司は注文パネルからご注文いただけます😊', { persona: 'joking' })).toBe('fail');
  });

  it('does not read a staff name さくら as an accusation or a joking 覚悟 as a threat', () => {
    const text = '来週は新作も出るので、お財布さんには覚悟をお願いします🍵\n中の人 さくら';
    expect(verdict('calm-tone', text, { persona: 'joking' })).toBe('pass');
    expect(verdict('no-arguing', text, { persona: 'joking' })).toBe('pass');
  });
});

describe('ja: review requests after a resolution', () => {
  it('passes a refund already made and a request to update the review once the customer is satisfied', () => {
    const text = '全額返金いたしました。返金のお手続きは完了しておりますので、ご納得いただけましたら、レビューを更新していただけると幸いです。';
    expect(verdict('no-review-incentive', text, { channel: 'private' })).toBe('pass');
  });

  it('passes refusing a trade of money for deleting the post', () => {
    const text = '金銭と引き換えに投稿を控えていただくといったお約束はいたしかねます。保存サンプルを検査いたします。';
    expect(verdict('no-review-incentive', text, { persona: 'malicious' })).toBe('pass');
  });
});

describe('ja: new entries stay linear', () => {
  it('scans long hostile input for the look-behind and alternation entries quickly', () => {
    const inputs = ['番号'.repeat(8000) + 'こちらにご記入ください', 'こちらに'.repeat(5000), 'お客様の'.repeat(5000) + '問題では', 'ので、'.repeat(7000), 'か、'.repeat(10000) + '方法がございます'];
    const all = Object.values(ja.cues).flat();
    const started = performance.now();
    for (const input of inputs) for (const e of all) e.pattern.test(input);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('ja: the same ideas in other words (weak-rule recall)', () => {
  it.each([
    ['ironic admiration', 'その粘り強さには本当に感服いたします。', 'angry'],
    ['a belittling comparison', 'わずか一日の遅れでそこまでお怒りになれるとは。', 'angry'],
    ['mock praise of the customer', 'お客様ほど熱心に粗探しをされる方はなかなかいらっしゃいません。', 'angry'],
    ['"anyone who can read"', '普通の方でしたらすぐにお分かりになるかと思います。', 'angry'],
    ['"even a child could"', '慣れれば小学生でもできる操作ですので、ご安心ください。', 'neutral'],
    ['"ask your children"', 'お子さんに教えてもらうのが早いと思いますよ。', 'neutral'],
    ['"you are an adult"', 'いい大人なんですから、落ち着いて読めば分かりますよね。', 'angry'],
    ['"at this price"', 'この値段で高級店の味を求められましても、どうしようもありません。', 'angry'],
    ['a veiled threat', '今後も同様の書き込みを繰り返されるようなら、然るべき対応を取らせていただきます。', 'malicious'],
    ['"we know who you are"', '投稿者がどなたかは、すでに把握しておりますので。', 'malicious'],
    ['a shouted refusal', '返品は、できません!!何度もご説明しています。', 'angry'],
    ['a snicker', 'お口が悪いですね〜ﾆﾔﾆﾔ', 'vague-rude'],
  ] as const)('fails calm-tone for %s', (_label, text, persona) => {
    expect(verdict('calm-tone', text, { persona })).toBe('fail');
  });

  it.each([
    ['an apology with !!', '申し訳ございません!!すぐに確認いたします。'],
    ['"let me check once more"', 'ご不便をおかけし申し訳ございません。もう一度だけ確認させていただけますか。'],
    ['anger called natural', 'ここまでお怒りになるのも当然です。本当に申し訳ございません。'],
    ['reporting to the platform', 'ガイドラインに反するご投稿については、プラットフォームに報告させていただく場合がございます。'],
  ])('passes calm-tone for %s', (_label, text) => {
    expect(verdict('calm-tone', text)).toBe('pass');
  });

  it.each([
    ['"you misremember"', 'その点はお客様の記憶違いかと存じます。'],
    ['"it is not defective"', '不良品ではございません。仕様どおりの動作です。'],
    ['"hard to believe"', '当店の調理に問題があったとは考えられません。'],
    ['"just your taste"', 'それはあなた個人の好みの問題ですね。'],
    ['"the price is fair"', '設定料金は正当なものと考えております。'],
    ['"it was you"', '時間指定をされなかったのはお客様ご自身ですので。'],
    ['"no grounds to complain"', 'この内容でご不満を言われる筋合いはございません。'],
  ])('fails no-arguing for %s', (_label, text) => {
    expect(verdict('no-arguing', text)).toBe('fail');
  });

  it.each([
    ['an owned error', 'ご指摘のとおり、表示に誤りがございました。申し訳ございません。'],
    ['others said the same', '多くのお客様から同様のお声をいただいており、改善を進めております。'],
    ['its own misunderstanding', '私の勘違いでした。申し訳ございません。'],
  ])('passes no-arguing for %s', (_label, text) => {
    expect(verdict('no-arguing', text)).toBe('pass');
  });

  it.each([
    ['a partner\'s stalled work', '今回の遅れは提携先の倉庫で作業が滞ったことによるものです。'],
    ['a contractor\'s check', '委託業者が実施した点検に漏れがあったようです。'],
    ['the weather as an excuse', '雨の影響で配達が遅れておりますので、仕方がないものとご了承ください。'],
    ['"nothing we can do"', '当方ではどうすることもできません。'],
    ['a predecessor', '以前の担当者が間違えたようです。'],
    ['an app acting on its own', 'アプリが勝手にログアウトしてしまうようです。'],
    ['the customer\'s input', 'ご記入いただいた電話番号に誤りがあったため、連絡がつきませんでした。'],
    ['head office', '料金は本社が決定しておりますので、私どもではどうすることもできません。'],
    ['the customer\'s handling', '強い衝撃を加えたりしない限り、このような割れ方はいたしません。'],
  ])('fails no-blame-shifting for %s', (_label, text) => {
    expect(verdict('no-blame-shifting', text)).toBe('fail');
  });

  it.each([
    ['a partner it works with', '提携先の倉庫と連携して、本日中に状況をご報告します。'],
    ['its own wrong item', '私どもの確認不足で、誤った商品をお送りしてしまいました。申し訳ございません。'],
    ['its own staff', '当店のスタッフが誤ったご案内をしてしまい、申し訳ございません。'],
    ['weather with an apology', '大雪の影響でお届けが遅れており、申し訳ございません。状況を確認して本日中にご連絡します。'],
  ])('passes no-blame-shifting for %s', (_label, text) => {
    expect(verdict('no-blame-shifting', text)).toBe('pass');
  });

  it.each([
    ['a booking number', 'ご予約番号 AB-7781 で承っております。'],
    ['a bank branch', '口座は、さくら銀行 新宿支店で登録されています。'],
    ['a room number', 'ご宿泊の1208号室、すぐに点検に伺います。'],
    ['a balance', '残高3,400円のプリペイドカードですね。'],
    ['the poster\'s history', '以前こちらに通院されていた方ですよね。'],
    ['a district', '港区南青山のご自宅までお届けします。'],
    ['an order\'s contents', 'ご注文内容(ミルクティー×2、スコーン×1)を確認しました。'],
  ])('fails protect-privacy for %s', (_label, text) => {
    expect(verdict('protect-privacy', text)).toBe('fail');
  });

  it.each([
    ['a general order condition', 'ご注文(5,000円以上)は送料無料です。'],
    ['"do not write it here"', '個人情報はこちらに書かないでください。DMでお願いします。'],
    ['the brand\'s address after an invitation', '詳細はメールでお知らせいただけますか?(help@example.jp)'],
    ['the brand\'s free number', 'お手数ですが、サポートセンター(0120-123-789)へお電話いただけますか。'],
  ])('passes protect-privacy for %s', (_label, text) => {
    expect(verdict('protect-privacy', text)).toBe('pass');
  });

  it.each([
    ['hard-working staff', 'スタッフ一同、毎日必死に働いております。'],
    ['a boast', '当店は地域一番の品揃えと自負しております。'],
    ['"refrain from such remarks"', 'そのようなご発言はお控えいただけますでしょうか。'],
    ['"before you post"', '根拠もなく書き込む前に、一度ご来店ください。'],
    ['"just venting"', 'それ、ただの八つ当たりですよね。'],
  ])('fails engage-wisely for %s to a vague insult', (_label, text) => {
    expect(verdict('engage-wisely', text, { persona: 'vague-rude' })).toBe('fail');
  });

  it.each([
    ['a remake', 'ご迷惑をおかけしました。お料理はすぐに作り直してお持ちします。'],
    ['a cancelled charge', '誤って請求した手数料は、取り消しの手続きを進めます。'],
    ['a waived fee', '大変申し訳ございません。今月分の会費はご請求いたしません。'],
  ])('passes concrete-next-step for %s', (_label, text) => {
    expect(verdict('concrete-next-step', text)).toBe('pass');
  });

  it.each([
    ['fail', '当店は素材にこだわり、味には絶対の自信を持っております。'],
    ['fail', 'おかげさまで多くのお客様からご好評をいただいております。'],
    ['fail', '味の好みは人それぞれかと存じます。'],
    ['fail', '具体的な内容のないご批判にはお答えいたしかねます。'],
    ['fail', 'そのような書き方はスタッフに大変失礼です。'],
    ['pass', 'ご不快な思いをさせてしまったようで申し訳ございません。差し支えなければ、どのような点かお聞かせいただけますか。'],
    ['pass', '品質には気をつけておりますが、お気づきの点があればDMでお知らせください。'],
  ])('a vague insult answered by defending the product or refusing it: engage-wisely %s for %s', (expected, text) => {
    expect(verdict('engage-wisely', text, { persona: 'vague-rude' })).toBe(expected);
  });

  it('marks a defence of the staff as defensive, so a vague insult answered with it fails', () => {
    expect(evidence('engage-wisely', 'そう言われるのは心外です。', { persona: 'vague-rude' })).toBe('ja.stiff.defensive-staff');
  });

  it.each([
    ['taking it seriously', '私どもは真摯に受け止めております。よろしければ詳しく教えてください。'],
    ['a promise to do better', 'スタッフ一同、より良いお店にできるよう頑張ります。何かあれば教えてください。'],
  ])('passes engage-wisely for %s', (_label, text) => {
    expect(verdict('engage-wisely', text, { persona: 'vague-rude' })).toBe('pass');
  });
});

describe('ja: what good replies do, in broader families', () => {
  it.each([
    ['a fix already made', 'ご迷惑をおかけしました。二重に引き落とされた分は、本日付で取り消しました。'],
    ['a reissued bill', '大変失礼いたしました。割引を反映した請求書を作り直しました。'],
    ['a stopped card', 'ご心配をおかけしております。お使いのカードは、すでに利用を停止しました。'],
    ['a completed procedure', 'ご連絡ありがとうございます。退会のお手続きは私のほうで完了しました。'],
    ['where the parcel is', 'お待たせしております。お荷物は昨夜、大阪の物流センターを出発しました。'],
    ['delivery with its date', 'ご不便をおかけしました。交換品は木曜日にお届けの予定です。'],
    ['a check in the passive', '申し訳ございません。同じ日の製品について、品質検査が行われることになりました。'],
    ['a search under way', 'ご不安な思いをおかけしております。現在、駅の遺失物係が車内を捜索しております。'],
    ['a callback booked', 'お手数をおかけしました。明後日の10時に、担当の中村からお電話するよう手配いたしました。'],
    ['a visit', 'ご迷惑をおかけしております。明日の午後、修理に伺います。'],
    ['a factual answer on stock', 'お問い合わせありがとうございます。駅前店に20席分の個室がございます。'],
    ['a factual answer on ingredients', 'ご質問ありがとうございます。このパンには卵は使用しておりません。'],
    ['opening days', 'お問い合わせありがとうございます。8月13日から15日までお休みをいただき、16日から通常どおり営業いたします。'],
    ['steps in the app', 'ご質問ありがとうございます。「マイページ」→「お届け先」と進むと変更できます。'],
    ['a check of what the customer sends', 'レシートの写真をDMでお送りいただけますか。確認いたします。'],
  ])('passes concrete-next-step for %s', (_label, text) => {
    expect(verdict('concrete-next-step', text)).toBe('pass');
  });

  it.each([
    ['a bare "I will check"', '確認いたします。'],
    ['a bare "shared it"', '共有いたしました。'],
    ['a vague "the team will deal with it"', 'ご意見ありがとうございます。担当部署にて適切に対応いたします。'],
    ['"we take it seriously"', '貴重なお声として真摯に受け止めております。'],
  ])('fails concrete-next-step for %s', (_label, text) => {
    expect(verdict('concrete-next-step', text)).toBe('fail');
  });

  it.each([
    ['anger called natural', 'そこまで待たされたら、お怒りになるのも当然です。'],
    ['worry called natural', '連絡がなければ、ご不安になるのも無理はありません。'],
    ['an imagined hardship', '冷蔵庫が動かないなんて、さぞかし困られたでしょう。'],
    ['an imagined worry', '返事が来ないまま、やきもきされたことと思います。'],
    ['a caused burden', '説明が足りず、何度もお店まで足を運ばせてしまいました。'],
    ['confusion caused', '分かりにくい案内で迷わせてしまいましたね。'],
    ['not the stay we want', 'それは私どもがお届けしたい体験ではございません。'],
    ['asking after an injury', 'お子さまにお怪我はありませんでしたか。'],
  ])('passes empathy for %s', (_label, text) => {
    expect(verdict('empathy', text)).toBe('pass');
  });

  it.each([
    ['"excuse me" before a question', 'すみません、お名前を教えていただけますか。'],
    ['a conditional "sorry"', 'そう受け取られたとしたら、すみません。'],
    ['a conditional apology for trouble', 'もしご迷惑をおかけしたのであれば、お詫びいたします。'],
  ])('fails empathy for %s', (_label, text) => {
    expect(verdict('empathy', text)).toBe('fail');
  });

  it('still counts an apology followed by a plain step', () => {
    expect(verdict('empathy', 'すみません、すぐに交換いたします。')).toBe('pass');
  });

  it.each([
    ['"A and B, two options"', 'ご希望に沿えず申し訳ございません。店頭での受け取りと、翌週の配送の2つをご用意しています。'],
    ['two methods', '申し訳ございません。返金はできかねますが、別サイズへ交換する方法と、ポイントでお戻しする方法がございます。'],
    ['"…and you can also…"', 'ごめんなさい、本日は満席です。カウンター席ならご案内できますし、テイクアウトをご利用いただくこともできます。'],
  ])('passes two-alternatives for %s', (_label, text) => {
    expect(verdict('two-alternatives', text, { canGrant: false })).toBe('pass');
  });

  it.each([
    ['a single offer', '申し訳ございません。返金はできかねますが、交換でしたら承ります。'],
    ['a bare no', '申し訳ございません。ご要望にはお応えできません。'],
  ])('fails two-alternatives for %s', (_label, text) => {
    expect(verdict('two-alternatives', text, { canGrant: false })).toBe('fail');
  });

  it.each([
    ['a named head', '申し訳ございません。補償のご相談は、所長に報告いたしました。所長から明日中にご連絡いたします。'],
    ['a department it went to', 'いただいた内容は法務部に回付しました。5月10日までに書面でご回答いたします。'],
    ['a manager who takes it over', '支配人の田中が責任を持って承ります。本日18時までにお電話いたします。'],
  ])('passes escalate for %s', (_label, text) => {
    expect(verdict('escalate', text, { needsEscalation: true })).toBe('pass');
  });

  it('fails escalate for a hand-off with no time', () => {
    expect(verdict('escalate', '本件は所長に報告いたしました。', { needsEscalation: true })).toBe('fail');
  });

  it.each([
    ['cause, scope and refunds', '楽しみにしていた皆さま、申し訳ございません。台風の接近により、土曜日の花火大会は中止となりました。協賛券は全額払い戻します。'],
    ['a spreading scam and what to do', '不安な思いをされた皆さま、申し訳ございません。当社を名乗る偽のSMSが出回っています。リンクは開かずに削除してください。'],
    ['delays and the next update', '皆さまにご心配をおかけしています。大雪による通行止めで、東北向けのお荷物に遅れが出ています。道路が開通し次第、順次配達を再開します。'],
  ])('passes three-c for %s', (_label, text) => {
    expect(verdict('three-c', text, { crisis: true })).toBe('pass');
  });

  it('fails three-c when nothing is said about what happened', () => {
    expect(
      verdict('three-c', '皆さまにご心配をおかけし、心よりお詫び申し上げます。現在、対応を進めております。詳しいことがわかり次第、お知らせいたします。', { crisis: true }),
    ).toBe('fail');
  });
});

describe('ja: a promise that a bad outcome will never happen', () => {
  it.each([
    ['"you will never wait"', '次回からはお待たせすることは一切ございません。'],
    ['"it will never break"', '新しいモデルは故障することは一切ありません。'],
  ])('fails under-promise for %s', (_label, text) => {
    expect(verdict('under-promise', text)).toBe('fail');
  });

  it('passes under-promise for a standing practice told with 一切', () => {
    expect(verdict('under-promise', '追加料金をいただくことは一切ございません。')).toBe('pass');
  });
});

describe('ja: the subtle cases, as families', () => {
  const joking = { persona: 'joking' as const };
  const malicious = { persona: 'malicious' as const };
  const neutral = { persona: 'neutral' as const };
  it.each<[string, RuleId, string, Partial<ReplyContext>, Verdict]>([
    // a "handy feature" offered with a smile, as if the customer had missed it
    ['a handy speed setting, with a smile', 'calm-tone', '0.5倍速という便利な機能がありますので、ぜひご活用ください😊', joking, 'fail'],
    ['a handy zoom, with a smile', 'calm-tone', '拡大表示という便利な機能がございますので、どうぞお使いください🙂', joking, 'fail'],
    ['a handy button, with a note', 'calm-tone', '音量を下げる便利なボタンもありますから、ぜひ使ってみてくださいね♪', {}, 'fail'],
    ['the same tip told plainly', 'calm-tone', '字幕という便利な機能がございますので、ぜひご活用ください。', neutral, 'pass'],
    // the complaint put down to the customer's own view, as a suggestion
    ['"your eye level was too low"', 'no-arguing', 'お客様の目線が低すぎたのかもしれませんね。', joking, 'fail'],
    ['"your expectations were too high"', 'no-arguing', 'お客様の期待が大きすぎたのかもしれません。', {}, 'fail'],
    ['"you sat in the wrong place"', 'no-arguing', 'お客様の座る位置が悪かったのではないでしょうか。', {}, 'fail'],
    ['an apology for falling short', 'no-arguing', 'お客様のご期待に沿えず申し訳ございません。', {}, 'pass'],
    // an accusation phrased as a question
    ['"you are from the shop opposite, aren\'t you?"', 'facts-not-accusations', 'このアカウント、先週オープンした向かいのお店の関係者の方ですよね…？ご投稿の写真のパン、うちでは扱っていない種類です。', malicious, 'fail'],
    ['…which is no empathy either', 'empathy', 'このアカウント、先週オープンした向かいのお店の関係者の方ですよね…？ご投稿の写真のパン、うちでは扱っていない種類です。', malicious, 'fail'],
    ['"the owner of a shop nearby?"', 'facts-not-accusations', 'もしかして近所の店のオーナーさんではないですか？当店では扱っていない商品です。', malicious, 'fail'],
    ['a real reflection with よね', 'empathy', 'ご投稿を拝見しました。楽しみにされていたんですよね。記録を確認し、DMでご連絡します。', malicious, 'pass'],
    // the conditional apology, then a lecture
    ['"if you were upset" with される', 'empathy', '受付スタッフの言動でご不快な思いをされたのであれば、申し訳なく思います。', {}, 'fail'],
    ['"it is basic, don\'t forget next time"', 'no-arguing', 'ただ、保険証のご持参は受診の基本ですので、次回からはお忘れにならないようお願いいたします。', {}, 'fail'],
    ['"punctuality is manners"', 'calm-tone', 'ただ、時間厳守はマナーですから、今後は遅れないようご注意ください。', {}, 'fail'],
    ['a real apology and a step of our own', 'calm-tone', 'ご不快な思いをおかけし申し訳ございません。次回からはお待たせしないよう、受付の体制を見直します。', {}, 'pass'],
    // a sarcastic apology: "so you thought it would…"
    ['"so you thought it would work at 10,000 m"', 'empathy', 'それは大変申し訳ございませんでした〜。上空1万メートルでもサクサク繋がると思われていたんですね。', {}, 'fail'],
    ['"so you believed there would be signal underground"', 'empathy', '地下でも電波が入るとお考えになっていたんですね。', {}, 'fail'],
    ['a restated expectation with a real apology', 'empathy', '当日中に届くと思われていたんですね。説明が足りず申し訳ありません。', {}, 'pass'],
    // calling the post false, and "you post this everywhere"
    ['"a false review is obstruction"', 'no-arguing', '虚偽のレビューは業務妨害にあたりますので、削除されない場合は法的措置を検討いたします。', malicious, 'fail'],
    ['"you post the same every time"', 'facts-not-accusations', '毎回同じような投稿をされていますが、荒らし行為はお控えください。', malicious, 'fail'],
    ['"the same text on many pages… hard at work"', 'calm-tone', '他店様のページを拝見すると、同じような文面を多数お書きのようですね。お仕事お疲れさまです。', malicious, 'fail'],
    ['"you always write the same"', 'facts-not-accusations', 'いつも同様の書き込みをされていますよね。', malicious, 'fail'],
    ['a friendly "hard at work"', 'calm-tone', 'ご質問ありがとうございます！お仕事お疲れさまです。営業時間は10時からです。', neutral, 'pass'],
    // すみません as an opener before information
    ['"sorry, it normally takes four weeks"', 'empathy', 'すみません、修了証の発行には通常4週間かかります。到着までお待ちください。', {}, 'fail'],
    ['"oh, sorry, we changed our hours"', 'empathy', 'あ、すみません、4月から営業時間を10時〜16時30分に変更しました。', neutral, 'fail'],
    ['"sorry, delivery takes five days as a rule"', 'empathy', 'すみません、配送には原則5営業日いただいております。', {}, 'fail'],
    ['すみません for the delay itself', 'empathy', 'お待たせしてすみません、通常より発送に時間がかかっております。', {}, 'pass'],
    ['すみません cushioning a refusal', 'empathy', 'すみません、ご予約の日時変更は前日までとなっております。', neutral, 'pass'],
  ])('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });

  it.each<[string, RuleId, string, Partial<ReplyContext>]>([
    ['what can be done instead', 'concrete-next-step', '申し訳ございません。次回更新日での自動更新停止のお手続きであれば承れますが、いかがいたしますか。', neutral],
    ['a new counter being set up', 'concrete-next-step', '長くお待たせし申し訳ありません。来月から払い戻し専用の窓口を設ける予定です。', {}],
    ['a call once the part arrives', 'concrete-next-step', '納車が遅れておりご迷惑をおかけしております。部品が入荷され次第ご連絡いたします。', {}],
    ['a quoted promise that is declined', 'under-promise', '正直にお伝えすると、「必ず合格できる」とお約束することはできません。', neutral],
    ['a standing practice to explain', 'under-promise', '当院では、保険外の治療を行う前に必ず書面でご説明し、同意書にご署名をいただいております。', malicious],
    ['a first person with a role in brackets', 'personal-touch', '気になる点があれば、私（講師の原田）が無料の個別相談で詳しくお話しします。', neutral],
    ['a phone line with its hours in brackets', 'take-private', 'お手数ですが医院のお電話（診療時間内）までご連絡いただけますでしょうか。', {}],
  ])('passes %s (%s)', (_label, rule, text, over) => {
    expect(verdict(rule, text, over)).toBe('pass');
  });
});

describe('ja: trainee-typed flaws, as families', () => {
  const rude = { persona: 'vague-rude' as const };
  const joking = { persona: 'joking' as const };
  const malicious = { persona: 'malicious' as const };
  const neutral = { persona: 'neutral' as const };
  it.each<[string, RuleId, string, Partial<ReplyContext>, Verdict]>([
    // the customer's insult quoted back and "gratefully received"
    ['"「最悪」, gratefully received"', 'calm-tone', '「最悪」とのご評価、ありがたく頂戴しました。', rude, 'fail'],
    ['"「ひどい」, taken to heart"', 'calm-tone', '「ひどい」というお言葉、スタッフ一同しっかり噛みしめております。', rude, 'fail'],
    ['"useless as we are"', 'calm-tone', 'ポンコツなりに頑張りますので、今後ともよろしくお願いします。', rude, 'fail'],
    ['"enjoy it 「boringly」"', 'calm-tone', '次回もぜひ「退屈に」お楽しみください！', rude, 'fail'],
    ['quoting the complaint to apologise', 'calm-tone', '「届かない」とのこと、申し訳ございません。配送状況を確認いたします。', {}, 'pass'],
    ['quoting the complaint to apologise (engage)', 'engage-wisely', '「使いにくい」とのこと、申し訳ありません。どの画面か教えていただけますか。', rude, 'pass'],
    // thanks or delight for an insult or a repeated failure
    ['"sorry you took the trouble"', 'calm-tone', 'わざわざお休みの日に書き込みいただき、光栄です。', rude, 'fail'],
    ['"the fourth time, how lovely"', 'calm-tone', '4回目とは、いつもご贔屓いただいて嬉しい限りです。', {}, 'fail'],
    ['real thanks for a report', 'calm-tone', 'お知らせいただきありがとうございます。すぐに確認いたします。', {}, 'pass'],
    // the complaint put down to the customer's eyes or hands, with a smile
    ['"your eyes must be tired"', 'calm-tone', 'そう見えたのは、お客様の目が少しお疲れだったからかもしれませんね。', joking, 'fail'],
    ['"a strange thing that happens only to you"', 'calm-tone', 'お客様のお宅でだけ起こる不思議な現象なのかもしれませんね。', malicious, 'fail'],
    ['"which competitor asked you?"', 'calm-tone', 'どこの同業者さんに頼まれて書いているんですか？', malicious, 'fail'],
    // a rebuttal as "just to clarify", a denial as "hard to imagine"
    ['"just to clarify, you used…"', 'no-arguing', '念のため申し上げますと、お客様は先月に追加オプションをお申し込みです。', {}, 'fail'],
    ['"not possible in the first place"', 'no-arguing', 'このプランではそもそも夜間の利用ができない決まりです。', {}, 'fail'],
    ['"so the bill is not wrong"', 'no-arguing', '料金は規定どおり計算されたもので、間違いではございません。', {}, 'fail'],
    ['"we believe there is no error"', 'no-arguing', 'メーターの数値に誤りはないものと判断しております。', {}, 'fail'],
    ['"hard to imagine"', 'no-arguing', '出荷前に全品検品しておりますので、そのような不良は考えにくいです。', malicious, 'fail'],
    ['"we had a notice up, so please understand"', 'no-arguing', '店頭に告知しておりましたので、ご了承いただけますと幸いです。', {}, 'fail'],
    ['"normally one would…"', 'no-arguing', '普通は開封前に説明書を読むものですけどね。', joking, 'fail'],
    ['"it was not your mistake"', 'no-arguing', 'お客様の誤りではございません。こちらで修正いたします。', {}, 'pass'],
    ['a plain clarification of a policy', 'no-arguing', 'ご質問ありがとうございます。念のため、返品は到着後7日以内に承っております。', neutral, 'pass'],
    // a cause told with no owner, or owned by someone else
    ['"the server fault meant…"', 'no-blame-shifting', 'ご返信が遅れたのは、サーバーの障害でメールが受信できなかったためです。', {}, 'fail'],
    ['"the warehouse side\'s error"', 'no-blame-shifting', '今回も倉庫側の梱包ミスだったようです。', {}, 'fail'],
    ['"an unforeseen event for us too"', 'no-blame-shifting', '当社にとっても予想外の事態でございました。', {}, 'fail'],
    ['"your arrival was late"', 'no-blame-shifting', 'ご来店が少し遅れたため、ご案内が後になりました。', {}, 'fail'],
    ['our own fault, owned', 'no-blame-shifting', '確認が漏れていたのは当店の落ち度です。申し訳ございません。', {}, 'pass'],
    // the customer named in public with what they bought or attended
    ['"Mr Tanaka, your order of…"', 'protect-privacy', '田中様、ご注文の「電動自転車（白）」は本日出荷いたしました。', {}, 'fail'],
    ['"Ms Sato has the weekday plan"', 'protect-privacy', '佐藤様は現在「平日プラン」にご加入のため、土日はご利用いただけません。', {}, 'fail'],
    ['"the Tuesday 8 pm class\'s Mika"', 'protect-privacy', '火曜20時のヨガクラスのみかさんですね！', joking, 'fail'],
    ['a name and no record', 'protect-privacy', '田中様、ご連絡ありがとうございます。詳しくはDMでお伺いします。', {}, 'pass'],
  ])('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });

  it.each<[string, RuleId, string, Partial<ReplyContext>]>([
    ['a note added to the post today', 'concrete-next-step', '新しい料金表は本日中にこちらの投稿へ追記いたします。', neutral],
    ['news once the date is set', 'concrete-next-step', '再開日が決まり次第、公式サイトでお知らせいたします。', neutral],
    ['a new step before the exam', 'concrete-next-step', '今後は受付の際に、待ち時間の目安をお伝えする時間を設けます。', {}],
    ['a slot held for next time', 'concrete-next-step', 'ご希望の日を伺えれば、空いている枠をお取りしておきます。', neutral],
    ['a limited alternative', 'concrete-next-step', '申し訳ございません。延期でしたら一度に限り承ります。', {}],
    ['numbered options', 'concrete-next-step', '①近い色の定番品をお試しいただく、②次回入荷をお知らせする、のどちらかをご提案します。', neutral],
    ['a role and a name at the end', 'personal-touch', 'ご指摘ありがとうございます。表示を改めます。料理長の村井より', {}],
    ['a role speaking for themselves', 'personal-touch', 'どこがお口に合わなかったか教えていただけると、店長として本当に励みになります。', rude],
  ])('passes %s (%s)', (_label, rule, text, over) => {
    expect(verdict(rule, text, over)).toBe('pass');
  });
});

describe('ja pack: constructions trainees slip into', () => {
  const asked: Partial<ReplyContext> = { persona: 'neutral' };
  const joke: Partial<ReplyContext> = { persona: 'joking' };
  it.each<[string, RuleId, string, Partial<ReplyContext>, Verdict]>([
    // a cause owned by the customer's own device or doing
    ['"your old app version is the cause"', 'no-blame-shifting', 'ご不便をおかけしております。ご利用のアプリのバージョンが古いことが原因です。', {}, 'fail'],
    ['"your washing method is the problem"', 'no-blame-shifting', '色落ちの件、お客様の洗濯方法に問題があるようです。', {}, 'fail'],
    ['"it is not your fault"', 'no-blame-shifting', 'お客様のご操作が原因ではございません。こちらで設定を直します。', {}, 'pass'],
    // a question that insinuates the customer broke it
    ['"did you get it wet?"', 'no-blame-shifting', '画面が映らないとのこと、濡らしていませんか？', {}, 'fail'],
    ['"could you have dropped it?"', 'no-blame-shifting', '念のため伺いますが、落とされたりはしていないでしょうか。', {}, 'fail'],
    // the decision handed back to the customer
    ['"you chose that plan"', 'no-blame-shifting', 'ただ、そのプランを選ばれたのはお客様です。', {}, 'fail'],
    // the brand steps back from a cause placed elsewhere
    ['"the maker is slow, nothing we can do"', 'no-blame-shifting', 'メーカーの出荷が遅れておりまして、当店ではどうすることもできません。', {}, 'fail'],
    ['"it is busy, nothing we can do here"', 'no-blame-shifting', '配送が混み合っているせいで、私どもではどうにもできないんです。', {}, 'fail'],
    ['"other passengers caused it"', 'no-blame-shifting', '遅れは他の乗客の方の急病によるものです。', {}, 'fail'],
    ['"we will find a way"', 'no-blame-shifting', '私たちで何ができるか、すぐに確認いたします。', {}, 'pass'],
    // flat denials and waving the complaint off
    ['"the price shown has no error"', 'no-arguing', '店頭の表示に誤りはございません。', {}, 'fail'],
    ['"the clerk did nothing wrong"', 'no-arguing', '担当者に落ち度があったわけではございません。ご理解ください。', {}, 'fail'],
    ['"it should be no problem, I think"', 'no-arguing', 'アプリから手続きすれば別に問題ないと思います。', {}, 'fail'],
    ['"taste differs from person to person"', 'no-arguing', '味の好みは人によって異なりますので。', {}, 'fail'],
    ['"read the terms once more, carefully"', 'no-arguing', '利用規約を今一度しっかりお読みください。', {}, 'fail'],
    ['"if you dislike it so much, go elsewhere"', 'no-arguing', 'それほどご不満なら、他店を利用されてはいかがですか。', {}, 'fail'],
    ['a fault found and owned is no denial', 'no-arguing', '確認したところ、表示に誤りがございました。申し訳ございません。', {}, 'pass'],
    ['pointing to the terms is not arguing', 'no-arguing', '返品の条件は利用規約の第5条に記載しております。', asked, 'pass'],
    // talking down and quoting the insult back
    ['the insult quoted back with a jab', 'calm-tone', '『最悪の店』とはずいぶんな言われようですね。', {}, 'fail'],
    ['"as I have told you many times"', 'calm-tone', '何度もお伝えしているとおり、受付は18時までです。', {}, 'fail'],
    ['"lo-ook carefully at the mail"', 'calm-tone', '案内メールをよぉくご確認くださいね。', {}, 'fail'],
    ['"a matter settled by asking staff"', 'calm-tone', 'スタッフに声をかけていただければ済む話です。', {}, 'fail'],
    ['a remark left hanging on "but…"', 'calm-tone', 'アプリなら24時間予約できるかと存じますが。', {}, 'fail'],
    ['"see an ENT doctor"', 'calm-tone', 'アラームが聞こえないなら耳鼻科を受診されては😅', joke, 'fail'],
    ['the complaint quoted politely', 'calm-tone', '『届かない』とのこと、申し訳ございません。すぐにお調べします。', {}, 'pass'],
    ['"that is news to us" is not a jab', 'calm-tone', '「ずっと品切れ」とのご指摘、ありがとうございます。入荷日を確認します。', {}, 'pass'],
  ])('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });

  it.each<[string, RuleId, string, Partial<ReplyContext>]>([
    ['a change already made', 'concrete-next-step', '先週から、売り場に在庫の目安を掲示し始めました。', {}],
    ['a standing arrangement', 'concrete-next-step', '今後は常に店長が店頭にいるようにします。', {}],
    ['staff told not to repeat it', 'concrete-next-step', '担当者には、今後メールを送らないよう指示いたしました。', {}],
    ['an inspection set for this week', 'concrete-next-step', '全店舗の冷蔵設備の点検を今週中に実施いたします。', {}],
    ['a check already done', 'concrete-next-step', '記録をお調べしたところ、二重請求はございませんでした。', {}],
    ['where to do it in the app', 'concrete-next-step', '領収書はアプリの［注文履歴］からダウンロードできます。', asked],
    ['an alternative that can be booked', 'concrete-next-step', '個室は満席ですが、カウンター席でしたらご予約いただけます。', asked],
    ['a loaf set aside', 'concrete-next-step', '明日の分を一つ取り置きしておきますね。', {}],
  ])('passes %s (%s)', (_label, rule, text, over) => {
    expect(verdict(rule, text, over)).toBe('pass');
  });

  it('does not take a plain platitude for a step', () => {
    expect(verdict('concrete-next-step', 'ご意見は今後の参考にさせていただきます。')).toBe('fail');
  });
});

describe('ja: dev-f round — the ideas behind an independent corpus\'s misses', () => {
  const rude = { persona: 'vague-rude' as const };
  const joking = { persona: 'joking' as const };
  const malicious = { persona: 'malicious' as const };
  const neutral = { persona: 'neutral' as const };
  const privateNeutral: Partial<ReplyContext> = { persona: 'neutral', channel: 'private' };
  const escalation: Partial<ReplyContext> = { needsEscalation: true };
  const crisis: Partial<ReplyContext> = { crisis: true };
  it.each<[string, RuleId, string, Partial<ReplyContext>, Verdict]>([
    // a check of a named thing, then the report back
    ['"I\'ll look up the signal and get back to you"', 'concrete-next-step', '機種を教えていただければ、ご自宅周辺の通信状況を調べてご連絡いたします。', privateNeutral, 'pass'],
    ['"we\'ll inspect the unit and report"', 'concrete-next-step', 'お預かりした本体を点検してご報告いたします。', {}, 'pass'],
    ['"we\'ll check the log and let you know"', 'concrete-next-step', '当日の配送記録をお調べして、すぐにお知らせします。', {}, 'pass'],
    // a document sent, a figure answered with になります
    ['"I have attached the brochure"', 'concrete-next-step', 'お問い合わせありがとうございます。料金表を添付いたしましたので、ご覧ください。', privateNeutral, 'pass'],
    ['"the form is enclosed"', 'concrete-next-step', '申込書を同封いたしました。ご記入のうえご返送ください。', privateNeutral, 'pass'],
    ['"the group rate is 15% off"', 'concrete-next-step', '団体プランでは、10名様以上で料金が15%割引になります。', neutral, 'pass'],
    // a standing practice is no step; a new one is
    ['"our equipment is checked every week"', 'concrete-next-step', '当店の機材は毎週点検しております。', malicious, 'fail'],
    ['"we clean it daily"', 'concrete-next-step', '客室は毎日清掃しております。', malicious, 'fail'],
    ['"we always double-check"', 'concrete-next-step', '出荷前には常に二重に確認しております。', malicious, 'fail'],
    ['a new daily check is a step', 'concrete-next-step', '今後は毎日、開店前に冷蔵庫の温度を確認いたします。', {}, 'pass'],
    // the alleged fault admitted as fact to a malicious poster
    ['"our hotel\'s lax management"', 'facts-not-accusations', '当ホテルの管理不行き届きで、怖い思いをさせてしまいました。', malicious, 'fail'],
    ['"our salon\'s carelessness"', 'facts-not-accusations', '当サロンの不注意により、肌荒れを起こさせてしまいました。', malicious, 'fail'],
    ['"hygiene was not kept up"', 'facts-not-accusations', '衛生管理が行き届いておらず、誠に申し訳ございません。', malicious, 'fail'],
    ['checking the management is not grovelling', 'facts-not-accusations', '当ホテルの管理記録を確認し、DMでご説明いたします。', malicious, 'pass'],
    // a crisis notice: what is going on, as a state with its start, scope or cause
    ['"since last night, in some areas"', 'three-c', 'ご迷惑をおかけし申し訳ございません。昨夜から一部の地域で、電話がつながりにくい状態が続いております。現在、復旧作業を進めております。', crisis, 'pass'],
    ['"this outage was caused by…"', 'three-c', 'ご不便をおかけしております。今回の障害は、電源設備の故障によるものです。現在、復旧作業を進めております。', crisis, 'pass'],
    ['"whether any flight was affected is being checked"', 'three-c', 'ご心配をおかけしております。該当する便があるかどうか、記録をもとに調査しております。結果は本日中にお知らせします。', crisis, 'pass'],
    ['a crisis reply with no facts', 'three-c', 'ご迷惑をおかけし申し訳ございません。現在、復旧作業を進めております。', crisis, 'fail'],
    // the brand checking the customer's device is no blame
    ['"we\'ll check your line from here"', 'no-arguing', 'お客様の回線の状態をこちらで確認いたします。', {}, 'pass'],
    ['"we\'ll look at your device settings"', 'no-blame-shifting', 'お客様の端末の設定をチャットで一緒に確認させてください。', {}, 'pass'],
    ['"it is your device\'s setting"', 'no-blame-shifting', 'お客様の端末の設定が原因です。', {}, 'fail'],
    // the refusal turned on the poster
    ['"we refuse people like you"', 'calm-tone', 'そういう方こそ、こちらからお断りです。', rude, 'fail'],
    ['"we would rather not have you"', 'no-arguing', 'こちらこそ願い下げです。', rude, 'fail'],
    ['"such customers are not welcome"', 'engage-wisely', 'そのようなことをおっしゃるお客様のご来店はお断りしております。', rude, 'fail'],
    // "if it does not suit you, no need to carry on"
    ['"if it does not suit you, stop playing"', 'no-arguing', 'お好みに合わなかったのでしたら、無理に遊ばなくても大丈夫です。', rude, 'fail'],
    ['"if it is not to your taste, try elsewhere"', 'calm-tone', 'お口に合わないなら、ほかのお店を探されては。', rude, 'fail'],
    ['"if the size did not fit, we exchange it"', 'no-arguing', 'サイズが合わなかったのでしたら、交換いたしますのでDMでお知らせください。', {}, 'pass'],
    // refusing a vague post until it is specific
    ['"no answer without specifics"', 'engage-wisely', '具体的な内容がない限り、お答えいたしかねます。', rude, 'fail'],
    ['"without concrete reasons we cannot respond"', 'engage-wisely', '具体的な理由がなければ、対応はできません。', rude, 'fail'],
    ['"without specifics, we will not reply"', 'engage-wisely', '具体的なご指摘のない書き込みには、ご返答いたしません。', rude, 'fail'],
    ['asking for the specifics instead', 'engage-wisely', 'よろしければ、具体的にどのような点か教えていただけますか。', rude, 'pass'],
    // a self-description as a concession before asking what went wrong: defensive, not a rebuttal
    ['"we act in good faith, but what happened?" (no-arguing)', 'no-arguing', '当店としては誠実に営業しておりますが、何かございましたら詳しくお聞かせください。', rude, 'pass'],
    ['"we act in good faith, but what happened?" (engage)', 'engage-wisely', '当店としては誠実に営業しておりますが、何かございましたら詳しくお聞かせください。', rude, 'fail'],
    ['"our staff did their utmost"', 'engage-wisely', 'スタッフ一同、全力で対応しておりました。', rude, 'fail'],
    ['the same claim as a rebuttal still argues', 'no-arguing', '弊社は真摯に対応しております。', rude, 'fail'],
    ['taking the words seriously is not defensive', 'engage-wisely', '頂いたお声は真摯に受け止めております。どの点がご不満だったか教えていただけますか。', rude, 'pass'],
    // the customer's busy moment acknowledged
    ['"busy as you are after the move"', 'empathy', 'ご転居直後のお忙しいところ、ご連絡いただき助かります。', neutral, 'pass'],
    ['"at a hectic time"', 'empathy', '年度末の慌ただしい時期に、お手数をおかけしております。', neutral, 'pass'],
    ['"busy as you are" cushioning a request', 'empathy', 'お忙しいところ恐れ入りますが、DMでご注文番号をお送りください。', neutral, 'fail'],
    // the private channel: an in-app form in quotes, a phone call, the brand's own number
    ['"via 「お問い合わせ」 in the app"', 'take-private', '詳しい状況は、アプリ内の「お問い合わせ」からお知らせください。', {}, 'pass'],
    ['"please call the shop"', 'take-private', '恐れ入りますが、店舗までお電話ください。', {}, 'pass'],
    ['"the branch will explain by phone"', 'take-private', '詳細は担当の支店からお電話でご説明いたします。', {}, 'pass'],
    ['the shop\'s number in a call invitation', 'protect-privacy', 'お手数ですが当店（06-1234-5678）までお電話ください。', {}, 'pass'],
    ['the shop\'s number with TEL', 'protect-privacy', 'ご不明な点はTEL:03-9876-5432までご連絡ください。', {}, 'pass'],
    ['the customer\'s number read back', 'protect-privacy', 'ご登録の090-1234-5678にお電話しましたがつながりませんでした。', {}, 'fail'],
    ['the customer\'s number is no invitation', 'take-private', 'ご登録の080-2222-3333にご連絡しましたが、応答がございませんでした。', {}, 'fail'],
    // the limit of one's own authority
    ['"beyond what I can decide"', 'under-promise', '賠償のご要望は私の判断でお答えできる範囲を超えるため、担当部署へ引き継ぎました。', escalation, 'pass'],
    ['"not something I can settle on my own"', 'escalate', '私の判断では決められませんので、本社の法務部に報告いたしました。3営業日以内にご連絡します。', escalation, 'pass'],
    ['"on my own authority, a full refund"', 'under-promise', '私の判断で、全額返金いたします。', escalation, 'fail'],
    // a specialist department looking into it
    ['"the safety department is checking"', 'escalate', '品質保証部が記録をもとに確認しており、結果は明日中にお知らせします。', escalation, 'pass'],
    ['"the research team is investigating"', 'escalate', '研究開発チームで原因の調査を進めております。1週間以内にご報告いたします。', escalation, 'pass'],
    ['"shared with the lab\'s specialist"', 'escalate', 'いただいたご指摘は、品質管理部の専門スタッフに共有いたしました。来週中にご回答します。', escalation, 'pass'],
    ['"we are all checking" is no hand-off', 'escalate', '全部で確認しております。明日ご連絡します。', escalation, 'fail'],
    // guarantee words in a standing practice or a standing fact
    ['"we always test, and keep the records"', 'under-promise', '全便で出発前の点検を必ず行い、その結果をすべて記録しています。', malicious, 'pass'],
    ['"the large is definitely bigger"', 'under-promise', '大盛りは並盛りより確実に多いです！', joking, 'pass'],
    ['"surely delicious"', 'under-promise', '焼きたては絶対においしいです😋', joking, 'pass'],
    ['a guaranteed delivery still fails', 'under-promise', '必ず明日中にお届けします。', {}, 'fail'],
    // talking down: "as I told you before", an admonishment with a smile, "people of taste"
    ['"as I told you last time too"', 'calm-tone', '前回もお伝えしたとおり、現在順番にご案内しております。', {}, 'fail'],
    ['"as I said earlier too"', 'calm-tone', '先ほども申し上げたとおり、本日の受付は終了しました。', {}, 'fail'],
    ['"next time please come early 😊"', 'calm-tone', '今後は時間に余裕をもってお越しください😊', {}, 'fail'],
    ['"from next time, please check first ♪"', 'calm-tone', '次回からはご注文前にサイズをご確認いただけますと幸いです♪', {}, 'fail'],
    ['"we want people of taste"', 'calm-tone', '味の分かる方にこそ来ていただきたいので。', rude, 'fail'],
    ['"for adults who know the difference"', 'calm-tone', 'このデザインは、違いが分かる大人向けの商品です。', rude, 'fail'],
    ['a tip for next time, no smile', 'calm-tone', '次回はぜひ店頭受け取りもご検討ください。', {}, 'pass'],
    ['a friendly suggestion with a smile', 'calm-tone', '次回はぜひ激辛メニューにも挑戦してみてください😊', joking, 'pass'],
    // told to go back to school basics
    ['"start again from arithmetic"', 'join-the-joke', '文句の前に、まずは算数から復習されてはいかがでしょう。', joking, 'fail'],
    ['"study some Japanese first"', 'calm-tone', 'クレームの前に、日本語の勉強をおすすめします。', rude, 'fail'],
    ['"before posting, read the manual"', 'no-arguing', '投稿の前に、まず説明書をお読みになってはいかがですか。', joking, 'fail'],
    ['a joke invitation is not a lecture', 'join-the-joke', 'ダイエットの前に、まずは新作ケーキで元気を出してください🍰', joking, 'pass'],
    // the customer's bill or booking in public
    ['"your last bill was 12,300 yen"', 'protect-privacy', '〇〇様の今月のご請求額は12,300円でした。', joking, 'fail'],
    ['"your usage was 320 kWh"', 'protect-privacy', 'お客様の先月の使用量は320kWhでした。', neutral, 'fail'],
    ['"booked under the name Tanaka"', 'protect-privacy', '本日18時、田中様名義で承っております。', neutral, 'fail'],
    ['"tomorrow at 7, for 3"', 'protect-privacy', '明日の19時から3名様でお席をご用意しております。', neutral, 'fail'],
    ['a policy for large groups is no booking', 'protect-privacy', '19時以降は6名様以上のご予約をお電話で承ります。', neutral, 'pass'],
    ['tonight\'s availability is no booking', 'protect-privacy', '本日18時から2名様でしたらご案内できます。', neutral, 'pass'],
    ['"your payment is overdue"', 'protect-privacy', 'お客様のお支払いは期限を過ぎております。', {}, 'fail'],
    // thanks for using the product is thanks for choosing us
    ['"thank you for your loyal use"', 'thank-the-customer', 'いつも当店のパンをご愛用いただき、ありがとうございます。', {}, 'fail'],
    ['"thank you for using it"', 'thank-the-customer', 'ご使用いただきありがとうございます。', joking, 'fail'],
    ['"thank you for reading"', 'thank-the-customer', 'いつもご愛読いただき誠にありがとうございます。', neutral, 'fail'],
    ['thanks for the feedback count', 'thank-the-customer', 'ご使用後のご感想をお寄せいただき、ありがとうございます。', neutral, 'pass'],
    // the complaint put down to a misunderstanding, asserted
    ['"there must have been a mix-up"', 'no-arguing', 'スタッフが無視することはございません。何か行き違いがあったのかと存じます。', {}, 'fail'],
    ['"you must be mistaken"', 'no-arguing', '誤解されているものと思われます。', {}, 'fail'],
    ['"a misunderstanding, surely"', 'no-arguing', 'お客様に何か思い違いがあったのではないでしょうか。', {}, 'fail'],
    ['asking about a possible mix-up', 'no-arguing', '行き違いがあったかもしれませんので、DMで詳しく伺えますか。', {}, 'pass'],
    ['owning a confusing notice', 'no-arguing', '当店の説明で誤解があったのではないかと反省しております。', {}, 'pass'],
    // pointing back to the terms to be read again
    ['"it is in the terms, so check again"', 'no-arguing', '会員規約にも記載しておりますので、今一度ご確認ください。', {}, 'fail'],
    ['"it was posted, so please read it again"', 'no-arguing', '店頭にも掲示しておりましたので、改めてご覧いただければと存じます。', {}, 'fail'],
    ['"it is on the site, please reread"', 'no-arguing', 'ホームページに明記していますから、もう一度お読みください。', {}, 'fail'],
    ['pointing to where the terms are', 'no-arguing', '解約の条件は会員規約の第8条に記載しております。', neutral, 'pass'],
    // challenging the poster to prove it
    ['"I would love to see the photo"', 'no-arguing', '証拠の写真があるなら、ぜひ見せていただきたいものです。', malicious, 'fail'],
    ['"we would like you to prove it"', 'no-arguing', 'その話が本当なら、ご提示いただきたいところです。', malicious, 'fail'],
    ['"do tell us the details, then"', 'no-arguing', 'どの店舗で起きたのか、ぜひお聞かせいただきたいものですね。', malicious, 'fail'],
    ['asking for the photo by DM', 'no-arguing', 'お手数ですが、お写真をDMでお送りいただけますか。', malicious, 'pass'],
    // told to read how to use it
    ['"check the directions on the box"', 'no-arguing', '箱の裏の使用方法をご確認ください。', joking, 'fail'],
    ['"read how to use it properly"', 'no-arguing', '正しい使い方をよくお読みください。', {}, 'fail'],
    ['"check the usage notes again"', 'join-the-joke', '使用上の注意を今一度ご確認くださいね。', joking, 'fail'],
    ['where the directions are printed', 'no-arguing', '使用方法はパッケージの裏面に記載しております。', neutral, 'pass'],
    // the customer's lateness or omission as the cause
    ['"your cancellation came after the deadline"', 'no-blame-shifting', 'お客様のご解約は締め切りを過ぎておりました。', {}, 'fail'],
    ['"your request missed the window"', 'no-blame-shifting', 'お客様からのお申し出は受付期間を過ぎてからでした。', {}, 'fail'],
    ['"you did not specify a time"', 'no-blame-shifting', '配達時間のご指定がなかったため、午前中のお届けとなりました。', {}, 'fail'],
    ['"you did not tell us in advance"', 'no-blame-shifting', '事前のご連絡がございませんでしたので、キャンセル扱いとさせていただきました。', {}, 'fail'],
    ['a deadline stated as policy', 'no-blame-shifting', '解約のお手続きは次回発送日の7日前まで承っております。', neutral, 'pass'],
    ['"we had not heard from you, so we worried"', 'no-blame-shifting', 'ご連絡がなく、心配しておりました。お体は大丈夫でしょうか。', {}, 'pass'],
    // the harm placed somewhere else
    ['"bitten somewhere else, perhaps"', 'no-blame-shifting', '他の場所で刺された可能性もございます。', malicious, 'fail'],
    ['"another cause, maybe"', 'no-blame-shifting', '別の原因によるものかもしれません。', {}, 'fail'],
    ['"something else you ate"', 'no-blame-shifting', '他の食べ物が原因ではないかと存じます。', {}, 'fail'],
    // the harm put on the carrier's handling, or a mix-up at the partner
    ['"due to the courier\'s handling"', 'no-blame-shifting', '今回の破損は配送業者の扱いによるものと思われます。', {}, 'fail'],
    ['"the warehouse mixed it up"', 'no-blame-shifting', '倉庫で他の商品と入れ替わってしまったようです。', {}, 'fail'],
    ['"it got wet at the carrier\'s"', 'no-blame-shifting', '運送会社の保管中に濡れてしまったようです。', {}, 'fail'],
    ['following up with the carrier', 'no-blame-shifting', '配送業者に輸送中の状況を確認いたします。', {}, 'pass'],
    // the cause named in an outage notice
    ['"the cause is a server fault"', 'no-blame-shifting', 'ご迷惑をおかけし申し訳ございません。原因は予約サーバーの不具合で、現在復旧作業中です。', crisis, 'pass'],
    ['"the cause: a system fault"', 'no-blame-shifting', '原因につきましては、システムの不具合と判明しております。', crisis, 'pass'],
    ['an ownerless cause as an excuse still fails', 'no-blame-shifting', 'サーバーの不具合で、ご注文が取り消されておりました。', {}, 'fail'],
    // a partner's slip owned
    ['"we chose the contractor"', 'no-blame-shifting', '遅れは委託先の工場の人員不足によるものですが、委託したのは弊社です。', {}, 'pass'],
    ['"the responsibility is ours"', 'no-blame-shifting', '配送会社の手違いによるものですが、責任は当社にあります。', {}, 'pass'],
    // a refusal with a reason, or a date, is no remedy
    ['"refunds are not possible by rule"', 'concrete-next-step', 'ご不便をおかけし申し訳ございません。払い戻しは規定により対応いたしかねます。', {}, 'fail'],
    ['"exchange cannot be done by policy"', 'concrete-next-step', '交換は当社の方針によりできかねます。', {}, 'fail'],
    ['"after the shipping date minus three days"', 'concrete-next-step', '発送日の3日前を過ぎますと、変更をお受けできません。', {}, 'fail'],
    // where the details are, and a call to explain
    ['"details are on our site\'s page"', 'concrete-next-step', '原料の方針は公式サイトの「品質へのこだわり」ページにまとめています。', neutral, 'pass'],
    ['"listed in the FAQ section"', 'concrete-next-step', 'よくある質問のコーナーに手順を掲載しております。', neutral, 'pass'],
    ['"the branch will call to explain"', 'concrete-next-step', '詳細はお取引のある支店からお電話でご説明いたします。', malicious, 'pass'],
    // a name that signs off
    ['"this was Sano from the dev team"', 'personal-touch', 'ご指摘ありがとうございます。開発チームの佐野でした。', joking, 'pass'],
    ['"Mizuno from support"', 'personal-touch', 'ご連絡ありがとうございます。サポートの水野です。', neutral, 'pass'],
    ['a nickname', 'personal-touch', 'いつも遊んでくれてありがとう！運営のたまちゃんより', joking, 'pass'],
    ['a nickname with a slash', 'personal-touch', 'ナイスツッコミです！中の人・ゆうくん', joking, 'pass'],
    ['"a field we focus on" is no name', 'personal-touch', 'ご質問ありがとうございます。当社が力を入れている分野です。', neutral, 'fail'],
    // a denial with the house named in between
    ['"such things do not happen at our inn"', 'no-arguing', 'お客様を無視するようなことは当館ではございませんので。', {}, 'fail'],
  ])('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('ja: dev-g round — courteous sarcasm, rebuttals dressed as explanations, ownerless causes, specific steps', () => {
  const rude = { persona: 'vague-rude' as const };
  const joking = { persona: 'joking' as const };
  const malicious = { persona: 'malicious' as const };
  const neutral = { persona: 'neutral' as const };
  const privateNeutral: Partial<ReplyContext> = { persona: 'neutral', channel: 'private' };
  const escalation: Partial<ReplyContext> = { needsEscalation: true };
  const crisis: Partial<ReplyContext> = { crisis: true };
  it.each<[string, RuleId, string, Partial<ReplyContext>, Verdict]>([
    // a cause named so the customer will accept the harm, with no owner
    ['"it is the weather, so please understand"', 'no-blame-shifting', '大雪によるものですので、何卒ご理解ください。', {}, 'fail'],
    ['"due to heavy traffic, please forgive us"', 'no-blame-shifting', '年末の交通渋滞の影響によるものにつき、ご容赦くださいませ。', {}, 'fail'],
    ['"it is how the system works, so accept it"', 'no-blame-shifting', 'システムの仕様に起因するものですから、ご了承ください。', {}, 'fail'],
    ['"a cause told as plain news"', 'no-blame-shifting', '原因は落雷による停電です。現在、復旧作業を進めております。', crisis, 'pass'],
    ['our own slip named as the cause', 'no-blame-shifting', '当店の確認不足によるものですので、深くお詫び申し上げます。', {}, 'pass'],
    // the buck passed to another department, and left there
    ['"that is head office\'s call, we cannot say"', 'no-blame-shifting', '返金の可否は本社の判断となっておりますので、店舗ではお答えいたしかねます。', {}, 'fail'],
    ['"billing is another department, so no idea"', 'no-blame-shifting', '請求については別の部署の担当ですので、こちらでは分かりかねます。', {}, 'fail'],
    ['"the service centre handles it, nothing we can do"', 'no-blame-shifting', '修理はサービスセンターの管轄でして、当店ではどうにもできません。', {}, 'fail'],
    ['the same limit with a hand-off', 'no-blame-shifting', '補償は本社の担当となっておりますので、私からはお答えできかねますが、本日中に本社へ引き継ぎます。', {}, 'pass'],
    ['a department that does the work', 'no-blame-shifting', '返金は経理部が担当しておりますので、経理部から明日ご連絡いたします。', {}, 'pass'],
    // the harm put down to the customer's home or set-up
    ['"it is your home Wi-Fi"', 'no-blame-shifting', '速度が出ないのは、お客様宅のWi-Fiルーターの位置が原因かと存じます。', {}, 'fail'],
    ['"your room\'s wiring is to blame"', 'no-blame-shifting', 'ブレーカーが落ちるのは、お客様のご自宅の配線の問題です。', {}, 'fail'],
    ['"your side\'s network, most likely"', 'no-blame-shifting', '動画が止まるのは、会員様側の通信環境によるものがほとんどです。', {}, 'fail'],
    ['"not a problem on your side"', 'no-blame-shifting', 'お客様側の問題ではございません。こちらで回線を確認いたします。', {}, 'pass'],
    // the result made the inevitable outcome of the customer's body
    ['"with your skin type, redness is unavoidable"', 'no-blame-shifting', 'お客様の肌質ですと、多少の赤みはどうしても出てしまいます。', {}, 'fail'],
    ['"with your hair, it was bound to turn out so"', 'no-blame-shifting', 'お客様の毛量ですと、このような仕上がりになってしまいます。', {}, 'fail'],
    ['"your build makes it inevitable"', 'no-arguing', 'お客様の体型だと、どうしても裾が余ってしまうんです。', {}, 'fail'],
    ['a caution before use is no blame', 'no-blame-shifting', '肌質によっては合わない場合もございますので、念のためパッチテストをおすすめしております。', neutral, 'pass'],
    // "please check whether you did it right"
    ['"check whether you entered it right"', 'no-blame-shifting', 'まずはパスワードを正しくご入力いただいているか、ご確認ください。', {}, 'fail'],
    ['"whether you plugged it in properly"', 'no-blame-shifting', '電源ケーブルをきちんと差し込んでいただいているかどうか、今一度お確かめください。', {}, 'fail'],
    ['"whether you followed the steps correctly"', 'no-blame-shifting', '手順どおり正しく操作していただいているか、ご確認いただけますと幸いです。', {}, 'fail'],
    ['we check our own settings', 'no-blame-shifting', '設定が正しく反映されているか、こちらで確認いたします。', {}, 'pass'],
    // the claim denied as fact
    ['"there is no fact of overwork"', 'no-arguing', '当社では残業を適切に管理しており、過重労働の事実はございません。', neutral, 'fail'],
    ['"no such thing as hiding a fault"', 'no-arguing', '不具合を隠したという事実は一切ありません。', malicious, 'fail'],
    ['"no fact of mixing in cheap rice"', 'no-arguing', '安い米を混ぜているといった事実はございません。', malicious, 'fail'],
    ['a check reported is no denial', 'no-arguing', '現時点で情報が外部に漏れた事実は確認されておりません。引き続き調査いたします。', crisis, 'pass'],
    // "it is the same as everywhere else"
    ['"about the same as any ramen shop"', 'no-arguing', 'うちのカレーの辛さは、一般的なお店と同程度です。', joking, 'fail'],
    ['"our price is no different from others"', 'no-arguing', '料金は他社と大差ございません。', {}, 'fail'],
    ['"the portion is standard"', 'no-arguing', 'お肉の量は他店並みでございます。', {}, 'fail'],
    ['matching other shops as a promise', 'no-arguing', '他店と同じ価格でご提供できるよう、価格を見直します。', {}, 'pass'],
    // the poster's claim doubted as a question
    ['"which kitchen did you see, we wonder"', 'no-arguing', 'どちらの店舗でお召し上がりになったのか、不思議でなりません。', malicious, 'fail'],
    ['"what is that based on?"', 'no-arguing', '何を根拠にそのようにおっしゃるのでしょうか。', malicious, 'fail'],
    ['"where did you read that, curious"', 'no-arguing', 'そのような記事をどこでお読みになったのか、気になるところです。', malicious, 'fail'],
    ['asking which shop to check it', 'no-arguing', 'どちらの店舗をご利用になったか、DMで教えていただけますか。', malicious, 'pass'],
    // asked for the source of the claim
    ['"please show the source of that figure"', 'no-arguing', 'その数字の出典をお示しいただけますか。', malicious, 'fail'],
    ['"what is your source?"', 'no-arguing', '情報源を明らかにしていただけますでしょうか。', malicious, 'fail'],
    ['"tell us the source too"', 'no-arguing', '8割という調査のソースも教えていただけますか。', malicious, 'fail'],
    ['we will cite our own source', 'no-arguing', '今後は記事に数値の出典を明記いたします。', neutral, 'pass'],
    // lectured on how things work
    ['"a hospital is that kind of place"', 'calm-tone', '救急病院とはそういうところですので、ご理解ください。', {}, 'fail'],
    ['"please understand statistics properly"', 'calm-tone', '統計の仕組みを正しくご理解いただければと存じます。', malicious, 'fail'],
    ['"by the nature of lotteries"', 'no-arguing', '抽選というものの性質上、外れが続くこともございます。', {}, 'fail'],
    ['"first learn how returns work"', 'no-arguing', 'まずは返品制度についてよくご理解いただけますと幸いです。', {}, 'fail'],
    ['fixing our wording so it is understood', 'calm-tone', '料金の仕組みを正しくご理解いただけるよう、表示を改めます。', {}, 'pass'],
    // mock delight at a scrap of praise
    ['"honoured you remembered the name"', 'calm-tone', '店名だけでも覚えていただけて光栄です。', rude, 'fail'],
    ['"glad you know we exist at least"', 'engage-wisely', '存在だけでも知っていただけて嬉しい限りです😊', rude, 'fail'],
    ['a humble thank-you is no sneer', 'calm-tone', '見ていただけるだけでも嬉しいです、ありがとうございます。', joking, 'pass'],
    ['"an honour just to be criticised"', 'calm-tone', '手厳しいご指摘をいただけるとは光栄の至りです。', rude, 'fail'],
    ['a plain thank-you for remembering', 'calm-tone', 'お名前を覚えていただき、ありがとうございます！', joking, 'pass'],
    // the harm waved away as something that will pass
    ['"it will grow back, no worries"', 'calm-tone', '眉はまた生えますので、ご安心ください。', {}, 'fail'],
    ['"you will get used to it, it is fine"', 'calm-tone', '硬さにはすぐ慣れますから、大丈夫ですよ。', {}, 'fail'],
    ['"it is nothing much"', 'calm-tone', '数分の遅れですし、大したことではございません。', {}, 'fail'],
    ['advice while it heals is no dismissal', 'calm-tone', '赤みが引くまでは使用をお控えください。', {}, 'pass'],
    // the customer's laziness made the joke
    ['"you phantom member"', 'join-the-joke', 'そろそろお顔を見せてくださいね、幽霊会員さん😆', joking, 'fail'],
    ['"get off the couch"', 'calm-tone', '重い腰を上げてくださいね〜🏃', joking, 'fail'],
    ['"time to get serious"', 'join-the-joke', 'いい加減本気を出してくださいね💪', joking, 'fail'],
    ['joking along about ourselves', 'join-the-joke', '中の人も今日からジム通いを始めます💪笑', joking, 'pass'],
    // told to stop spreading falsehoods, or linked to another account
    ['"stop spreading baseless rumours"', 'facts-not-accusations', '根拠のない噂を広めるのはおやめください。', malicious, 'fail'],
    ['"refrain from posting false content"', 'facts-not-accusations', '事実無根の内容を投稿することはお控えください。', malicious, 'fail'],
    ['"the same posts from another account"', 'facts-not-accusations', '投稿者様は別のアカウントでも同じ内容の書き込みをされていますね。', malicious, 'fail'],
    ['correcting the record without blaming', 'facts-not-accusations', '誤った情報が広まらないよう、公式サイトで正確な情報をお知らせしております。', malicious, 'pass'],
    ['our own account posting the same notice', 'facts-not-accusations', '当社の公式アカウントでも同様の投稿をしておりますので、ご確認ください。', malicious, 'pass'],
    // a guarantee word describing a personified product, as a joke
    ['"a card that never betrays you"', 'under-promise', 'このカードは絶対にお客様を見捨てない相棒です😎', joking, 'pass'],
    ['"the kettle is the type that never gives up"', 'under-promise', 'うちのケトルは決して諦めないタイプなんです笑', joking, 'pass'],
    ['"always on your side"', 'under-promise', '当店のコロッケは必ずあなたの味方になる存在です🍴', joking, 'pass'],
    ['a real promise still fails', 'under-promise', '明日は絶対に遅れない配達をお約束します。', {}, 'fail'],
    // writing to a brand address is a private channel
    ['"send the date to our address"', 'take-private', 'ご不便をおかけし申し訳ございません。ご利用日を help@shop-example.jp 宛にお送りいただけますか。', {}, 'pass'],
    ['"contact us at our address"', 'take-private', 'ご迷惑をおかけしました。お問い合わせは care@example.co.jp までお願いいたします。', {}, 'pass'],
    ['"write to our support"', 'protect-privacy', '詳細は support@example.com へご連絡ください。', {}, 'pass'],
    ['the customer\'s own address is a leak', 'protect-privacy', 'ご登録の taro.yamada@example.com に確認メールを送信済みです。', {}, 'fail'],
    ['contacting the customer at their own address is a leak', 'protect-privacy', 'hanako.s@example.jp 宛に本日ご連絡いたします。', {}, 'fail'],
    // the customer's usage or visit spelt out in public
    ['"last month you used 41 m³"', 'protect-privacy', '前月のご使用量は41㎥でしたので、今月は増えております。', {}, 'fail'],
    ['"this month\'s bill of 9,800 yen"', 'protect-privacy', '今月のご請求額（9,800円）は先月と同じです。', {}, 'fail'],
    ['"you arrived 30 minutes late"', 'protect-privacy', '当日は30分ほど遅れてのご到着でしたので、お席が変わりました。', {}, 'fail'],
    ['a usage threshold is policy', 'protect-privacy', 'ご使用量が20㎥を超えると単価が変わります。', neutral, 'pass'],
    ['our own delay is no leak', 'protect-privacy', '配達が20分遅れてしまい、申し訳ございません。', {}, 'pass'],
    // where the customer gets it done, what to show, which setting to check
    ['"cancellations are handled at the counter"', 'concrete-next-step', 'ご解約は各店舗の窓口にて承っております。', privateNeutral, 'pass'],
    ['"returns are accepted in store too"', 'concrete-next-step', 'ご返品は店頭でも受け付けております。', neutral, 'pass'],
    ['"show your member card"', 'concrete-next-step', 'お会計の際に会員証をご提示いただければ、5%引きになります。', neutral, 'pass'],
    ['"bring the warranty"', 'concrete-next-step', '修理の際は保証書をお持ちください。', neutral, 'pass'],
    ['"check your spam-filter setting"', 'concrete-next-step', 'メールが届かない場合は、迷惑メールの受信設定をご確認ください。', neutral, 'pass'],
    ['"turn the router off and try again"', 'concrete-next-step', 'ルーターの電源を一度オフにしてお試しください。', neutral, 'pass'],
    ['an invitation to DM alone is no step', 'concrete-next-step', 'ご不便をおかけしております。個別のご相談はDMでも承ります。', {}, 'fail'],
    ['a bare "please check" is no step', 'concrete-next-step', 'お手数ですが、ご確認ください。', {}, 'fail'],
    // a record read out against the poster is no remedy; an opening ご案内 is no offer
    ['"our log says it was shipped"', 'concrete-next-step', '出荷記録によると、3月5日に発送済みです。', malicious, 'fail'],
    ['"per our data it was delivered"', 'concrete-next-step', '伝票上では、出荷済みとなっております。', malicious, 'fail'],
    ['a shipment we just made is a remedy', 'concrete-next-step', '代わりの商品を本日発送いたしました。', {}, 'pass'],
    ['"let me explain: it is stated on the site"', 'concrete-next-step', 'ご案内いたします。店頭価格とネット価格は異なる旨、サイトに記載しております。', neutral, 'fail'],
    ['"as a reminder, let me explain"', 'concrete-next-step', '念のためご案内いたします。セール品は返品をお受けできません。', neutral, 'fail'],
    ['an offer to guide them is a step', 'concrete-next-step', '別のお部屋をご案内いたします。', {}, 'pass'],
    // "as stated in the document" is no pointer; the terms rubbed in across a sentence
    ['"as written in the explanation sheet"', 'concrete-next-step', '解約料は重要事項説明書に記載のとおりでございます。', {}, 'fail'],
    ['where it is written is a pointer', 'concrete-next-step', '解約料の金額は取扱説明書に記載しております。', neutral, 'pass'],
    ['"it is stated. read it carefully"', 'no-arguing', '条件は申込書に記載しております。しっかりご覧のうえお申し込みください。', {}, 'fail'],
    ['"it was displayed. check it properly"', 'no-arguing', '店頭に掲示しておりました。しっかりご覧いただければと存じます。', {}, 'fail'],
    // a reminder of an earlier call is condescending, not a rebuttal
    ['"as I told you on the phone" is no rebuttal', 'no-arguing', '先日のお電話でもお伝えしたとおり、順番にご連絡しております。', {}, 'pass'],
    ['"as I told you on the phone" talks down', 'calm-tone', '先日のお電話でもお伝えしたとおり、順番にご連絡しております。', {}, 'fail'],
    ['"as explained at the counter before"', 'calm-tone', '以前窓口でもご説明いたしましたとおり、手続きには2週間かかります。', {}, 'fail'],
    ['"as the terms say" is still a rebuttal', 'no-arguing', '規約に記載のとおり、返金はいたしかねます。', {}, 'fail'],
    // the feeling called natural, in a longer form
    ['"being worried is only natural"', 'empathy', 'ご不安に感じられるのは当然のことです。', malicious, 'pass'],
    ['"being angry is understandable"', 'empathy', 'お怒りになられるのももっともだと受け止めております。', {}, 'pass'],
    // a brand record or "see for yourself" against a vague insult
    ['"the cheapest in the industry"', 'engage-wisely', '当社の料金は業界でもトップクラスの安さです。', rude, 'fail'],
    ['"loved by customers for decades"', 'no-arguing', '当店は長年、地域のお客様に愛されてまいりました。', rude, 'fail'],
    ['"compare and it is obvious"', 'no-arguing', '他社と見比べていただければ一目瞭然です。', rude, 'fail'],
    ['a record inside an apology', 'no-arguing', '多くのお客様にご愛顧いただいているにもかかわらず、このような事態となり申し訳ございません。', crisis, 'pass'],
    // "we cannot improve unless you tell us", "before contacting us, first…"
    ['"unless you say, no way to improve"', 'no-arguing', '詳しく書いていただかないと、改善のしようがございません。', rude, 'fail'],
    ['"before asking us, check it yourself"', 'calm-tone', 'ご質問いただく前に、FAQをお読みください。', {}, 'fail'],
    ['"before contacting us, restart it"', 'no-arguing', 'ご連絡いただく前に、まずは再起動をお試しください。', {}, 'fail'],
    ['asking what went wrong', 'no-arguing', 'どの点がご不満だったか、詳しく教えていただけますか。', rude, 'pass'],
    // "if you do not need it, do not use it"
    ['"if you don\'t need it, don\'t use it"', 'calm-tone', '要らないならアプリを消していただいて構いません。', rude, 'fail'],
    ['"if you don\'t want it, no need to buy"', 'no-arguing', 'いらないなら買わなくて構いません。', rude, 'fail'],
    ['"if you don\'t want to, stop"', 'engage-wisely', '使いたくないならおやめいただいて結構です。', rude, 'fail'],
    ['a return offered if it did not suit', 'calm-tone', 'お肌に合わなかったのであれば、返品していただいて構いません。', {}, 'pass'],
    // a full refund promised on the spot when it is management's call
    ['"we will refund the full contract"', 'under-promise', 'ご契約金額を全額ご返金いたします。', escalation, 'fail'],
    ['"full payment of treatment"', 'under-promise', '治療にかかった費用は全額お支払いいたします。', escalation, 'fail'],
    // a staff member under the brand's handle, or an initial
    ['"the person inside also…"', 'personal-touch', 'わかります…中の人も毎晩同じことをしています🌙', joking, 'pass'],
    ['"the person behind the account is"', 'personal-touch', '中の人は今まさにその味を食べています🍜', joking, 'pass'],
    ['"me, Kato at reception"', 'personal-touch', 'よろしければ、受付の私・加藤までお電話ください。', rude, 'pass'],
    ['"PR, T"', 'personal-touch', 'ご投稿ありがとうございます！ 広報 T', joking, 'pass'],
    ['"(app team, Y.K.)"', 'personal-touch', '使いにくい点を教えていただけますか。（アプリ担当 Y.K.）', neutral, 'pass'],
    ['a size is no initial', 'personal-touch', '交換可能な在庫はサイズ L', neutral, 'fail'],
    ['the team signing is no person', 'personal-touch', 'ご投稿ありがとうございます。中の人一同', joking, 'fail'],
    // what is wrong now, told as a state
    ['"a fault has occurred, logins are hard"', 'three-c', 'ご不便をおかけし申し訳ございません。決済サーバーに不具合が生じており、お支払いがしづらい状態です。復旧作業を進めており、12時に続報をお知らせします。', crisis, 'pass'],
    ['"calls are not getting through"', 'three-c', 'ご迷惑をおかけしております。現在、電話がつながらない状態が続いております。回線の増設を進めており、本日15時に状況をお知らせします。', crisis, 'pass'],
    // a correction dressed as a clarification
    ['"just to clarify: it was shown on the confirmation screen"', 'no-arguing', '念のためご説明いたしますと、ご注文時の確認画面にも表示されております。', {}, 'fail'],
    ['"to be precise, the fee is unchanged"', 'no-arguing', '正確に申し上げますと、料金は据え置きでございます。', {}, 'fail'],
    ['"let me correct one point"', 'no-arguing', '訂正いたしますと、当日の営業は通常どおりでした。', {}, 'fail'],
    ['"unlike what you say, the discount was applied"', 'no-arguing', 'おっしゃる内容とは異なり、割引は適用済みです。', {}, 'fail'],
    ['explaining a plan plainly is no rebuttal', 'no-arguing', 'ご説明させていただきますと、本プランは途中解約ができない契約となっております。', neutral, 'pass'],
    ['correcting our own post', 'no-arguing', '先ほどの投稿の営業時間に誤りがございました。訂正させていただきます。', neutral, 'pass'],
    // a token acknowledgement, "if you say so, go elsewhere", "if you cannot accept it, so be it"
    ['"noted, for what it is worth"', 'calm-tone', 'いただいたお声は一応伺っておきます。', rude, 'fail'],
    ['"we have heard it, nominally"', 'engage-wisely', 'お声は一応拝見しました。', rude, 'fail'],
    ['"if you say so, try another shop"', 'calm-tone', 'そこまでおっしゃるなら、他のお店をお試しください。', rude, 'fail'],
    ['"if you cannot accept it, so be it"', 'calm-tone', 'ご理解いただけないようでしたら、致し方ございません。', {}, 'fail'],
    ['"if you are not convinced, nothing we can do"', 'no-arguing', 'ご納得いただけないのであれば、仕方ありません。', {}, 'fail'],
    ['offering another shop to help', 'calm-tone', '在庫がない場合は、他店からお取り寄せいたします。', {}, 'pass'],
    // everyone else is fine, so the customer should adapt
    ['"everyone else uses it without trouble"', 'no-arguing', '皆様には問題なくお使いいただいております。', {}, 'fail'],
    ['"you will get used to it like others"', 'no-arguing', 'お客様もすぐに慣れていただけるかと存じます。', {}, 'fail'],
    ['"most members are satisfied"', 'no-arguing', 'ほとんどの会員様からはご満足の声をいただいております。', rude, 'fail'],
    ['an aim for everyone is no rebuttal', 'no-arguing', '皆様に問題なくご利用いただけるよう、復旧を急いでおります。', crisis, 'pass'],
    // a callback with its time
    ['"the person in charge will call today"', 'concrete-next-step', '本日中に担当の者からお電話を差し上げます。', {}, 'pass'],
    ['"the manager will phone tomorrow"', 'concrete-next-step', '明日の午前中に責任者よりお電話いたします。', {}, 'pass'],
    ['a callback with no time is no step', 'concrete-next-step', '担当者から改めてご連絡いたします。', {}, 'fail'],
    // more near misses
    ['reassurance after a fix is no dismissal', 'calm-tone', '復旧が完了しましたので、表示もすぐに元に戻ります。ご安心ください。', crisis, 'pass'],
    ['a friendly "come again soon"', 'join-the-joke', 'そろそろまた遊びに来てくださいね🎮', joking, 'pass'],
    ['a limit then an answer promised', 'no-blame-shifting', '補償については品質保証部の担当となっておりますので、私からはお答えできかねます。品質保証部の担当者より明日ご連絡いたします。', {}, 'pass'],
    ['a general usage figure is no leak', 'protect-privacy', '一般家庭の通常のご使用量は月20㎥程度です。', neutral, 'pass'],
    // the day a matter is handed on is not when the customer hears back
    ['"handing it to the manager today" has no reply time', 'escalate', '店長へ今日中に引き継ぎます。後ほどご連絡します。', escalation, 'fail'],
    ['"escalating to head office tomorrow"', 'escalate', '本社へ明日エスカレーションいたします。', escalation, 'fail'],
    ['a hand-off today, then a call tomorrow', 'escalate', '本日中に本部へ引き継ぎ、明日中に担当者からご連絡いたします。', escalation, 'pass'],
    ['a hand-off, then a reply today', 'escalate', '責任者へ引き継ぎ、本日中にご連絡いたします。', escalation, 'pass'],
  ])('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('ja: dev-h round — outcome promises, money back for the review, "you just lack…", identity links, crisis facts', () => {
  const joking = { persona: 'joking' as const };
  const malicious = { persona: 'malicious' as const };
  const neutral = { persona: 'neutral' as const };
  const escalation: Partial<ReplyContext> = { needsEscalation: true };
  const crisis: Partial<ReplyContext> = { crisis: true };
  it.each<[string, RuleId, string, Partial<ReplyContext>, Verdict]>([
    // money back, worded without 返金, traded for the review
    ['"the price back, so change the rating"', 'no-review-incentive', '料金は払い戻しますので、星1の評価を変更していただけませんか。', {}, 'fail'],
    ['"we return the fee, please erase the post"', 'no-review-incentive', 'ご利用料金をお返しいたしますので、口コミを消していただけると助かります。', {}, 'fail'],
    ['"the purchase price back if the review goes"', 'no-review-incentive', 'ご購入代金はお返ししますので、レビューを取り下げていただけますか。', {}, 'fail'],
    ['money back with no review is a remedy', 'no-review-incentive', 'お代金は全額お返しいたします。', {}, 'pass'],
    // "we will make sure it never happens again": an outcome, not effort
    ['"we will make sure delays never recur"', 'under-promise', '今後は二度とこのような遅れが出ないようにいたします。', {}, 'fail'],
    ['"we will see that the mistake never recurs"', 'under-promise', '二度と同じミスが起きないようにします。', {}, 'fail'],
    ['"never again will you be kept waiting"', 'under-promise', '金輪際、お待たせすることのないようにいたします。', {}, 'fail'],
    ['"we will strive so it does not recur" is effort', 'under-promise', '二度と起こらないよう努めます。', {}, 'pass'],
    // the future ruled out in the negative
    ['"such an accident will never happen in future"', 'under-promise', '今後もこのような事故が起きることは決してございません。', {}, 'fail'],
    ['"we will never trouble you again"', 'under-promise', '今後は決してご迷惑をおかけしません。', {}, 'fail'],
    ['"the same fault will not occur at all"', 'under-promise', '今後、同じ不具合が発生することは一切ありません。', {}, 'fail'],
    ['continuing checks is no guarantee', 'under-promise', '今後も点検を続けてまいります。', {}, 'pass'],
    // a medical or physical outcome promised
    ['"the redness goes in a few days"', 'under-promise', '赤みは数日で引きますのでご安心ください。', {}, 'fail'],
    ['"it will settle in about three days"', 'under-promise', '3日ほどで治まります。', {}, 'fail'],
    ['"back to normal in a week"', 'under-promise', '1週間で元に戻ります。', {}, 'fail'],
    ['"usually settles in a few days" hedges', 'under-promise', '通常は数日で治まりますが、続く場合はご連絡ください。', {}, 'pass'],
    // a sum of compensation committed when it is management's call
    ['"we will compensate 100,000 yen"', 'under-promise', '10万円を補償いたします。', escalation, 'fail'],
    ['"we will pay 5,000 yen"', 'under-promise', '5,000円をお支払いします。', escalation, 'fail'],
    ['"30,000 yen in damages"', 'under-promise', '3万円分賠償させていただきます。', escalation, 'fail'],
    ['the amount left to the manager', 'under-promise', '補償の金額については責任者から明日ご連絡いたします。', escalation, 'pass'],
    // "you just lack luck / skill": a tease at the customer
    ['"you just had no luck"', 'calm-tone', '単に運がなかっただけですね笑', joking, 'fail'],
    ['"just no luck, maybe"', 'join-the-joke', 'ツキがないだけかもですね〜', joking, 'fail'],
    ['"your skill is just short"', 'calm-tone', '腕前が足りないだけでは？', joking, 'fail'],
    ['"you just need more practice" blames the customer', 'no-blame-shifting', '練習が足りないだけかもしれませんね', joking, 'fail'],
    ['bad luck is a tease, not blame', 'no-blame-shifting', '運がないだけですね', joking, 'pass'],
    ['stock running short is no tease', 'calm-tone', '在庫が足りないだけですので、明日入荷予定です。', {}, 'pass'],
    // "we have told you repeatedly"
    ['"we have announced it again and again"', 'no-arguing', '料金改定については再三ご案内しております。', {}, 'fail'],
    ['"it was repeatedly posted on the site"', 'no-arguing', 'サイト上で繰り返し告知しております。', {}, 'fail'],
    ['"we e-mailed about it many times"', 'no-arguing', 'メールで何度もお知らせしておりました。', {}, 'fail'],
    ['announcing it again in future is no rebuttal', 'no-arguing', '今後もメールで繰り返しご案内してまいります。', {}, 'pass'],
    // a but-clause denying the fault the customer names
    ['"however, it was not our mistake"', 'no-arguing', 'ただ、今回の件は当店のミスではございません。', {}, 'fail'],
    ['"but it is not a defect"', 'no-arguing', 'しかし、製品の欠陥ではありません。', {}, 'fail'],
    ['"that said, it is no negligence of staff"', 'no-arguing', 'とはいえ、スタッフの過失ではないと考えております。', {}, 'fail'],
    ['"it is not your fault" is no rebuttal', 'no-arguing', 'お客様のミスではございません。当店の確認不足です。', {}, 'pass'],
    // the poster linked to another named account
    ['"you are the account 「abc_123」"', 'protect-privacy', '別アカウント「abc_123」の方ですよね。', malicious, 'fail'],
    ['"the same person as “tanaka88”"', 'protect-privacy', 'ユーザー名“tanaka88”と同一の方かと思います。', malicious, 'fail'],
    ['"you run several accounts"', 'protect-privacy', '投稿者様は複数のアカウントを使い分けていらっしゃるようですが。', malicious, 'fail'],
    ['naming our own account is no link', 'protect-privacy', '公式アカウント「@shop_support」へDMをお送りください。', neutral, 'pass'],
    // what the customer raised taken to heart, worry for them and theirs
    ['"we take your opinion seriously"', 'empathy', 'いただいたご意見を重く受け止めております。', neutral, 'pass'],
    ['"we take this matter earnestly"', 'empathy', 'この件を真摯に受け止めております。', neutral, 'pass'],
    ['"we are worried for your child"', 'empathy', 'お子さまの体調が心配です。', neutral, 'pass'],
    ['"others may feel uneasy too"', 'empathy', '同じように不安を感じている方も多いと思います。', neutral, 'pass'],
    ['worry about stock is no empathy', 'empathy', '在庫が心配です。', neutral, 'fail'],
    // agreeing to an unproven fault, for a malicious poster
    ['"as you say, our hygiene was sloppy"', 'facts-not-accusations', 'おっしゃる通り、当店の衛生管理はずさんでした。', malicious, 'fail'],
    ['"as pointed out, staff were inappropriate"', 'facts-not-accusations', 'ご指摘のとおり、スタッフの説明は不適切でした。', malicious, 'fail'],
    ['"it is all the inn\'s responsibility"', 'facts-not-accusations', 'すべて当館の責任です。', malicious, 'fail'],
    ['confirming a plain fact is no grovel', 'facts-not-accusations', 'ご指摘の通り、営業時間は20時までです。', malicious, 'pass'],
    // a warning to the customer is no guarantee
    ['"never tell anyone your PIN"', 'under-promise', '暗証番号は絶対に他人に教えないでください。', {}, 'pass'],
    ['"be sure not to show the password"', 'under-promise', 'パスワードは必ず誰にも見せないようお願いします。', {}, 'pass'],
    ['"never open the link"', 'under-promise', '絶対にリンクを開かないでくださいね。', {}, 'pass'],
    ['"it will surely arrive" is still a guarantee', 'under-promise', '絶対に届きます。', {}, 'fail'],
    // a hand-off in the te-form, or a specialist taking up the check
    ['"handed to the delivery team, reply tomorrow"', 'escalate', '配送チームに引き継ぎ、明日中にご連絡いたします。', escalation, 'pass'],
    ['"quality assurance will cross-check and reply"', 'escalate', '品質保証部が記録と照合し、3日以内にご連絡します。', escalation, 'pass'],
    ['"the manager in charge will investigate"', 'escalate', '責任者が調査し、今週中にお返事いたします。', escalation, 'pass'],
    ['checking it oneself is no hand-off', 'escalate', '私が記録と照合し、明日ご連絡します。', escalation, 'fail'],
    // the brand's own standing practice and a verb 荒らす are no rebuttal
    ['"we never ask for PINs by e-mail"', 'no-arguing', '当社からメールで暗証番号をお尋ねすることはありません。', neutral, 'pass'],
    ['"we never ask card numbers by phone"', 'no-arguing', '当店から電話でカード番号をお伺いすることはございません。', neutral, 'pass'],
    ['"we damaged your flowerbed"', 'no-arguing', '花壇を荒らしてしまい申し訳ございません。', {}, 'pass'],
    ['a troll is still a troll', 'no-arguing', '荒らしの投稿はおやめください。', malicious, 'fail'],
    // a crisis: the cause of the event, and what is not decided yet
    ['"the outage was due to a failed transformer"', 'three-c', 'ご迷惑をおかけし申し訳ございません。昨日の停電は、変電設備の故障によるものです。復旧作業を進めており、15時に続報をお知らせします。', crisis, 'pass'],
    ['"closed today because of the heavy rain"', 'three-c', 'ご心配をおかけしております。大雨の影響に伴い、本日の営業を休業としております。再開日は決まり次第お知らせします。', crisis, 'pass'],
    ['"no suspension is planned at this point"', 'three-c', 'ご不安をおかけし申し訳ございません。現時点で運休の予定はございません。変更がある場合は前日までにサイトでお知らせします。', crisis, 'pass'],
    // the customer's own sensitivity said flatly, or a denial left hanging
    ['"how pain feels varies by person."', 'no-arguing', '痛みの感じ方には個人差がございます。', joking, 'fail'],
    ['"taste is a matter of personal preference."', 'no-arguing', '味の好みは人それぞれです。', {}, 'fail'],
    ['"the feel of it differs by person."', 'no-arguing', '感じ方は人によって違いがございます。', {}, 'fail'],
    ['a product disclaimer is no dismissal', 'no-arguing', '本品の効果には個人差がございます。', neutral, 'pass'],
    ['"it varies, so tell us if it persists"', 'no-arguing', '痛みの感じ方には個人差がございますので、続くようでしたらご相談ください。', {}, 'pass'],
    ['"we have not retouched them, so."', 'no-arguing', '写真の加工はしておりませんので。', {}, 'fail'],
    ['"we do not add anything, so."', 'no-arguing', '保存料は使用していませんので。', {}, 'fail'],
    ['"the staff did not say that, so."', 'no-arguing', 'スタッフはそのような発言はいたしておりませんので。', {}, 'fail'],
    ['a denial that goes on to help', 'no-arguing', '保存料は使用していませんので、ご安心ください。', neutral, 'pass'],
    // a role glued to a given name in hiragana
    ['"shop staff Miku"', 'personal-touch', 'また遊びに来てね！ 店員みく', joking, 'pass'],
    ['"bath attendant Taro"', 'personal-touch', 'のぼせないでくださいね〜 番台たろう', joking, 'pass'],
    ['"reach reception" is no name', 'personal-touch', 'ご質問は受付まで', neutral, 'fail'],
    ['"from the person in charge" is no name', 'personal-touch', '詳しくは担当より', neutral, 'fail'],
  ])('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

/**
 * Round nine: the ideas behind the misses of an independent probe set (probe-3), each in new
 * words, with the near misses the new patterns must let pass.
 */
const p3Rude = { persona: 'vague-rude' as const };
const p3Joking = { persona: 'joking' as const };
const p3Malicious = { persona: 'malicious' as const };
const p3Neutral = { persona: 'neutral' as const };
const p3Private: Partial<ReplyContext> = { channel: 'private' };
const PROBE_THREE_IDEAS: [string, RuleId, string, Partial<ReplyContext>, Verdict][] = [
  // the customer's report restated before an apology is no staff denial
  ['"you say the parcel has not come, sorry"', 'no-arguing', '荷物がまだ届いていないとのこと、ご迷惑をおかけし申し訳ございません。', {}, 'pass'],
  ['"you say the refund has not landed"', 'no-arguing', 'ご返金が反映されていないとのこと、至急確認いたします。', {}, 'pass'],
  ['the staff\'s denial reported back still argues', 'no-arguing', '担当に確認したところ、そのような発言はしていないとのことです。', {}, 'fail'],
  // the brand's own product, staff or promise denied
  ['"that is not a product we sell"', 'no-arguing', 'お写真の品は当店で取り扱っている商品ではございません。', {}, 'fail'],
  ['"the person was not our employee"', 'no-arguing', 'その方は弊社の社員ではありません。', {}, 'fail'],
  ['"we never told you it was free"', 'no-arguing', '無料になるとお伝えしたことは一度もございません。', {}, 'fail'],
  ['"your understanding seems to differ"', 'no-arguing', 'ご認識にずれがあるかと存じます。', {}, 'fail'],
  ['owning a slip in the wording is no rebuttal', 'no-arguing', '分かりにくいご案内をしてしまい、申し訳ございません。', {}, 'pass'],
  // the customer's own slip, in the honorific
  ['"perhaps you misread the date"', 'no-arguing', '日付をお読み違いになったのではないでしょうか。', {}, 'fail'],
  ['"you may have pressed the wrong button"', 'no-arguing', 'ボタンをお押し間違えになったのかもしれません。', {}, 'fail'],
  ['"not your mistake but ours" is no rebuttal', 'no-arguing', 'お客様のお間違いではなく、当店の表示ミスでございます。', {}, 'pass'],
  // ruled out by design, the claim quoted back against the record, "rethink your view"
  ['"by design a charge cannot double"', 'no-arguing', '料金が二重にかかるということは、システム上ありえません。', {}, 'fail'],
  ['"your \'an hour\' was 15 minutes in fact"', 'no-arguing', 'お書きの「1時間待ち」は、実際には15分ほどでございました。', {}, 'fail'],
  ['"reconsider how you see it"', 'no-arguing', '送料も考慮すればむしろお得な価格でございます。', {}, 'fail'],
  ['"it may take an hour at busy times" is no rebuttal', 'no-arguing', '混雑時は1時間ほどお待ちいただく場合がございます。', p3Neutral, 'pass'],
  // told at sign-up, as a rebuttal
  ['"explained when you enrolled"', 'no-arguing', '退会の条件はご加入時にご説明しておりますので。', {}, 'fail'],
  ['pointing to where the terms are is no rebuttal', 'no-arguing', '退会の条件は会員規約の第5条に記載しております。', p3Neutral, 'pass'],
  // "you should have gone elsewhere", "why do you keep coming then"
  ['"you had better have picked another salon"', 'calm-tone', 'それでしたら別のサロンを選ばれた方がよかったのではないでしょうか。', {}, 'fail'],
  ['"why do you always use us then?"', 'engage-wisely', 'では、どうしていつもご利用になっているのでしょうか？', p3Rude, 'fail'],
  ['suggesting another branch while this one is shut', 'calm-tone', '本日は臨時休業のため、お近くの別の店舗をご利用いただけますと幸いです。', p3Neutral, 'pass'],
  // mock praise, "calm down", sarcastic thanks for a bad review, a repeat complaint memorised
  ['"rarely do we meet someone like you"', 'calm-tone', 'お客様のように毎日お電話をくださる方は、めったにいらっしゃいません。', {}, 'fail'],
  ['"someone as learned as you would know"', 'calm-tone', 'お客様ほどの知識をお持ちの方でしたら、説明書きくらいは当然ご存じかと。', {}, 'fail'],
  ['"first of all, calm down,"', 'calm-tone', 'まずは一旦冷静になって、順番にお話しいただけますか。', {}, 'fail'],
  ['"thanks so much for taking the trouble to give us one star"', 'calm-tone', 'わざわざ低評価をつけていただき、ありがたい限りです。', {}, 'fail'],
  ['"we know your message by heart now"', 'calm-tone', 'いつも同じご意見ですので、もう暗記しております。', {}, 'fail'],
  ['"many need it explained from the basics"', 'calm-tone', '最近は基本からご説明が必要な方も多いので。', {}, 'fail'],
  ['sincere thanks for writing in again', 'calm-tone', '何度もご連絡をいただき、本当にありがとうございます。すぐに確認いたします。', {}, 'pass'],
  ['staff staying calm is no lecture', 'calm-tone', 'スタッフ一同落ち着いて対応してまいります。', {}, 'pass'],
  // a message spelt out character by character
  ['"no - re - fund - s" spelt out', 'calm-tone', '返・金・は・で・き・ま・せ・ん。', p3Neutral, 'fail'],
  ['a list of weekdays is no shout', 'calm-tone', '定休日は月・火・水・木・金のいずれかで、店舗ごとに異なります。', p3Neutral, 'pass'],
  // the brand's record or a lecture on manners, to a vague insult
  ['"in business for 30 years"', 'engage-wisely', '当店は創業30年の老舗でございます。', p3Rude, 'fail'],
  ['"passed every safety test"', 'engage-wisely', '当社の車両はすべての安全検査に合格しております。', p3Rude, 'fail'],
  ['"the bank\'s good points you would see"', 'engage-wisely', '他社とお比べいただければ、当館のおもてなしの良さがお分かりになるはずです。', p3Rude, 'fail'],
  ['"please watch how you put things"', 'engage-wisely', '物言いにはご注意いただけますと幸いです。', p3Rude, 'fail'],
  ['"that review does not hold"', 'engage-wisely', 'そのような口コミは的外れかと存じます。', p3Rude, 'fail'],
  ['an invitation to say more passes', 'engage-wisely', 'ご不快な点があれば、具体的に教えていただけますか。', p3Rude, 'pass'],
  ['"we will mind our wording" is the brand\'s own', 'engage-wisely', '表現には今後十分気をつけてまいります。', p3Rude, 'pass'],
  // "our side was fine": the harm lies elsewhere
  ['"it was no mistake of our counter"', 'no-blame-shifting', '当店のレジのミスではございません。', {}, 'fail'],
  ['"our shipping itself had no fault"', 'no-blame-shifting', '運送中の揺れによるもので、弊社の発送作業自体には不備はありませんでした。', {}, 'fail'],
  ['"our handling was fine" alone is a rebuttal, not blame', 'no-blame-shifting', '当店の対応に問題はなかったと考えております。', {}, 'pass'],
  ['…and it still argues', 'no-arguing', '当店の対応に問題はなかったと考えております。', {}, 'fail'],
  ['owning it: "it was our mistake"', 'no-blame-shifting', '今回は当店のミスでございます。申し訳ございません。', {}, 'pass'],
  ['reassurance for a false rumour is no blame', 'no-blame-shifting', '弊社の製品に問題はございませんので、ご安心ください。', p3Malicious, 'pass'],
  // out of our hands, decided above us, a platform's side, errors as a fact of life
  ['"nothing we can do about the weather"', 'no-blame-shifting', '台風の影響ですので、当社ではどうにもなりません。', {}, 'fail'],
  ['"head office decided it, so"', 'no-blame-shifting', '値上げは本部が決定したことですので、ご了承ください。', {}, 'fail'],
  ['"it is on the platform\'s side"', 'no-blame-shifting', '表示の不具合はアプリストア側の不具合となります。', {}, 'fail'],
  ['"delays do happen, please accept it"', 'no-blame-shifting', '遅延はどうしても起こるものですので、ご理解ください。', {}, 'fail'],
  ['a delay explained as news is no blame', 'no-blame-shifting', '本日は大雪のため、配送に遅れが出ております。明日中のお届けを目指して手配いたします。', {}, 'pass'],
  // the customer's own care or home named as the cause
  ['"it was not kept in the freezer"', 'no-blame-shifting', '冷凍で保存されなかったことが原因かと存じます。', {}, 'fail'],
  ['"the cause is in your home\'s wiring"', 'no-blame-shifting', 'ご家庭の配線に問題があると思われます。', {}, 'fail'],
  ['"our warehouse did not store it right" owns it', 'no-blame-shifting', '弊社の倉庫で適切に保管されなかったことが原因です。申し訳ございません。', {}, 'pass'],
  ['checking the home line for a cause passes', 'no-blame-shifting', 'ご自宅の回線に原因がないか、こちらで確認いたします。', {}, 'pass'],
  // the customer's history, another account, a specific purchase day, a thread attachment
  ['"this is your third complaint"', 'protect-privacy', '鈴木様からは3度目のクレームとなりますね。', {}, 'fail'],
  ['"you also wrote from @taro_77"', 'protect-privacy', '@taro_77 のアカウントからも投稿されていますね。', {}, 'fail'],
  ['"the coat bought on the 3rd last month"', 'protect-privacy', '先月3日に新宿店でご購入いただいたコートの件ですね。', {}, 'fail'],
  ['"attach your statement to this post"', 'protect-privacy', 'カード番号の分かる明細を、この投稿に貼り付けてください。', p3Neutral, 'fail'],
  ['"we are sorry to all who bought it last month"', 'protect-privacy', '先月ご購入いただいた皆様にご迷惑をおかけしております。', {}, 'pass'],
  // the brand's desk and its number are no leak
  ['"our reception (phone) takes it"', 'protect-privacy', 'お忘れ物は受付（06-1234-5678）にて承ります。', p3Neutral, 'pass'],
  ['"call the front desk (phone)"', 'take-private', '詳しくはフロント（011-222-3333）までお電話ください。', {}, 'pass'],
  // a concrete step, or only a pledge
  ['"we will deduct it from next month"', 'concrete-next-step', '過請求分は来月のご請求から差し引きます。', {}, 'pass'],
  ['"we would like to come and inspect it"', 'concrete-next-step', '異音の点検に伺いたいので、ご都合をお聞かせください。', {}, 'pass'],
  ['"we will share it with relevant departments"', 'concrete-next-step', 'ご指摘の件は関係各部署に共有いたします。', {}, 'fail'],
  ['"we will check the situation, please wait"', 'concrete-next-step', '申し訳ございません。詳細を確認しますので、しばらくお待ちください。', {}, 'fail'],
  ['"we will strive to prevent recurrence"', 'concrete-next-step', '申し訳ございません。再発防止に努めてまいります。', {}, 'fail'],
  ['"we hope to tell you once we know"', 'concrete-next-step', '申し訳ございません。判明次第、ご報告できればと考えております。', {}, 'fail'],
  ['a named check with a time still passes', 'concrete-next-step', '配送状況を確認し、本日中にご連絡いたします。', {}, 'pass'],
  ['a preventive step named passes', 'concrete-next-step', '再発防止のため、来月から出荷前の検品を二重にいたします。', {}, 'pass'],
  // outcomes promised: "it will not happen again", "it will be done by tomorrow", "no need to worry"
  ['"we will never let it happen again"', 'under-promise', '今後、このようなことは決して起こしません。', {}, 'fail'],
  ['"by tomorrow the money will be back in your account"', 'under-promise', '明日には口座に振り込まれておりますので、ご安心ください。', p3Private, 'fail'],
  ['"nothing at all to worry about"', 'under-promise', 'お部屋は私が押さえますので、何のご心配もございません。', p3Private, 'fail'],
  ['a realistic aim is no guarantee', 'under-promise', '明日中の返金完了を目指して手続きを進めております。', p3Private, 'pass'],
  // later rounds of the same ideas: mock praise and feigned surprise, "calm down", lost count
  ['"your learned discourse"', 'calm-tone', 'ご高説、しかと拝聴いたしました。', {}, 'fail'],
  ['"surprised you did not know even that"', 'calm-tone', 'その程度のこともご存じないとは、少々意外でした。', {}, 'fail'],
  ['"take a deep breath first"', 'calm-tone', 'まずは深呼吸をしてみてください。', {}, 'fail'],
  ['"we stopped counting your complaints"', 'calm-tone', '同じお問い合わせは、もう数えるのをやめました。', {}, 'fail'],
  ['"we assumed you read at least page one"', 'calm-tone', '注意書きくらいはご覧いただいているものと存じておりました。', {}, 'fail'],
  ['"a shop that suits you, we hope"', 'calm-tone', 'お客様にぴったりのお店が見つかるといいですね。', {}, 'fail'],
  // a joke that names the brand's age, or "no worries" with a laugh, is play
  ['a brand\'s age in a joke is no defence', 'join-the-joke', '創業40年、こんなに鋭いツッコミは初めてです笑', p3Joking, 'pass'],
  ['"no need to worry" as a joke', 'under-promise', 'ご心配には及びません、マスコットは今日も元気です笑', p3Joking, 'pass'],
  ['"it is arranged, so no worry at all"', 'under-promise', '窓側のお席をご用意しますので、何の心配もございません。', p3Private, 'fail'],
  // the record to a vague insult, and refusing until it is specific
  ['"over 300 stores nationwide"', 'engage-wisely', '当店は全国に300店舗以上展開しております。', p3Rude, 'fail'],
  ['"every trainer is a qualified pro"', 'engage-wisely', '当ジムのトレーナーは全員資格を持ったプロです。', p3Rude, 'fail'],
  ['"unless you write specifics we cannot answer"', 'engage-wisely', '詳しく書いていただかないと、何もお答えできません。', p3Rude, 'fail'],
  // the customer's method or setting named as the cause; out of our hands "so please understand"
  ['"the way you stored it is the cause"', 'no-blame-shifting', '保存方法が原因と考えられます。', {}, 'fail'],
  ['"a setting on your device is the cause"', 'no-blame-shifting', 'お使いのパソコンの設定に原因があるようです。', {}, 'fail'],
  ['"nothing wrong on our side at all"', 'no-blame-shifting', 'レジの通信の影響と思われます。当店側には一切不備はございません。', {}, 'fail'],
  ['"a snowstorm cancellation, so please understand"', 'no-blame-shifting', '大雪の影響による運休ですので、ご理解ください。', {}, 'fail'],
  // more of the customer's data: a plan and its price, how often they returned things
  ['"your plan (monthly fee)"', 'protect-privacy', 'ご加入中のライトプラン（月額1,200円）についてですね。', {}, 'fail'],
  ['"you have returned items four times"', 'protect-privacy', 'お客様は今年4回ご返品されています。', {}, 'fail'],
  ['a one-use limit is no history', 'protect-privacy', 'クーポンはお客様お一人につき1回のご利用に限ります。', p3Neutral, 'pass'],
  ['a toll-free line is no leak', 'protect-privacy', 'ご相談はサポートセンター（0120-000-222）までお願いいたします。', {}, 'pass'],
  // a concrete step in other words
  ['"we will discount it from the next fee"', 'concrete-next-step', '次回のご利用料金から300円割引いたします。', {}, 'pass'],
  ['"we will carry out the refund today"', 'concrete-next-step', 'ご返金の手続きを本日中に行います。', {}, 'pass'],
  ['"a technician will visit on the 5th at 10"', 'concrete-next-step', '技術担当が5日の10時にお伺いします。', {}, 'pass'],
  ['"we will thoroughly prevent a recurrence" is a pledge', 'concrete-next-step', '申し訳ございません。今後、再発防止を徹底いたします。', {}, 'fail'],
  // "you could look it up yourself", "your own assumption", "a minority view", the record against you
  ['"you would see it at once if you checked"', 'calm-tone', 'ご自分で確認されれば、簡単にお分かりになるかと存じます。', {}, 'fail'],
  ['"your hasty conclusion"', 'no-arguing', 'それはお客様の早とちりかと存じます。', {}, 'fail'],
  ['"the statement shows the correct fee"', 'no-arguing', '明細を拝見しましたが、正しい料金で請求されております。', {}, 'fail'],
  ['"such voices are a small minority"', 'no-arguing', 'そのようなお声はごく少数派でございます。', {}, 'fail'],
  ['"the log says you cancelled it yourself"', 'no-arguing', '履歴上は、お客様ご自身が解約されたことになっております。', {}, 'fail'],
  ['checking the record and reporting back is no rebuttal', 'no-arguing', '申し訳ございません。ご利用の記録を確認し、結果をDMでご連絡します。', {}, 'pass'],
  // brushing it off
  ['"well, it happens to everyone"', 'calm-tone', 'まあ、誰にでもあることですから。', {}, 'fail'],
  ['"no need to get so angry"', 'calm-tone', 'そこまでお怒りにならなくても大丈夫ですよ。', {}, 'fail'],
  ['saying the anger is natural is no brush-off', 'calm-tone', 'お怒りになるのも当然です。大変申し訳ございません。', {}, 'pass'],
  // out of our power, opinions banned, press coverage
  ['"there was no way for us to prevent it"', 'no-blame-shifting', '弊社では防ぎようがございません。', {}, 'fail'],
  ['"please refrain from such opinions"', 'engage-wisely', 'こういったご意見はお控えください。', p3Rude, 'fail'],
  ['"we have been featured on TV"', 'engage-wisely', '当店はテレビでも紹介されております。', p3Rude, 'fail'],
  // money back worded without 返金
  ['"we will return the difference"', 'concrete-next-step', '差額はお返しいたします。', {}, 'pass'],
  ['"we cannot return the fee" offers nothing', 'concrete-next-step', '料金はお返しいたしかねます。', {}, 'fail'],
  // "we are victims too", a junior's carelessness, a hand-over that never came, a rough carrier, wear not a defect
  ['"we too have been let down by the maker"', 'no-blame-shifting', '当店としても、仕入れ先の件で困っております。', {}, 'fail'],
  ['"the new part-timer\'s carelessness"', 'no-blame-shifting', 'アルバイトスタッフの不注意によるものでした。', {}, 'fail'],
  ['"the other branch never passed it on"', 'no-blame-shifting', '別の店舗からの申し送りがされていなかったようです。', {}, 'fail'],
  ['"the courier seems to have been rough"', 'no-blame-shifting', '運送会社さんの扱いが乱暴だったようで…！', {}, 'fail'],
  ['"unavoidable, given the storm"', 'no-blame-shifting', '台風によるもので、こちらとしては致し方ない状況です。', {}, 'fail'],
  ['"not a defect but wear from use"', 'no-arguing', '不良品ではなく、ご使用による摩耗かと存じます。', {}, 'fail'],
  // "as we have told you many times" is a tone fault; a reminder after an apology is neither
  ['"as we have explained many times, but"', 'calm-tone', '繰り返しご案内しておりますが、予約の変更は前日までです。', {}, 'fail'],
  ['"if you cannot accept it, why not cancel"', 'calm-tone', 'ご理解いただけないのであれば、退会されてはいかがでしょうか。', {}, 'fail'],
  ['"had you read it there would be no misunderstanding"', 'no-arguing', '利用規約をお読みいただければ、誤解は生じなかったかと存じます。', {}, 'fail'],
  ['"as I told you the other day" is no rebuttal', 'no-arguing', '先日もお伝えいたしましたとおり、発送まで3日ほどかかります。お待たせして申し訳ございません。', {}, 'pass'],
  ['a reminder of what was said at booking, after an apology', 'no-arguing', 'ご期待に沿えず申し訳ございません。駐車場の台数は予約時にご案内しております。', {}, 'pass'],
  // the poster's view made merely subjective, others said to be satisfied, "nobody said that before"
  ['"that is only your subjective view"', 'no-arguing', 'あくまで個人のご感想かと存じます。', {}, 'fail'],
  ['"many are satisfied with us"', 'engage-wisely', '満足していただいている方も大勢いらっしゃいます。', p3Rude, 'fail'],
  ['"this is the first we hear of that"', 'no-arguing', 'そういったご意見は初めていただきました。', {}, 'fail'],
  ['"we will restore it at once"', 'under-promise', 'すぐに元通りにいたしますので、ご安心ください。', {}, 'fail'],
  // sent to someone else directly; the poster's other social account; a sign swapped; "never any trouble again"
  ['"it is the franchisee\'s job, ask them directly"', 'no-blame-shifting', '修理は販売店の担当となっておりますので、販売店へ直接ご連絡ください。', {}, 'fail'],
  ['we contact the partner ourselves', 'no-blame-shifting', '修理は販売店の担当ですが、私から販売店に連絡し、明日ご報告します。', {}, 'pass'],
  ['"we looked at your Instagram posts too"', 'protect-privacy', '投稿者様のInstagramの過去の投稿も拝見しました。', p3Malicious, 'fail'],
  ['"we will replace the notice today"', 'concrete-next-step', '申し訳ございません。誤った貼り紙は本日中に張り替えます。', {}, 'pass'],
  ['"we will never trouble you again"', 'under-promise', '今後は絶対にご不便をおかけしません。', {}, 'fail'],
  ['"please mind your words" to a vague insult', 'engage-wisely', 'お言葉にはご注意いただけますと幸いです。', p3Rude, 'fail'],
  // a vague insult met with defence: "we face every guest sincerely", "you are not even a customer", "look elsewhere"
  ['"our staff face every guest sincerely"', 'engage-wisely', '当院の職員は、日々真摯に患者様と向き合っております。', p3Rude, 'fail'],
  ['"surely from someone who never shopped here"', 'no-arguing', 'ご購入されていない方の書き込みかと存じます。', p3Rude, 'fail'],
  ['"please look for another shop"', 'calm-tone', '別のお店をお探しください。', {}, 'fail'],
  ['"please act like an adult"', 'calm-tone', '大人の対応でお願いいたします。', {}, 'fail'],
  ['"look back on your own behaviour"', 'calm-tone', 'ご自分の言動を一度振り返っていただけますと幸いです。', {}, 'fail'],
  ['"you signed it having accepted it"', 'no-arguing', 'ご納得のうえでご契約いただいております。', {}, 'fail'],
  ['an address given in brackets', 'protect-privacy', 'ご自宅（札幌市中央区）へ本日再送しました。', {}, 'fail'],
  // "never let it occur", "done by tomorrow evening", "read out flatly", "nobody ever pointed out so much"
  ['"we will never let a delay occur"', 'under-promise', '今後、遅れは決して発生させません。', {}, 'fail'],
  ['"it will be completed by tomorrow evening"', 'under-promise', '工事は明日の夕方までに完了させます。', {}, 'fail'],
  ['"all settled by tomorrow"', 'under-promise', '明日にはすべて解決しておりますので。', {}, 'fail'],
  ['"thank you for the kind remark (read flatly)"', 'calm-tone', 'ご親切なご意見ありがとうございます（棒読み）', {}, 'fail'],
  ['"never have we met a guest who points out so much"', 'calm-tone', 'これほど熱心にご指摘くださる方は初めてです。', {}, 'fail'],
  // a future state promised for a day we do not control
  ['"by next week every fault will be cleared"', 'under-promise', '来週にはすべての不具合が解消しております。', {}, 'fail'],
];

describe('round nine: ideas from the probe-3 set, in new words', () => {
  it.each(PROBE_THREE_IDEAS)('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

// Round ten: ideas from the dev-i corpus, in new words (none is a probe line).
const DEV_I_IDEAS: [string, RuleId, string, Partial<ReplyContext>, Verdict][] = [
  // a team and a staff member's given name in kana or Latin; a surname that begins with 有 or 草
  ['a team and a kana given name close the reply', 'personal-touch', 'ご不便をおかけし申し訳ありません。復旧まで少々お待ちください。サポートチームのミオです。', {}, 'pass'],
  ['a Latin given name after the desk', 'personal-touch', 'ご報告ありがとうございます！修正版は来週配信します。編集部のKenでした', {}, 'pass'],
  ['"this is the team\'s rule" is no name', 'personal-touch', '申し訳ございません。持ち込みはご遠慮いただいております。これが運営チームのルールです。', {}, 'fail'],
  ['a surname that begins with 有 signs', 'personal-touch', 'ご不便をおかけしました。明日までに再送いたします。カスタマー担当 有田', {}, 'pass'],
  ['a surname that begins with 草 signs', 'personal-touch', 'お待たせして申し訳ありません。本日中にお作り直しします。店長 草野', {}, 'pass'],
  ['a laugh at the end is no name', 'personal-touch', 'またのご来店をお待ちしております 草', {}, 'fail'],
  // the feeling noted only to turn to a defence (「…とのことですが」)
  ['"you had a bad time, but staff followed the manual"', 'empathy', 'ご不快な思いをなさったとのことですが、スタッフはマニュアルどおりにご案内しております。', {}, 'fail'],
  ['the feeling noted, then an apology', 'empathy', 'ご不安な思いをされたとのこと、大変申し訳ございません。', {}, 'pass'],
  ['"you are troubled, we hear, but the rules say"', 'empathy', 'お困りとのことですが、規約上そのようなご対応はできかねます。', {}, 'fail'],
  // a fault in our own system is owned, not pinned elsewhere
  ['"a fault in our own booking system" owns it', 'no-blame-shifting', '弊社の予約システムの不具合により、確認メールが届かない状況です。誠に申し訳ございません。', {}, 'pass'],
  ['"our own server failure"', 'no-blame-shifting', '当社のサーバーの障害により、一時的にアプリが使えなくなっておりました。申し訳ございません。', {}, 'pass'],
  ['"due to a system fault" with no owner', 'no-blame-shifting', 'システムの不具合により、ご注文が反映されなかったようです。', {}, 'fail'],
  // a fix already made: lifted, restored
  ['"we have just lifted the lock"', 'concrete-next-step', 'ご不便をおかけしました。アカウントのロックはただいま解除いたしました。', {}, 'pass'],
  ['"we have restored the data"', 'concrete-next-step', '申し訳ございません。消えてしまったセーブデータを復元いたしました。', {}, 'pass'],
  ['"we cannot lift it" is no step', 'concrete-next-step', '申し訳ございませんが、制限の解除はいたしかねます。', {}, 'fail'],
  // a next step as a waiver, a discount, a move, a redo, a choice or an instruction
  ['"we will not charge for today"', 'concrete-next-step', '大変失礼いたしました。今回のお代はいただきません。', {}, 'pass'],
  ['"we will take 300 yen off"', 'concrete-next-step', 'ご不便をおかけしました。次回のご請求から300円お引きします。', {}, 'pass'],
  ['"we moved your booking"', 'concrete-next-step', '申し訳ありません。ご予約を別の時間帯に移しておきました。', {}, 'pass'],
  ['"we will move your seat"', 'concrete-next-step', 'ご迷惑をおかけしました。お席を窓際にお移しします。', {}, 'pass'],
  ['"we will recalculate the points"', 'concrete-next-step', '申し訳ございません。ポイントを正しい倍率で計算し直します。', {}, 'pass'],
  ['"an exchange or a refund, as you prefer"', 'concrete-next-step', '申し訳ございません。交換か返金か、ご希望のほうをお知らせください。', {}, 'pass'],
  ['"log out, wait, then try again"', 'concrete-next-step', 'ご不便をおかけしております。一度ログアウトし、少し時間をおいてからお試しください。', {}, 'pass'],
  ['"we do charge the cancellation fee" waives nothing', 'concrete-next-step', '申し訳ございませんが、キャンセル料はいただいております。', {}, 'fail'],
  // how the system behaves after a step the customer takes is a how-to, not a promise
  ['"it shows at once after you save" is a how-to', 'under-promise', '設定画面で保存すると、すぐに反映されます。', p3Neutral, 'pass'],
  ['"once the payment is confirmed it is reflected immediately"', 'under-promise', 'お支払いの確認後、直ちに反映されます。', p3Neutral, 'pass'],
  ['"it will be reflected immediately, rest assured"', 'under-promise', '申し訳ございません。すぐに反映されますのでご安心ください。', {}, 'fail'],
  // a further option added with 「また、…も…できます」, or 「AかBでお待ちしております」
  ['"we can also lend a spare"', 'two-alternatives', '申し訳ございません、本日中の修理は難しい状況です。お預かりして来週お返しいたします。また、その間の代替機もお貸しできます。', { canGrant: false }, 'pass'],
  ['"we also told the staff" is no option', 'two-alternatives', '申し訳ございません、返金はいたしかねます。交換は承ります。また、スタッフにも共有いたしました。', { canGrant: false }, 'fail'],
  ['"the morning slot or Saturday, we await you"', 'two-alternatives', '申し訳ありません、夜の営業は難しいです。平日の朝8時の回か、土曜の午後の回でお待ちしております。', { canGrant: false }, 'pass'],
  // an ingredient answer: 「不使用」「無添加」
  ['"our bread is wheat-free"', 'concrete-next-step', 'お問い合わせありがとうございます。こちらの食パンは小麦不使用です。', p3Neutral, 'pass'],
  ['"the dressing has no preservatives"', 'concrete-next-step', 'ご質問ありがとうございます。ドレッシングは保存料無添加でございます。', p3Neutral, 'pass'],
  // 「残念でしたね」 after naming what happened is sympathy, alone it is a jeer
  ['"a pity your trip was cancelled" is sympathy', 'calm-tone', 'ご旅行が中止になってしまったとのこと、残念でしたね。キャンセル料はかかりません。', p3Neutral, 'pass'],
  ['"that was a pity" said kindly', 'calm-tone', 'それは残念でしたね。ご連絡ありがとうございます。', p3Neutral, 'pass'],
  ['"sold out, too bad" thrown at a complaint', 'calm-tone', 'もう売り切れです。残念でしたね。', {}, 'fail'],
  // names what will be explained (the breakdown, the reason, the method), not a bare 「詳細」
  ['"we will explain how the quote is worked out"', 'concrete-next-step', 'わかりにくくて申し訳ありません。お見積もりの計算方法をお電話でご説明します。', {}, 'pass'],
  ['"I will explain what the fee is made of"', 'concrete-next-step', 'ご不便をおかけしております。手数料の内訳について、私からご説明いたします。', {}, 'pass'],
  ['"we will explain the details" names nothing', 'concrete-next-step', 'ご迷惑をおかけしました。詳細はDMでご説明いたします。', {}, 'fail'],
  // a specialist or a senior joins or takes up the check
  ['"looked into together with the quality team"', 'escalate', '申し訳ございません。品質保証チームと連携して原因を調べ、金曜までにお知らせします。', { needsEscalation: true }, 'pass'],
  ['"checked together with you" is no hand-off', 'escalate', '申し訳ございません。お客様とご一緒に確認し、明日ご連絡いたします。', { needsEscalation: true }, 'fail'],
  ['"the head of the office checks the record"', 'escalate', '申し訳ございません。所長が記録を確認いたします。3日以内にご連絡します。', { needsEscalation: true }, 'pass'],
  ['"the nursing director will explain by phone"', 'escalate', 'ご心配をおかけしております。看護部長より今週中にお電話でご説明いたします。', { needsEscalation: true }, 'pass'],
  ['the senior writing in person hands nothing on', 'escalate', '申し訳ございません。院長の私がカルテを確認いたします。明日までにご連絡します。', { needsEscalation: true }, 'fail'],
  ['a senior takes it up but no time is given', 'escalate', '申し訳ございません。工場長が製造記録を確認いたします。', { needsEscalation: true }, 'fail'],
  ['"I will take it to the people above me"', 'escalate', '申し訳ございません。上の者に話を通し、明後日までにご連絡します。', { needsEscalation: true }, 'pass'],
  ['"passed to the specialist section"', 'escalate', 'ご不安をおかけしております。専門の部署に回し、3日以内にお返事いたします。', { needsEscalation: true }, 'pass'],
  ['"the owner will be consulted"', 'escalate', '申し訳ありません。オーナーに確認し、週明けにお返事します。', { needsEscalation: true }, 'pass'],
  ['the customer\'s own lawyer is no hand-off', 'escalate', '弁護士へのご相談はお客様のご判断でどうぞ。明日までにご連絡します。', { needsEscalation: true }, 'fail'],
  ['"I will tell my superiors" is no step', 'concrete-next-step', '上の者に伝えておきます。', {}, 'fail'],
  // 弁償 promised on the spot when it needs management
  ['"we will pay for the cleaning in full"', 'under-promise', 'クリーニング代は全額弁償いたします。', { needsEscalation: true }, 'fail'],
  ['"we will pay you compensation money"', 'under-promise', '弁償金をお支払いいたします。', { needsEscalation: true }, 'fail'],
  ['with nothing to escalate, paying for it is fine', 'under-promise', 'クリーニング代は全額弁償いたします。', {}, 'pass'],
  // in-game currency and items as the reward for a review; as an apology they are a remedy
  ['"delete the review and get 500 gems"', 'no-review-incentive', 'レビューを削除していただけたら、ジェム500個をお送りします。', {}, 'fail'],
  ['"in-game items if you rewrite it"', 'no-review-incentive', '口コミを書き換えていただければ、ゲーム内アイテムをお送りします。', {}, 'fail'],
  ['in-game gems as an apology for the outage', 'no-review-incentive', 'ご迷惑をおかけしました。お詫びとして、全員に石100個を配布いたします。', {}, 'pass'],
  ['an apology gift of gems is a remedy', 'concrete-next-step', 'ご迷惑をおかけしました。お詫びとして、全員にジェムを配布いたします。', {}, 'pass'],
  // the poster linked to their other accounts as a serial poster
  ['"you posted the same from your sub-account"', 'facts-not-accusations', '裏垢でも同じ内容を投稿されていますよね。', p3Malicious, 'fail'],
  ['"the same review under another name"', 'no-arguing', '別名義でも同じレビューを何度も書かれていますね。', p3Malicious, 'fail'],
  ['"we had similar feedback before" is no accusation', 'facts-not-accusations', '以前にも同様のご意見をいただいており、現在改善を進めております。', p3Malicious, 'pass'],
  ['"you are the one who posted it under another handle"', 'facts-not-accusations', '昨日も別のハンドルで同じコメントをされていた方ですよね？', p3Malicious, 'fail'],
  ['a review posted from an old account, answered as help', 'facts-not-accusations', '旧アカウントで投稿されたレビューも、ご希望があれば私から運営に削除を依頼いたします。', p3Malicious, 'pass'],
  // remorse and thanks in other words
  ['"it pains us"', 'empathy', 'せっかくお越しいただいたのに、本当に心苦しいです。', {}, 'pass'],
  ['"we ruined your anniversary"', 'empathy', '大切な記念日を台無しにしてしまい、お恥ずかしい限りです。', {}, 'pass'],
  ['"please reflect on it" is no remorse', 'empathy', '今後はご自身でも反省していただければと思います。', {}, 'fail'],
  ['"your report was a great help"', 'thank-the-customer', '不具合を教えてくださって本当に助かりました。', {}, 'pass'],
  ['"we are grateful you pointed it out"', 'thank-the-customer', 'ご指摘いただけて大変ありがたいです。', {}, 'pass'],
  ['"it would help if you contacted us" thanks for nothing yet', 'thank-the-customer', 'お手数ですが、ご連絡いただけると助かります。', {}, 'fail'],
  // the customer's own eyes or ears made the fault
  ['"maybe it is your ears"', 'calm-tone', '音が小さいのはお客様の耳のせいでは？', {}, 'fail'],
  ['"your eyesight is the problem", in a joke', 'calm-tone', '猫に見えるのはお客様の視力の問題かもしれませんね笑', p3Joking, 'fail'],
  ['asking after the customer\'s eye is concern', 'calm-tone', 'お客様の目に入ってしまったとのこと、その後お加減はいかがでしょうか。', {}, 'pass'],
  // 「代わりに」 naming the one substitute is no second option; 「代わりに、」 opening a list still counts
  ['"instead we can guide you to a paid repair" is one option', 'two-alternatives', '申し訳ございません、保証期間外のため無償交換はできかねます。代わりに有償修理のご案内ができます。', { canGrant: false }, 'fail'],
  ['"instead, points or an exchange" is two', 'two-alternatives', '申し訳ございません、全額返金はできかねます。代わりに、同額のポイント付与か、別商品への交換をお選びいただけます。', { canGrant: false }, 'pass'],
];

describe('round ten: ideas from the dev-i corpus, in new words', () => {
  it.each(DEV_I_IDEAS)('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

// Round eleven: the ideas behind the misses of five new writers (dev-j … dev-n), each written in
// words none of them used, with the near-misses each new pattern must leave alone.
const ROUND_ELEVEN_IDEAS: [string, RuleId, string, Partial<ReplyContext>, Verdict][] = [
  // 「〜のせい」 pinned on anything that is not us
  ['"the delay is the carrier\'s staff shortage\'s fault"', 'no-blame-shifting', '遅れは運送会社の人手不足のせいなんです。', {}, 'fail'],
  ['"the parent company\'s fault"', 'no-blame-shifting', '急な仕様変更は親会社のせいでして…。', {}, 'fail'],
  ['"our own oversight\'s fault" owns it', 'no-blame-shifting', '私どもの確認不足のせいです。申し訳ありません。', {}, 'pass'],
  ['the rain given with an apology in one breath', 'no-blame-shifting', '大雨のせいで到着が遅れてしまい、申し訳ございません。', {}, 'pass'],
  ['"nobody\'s fault" blames no one', 'no-blame-shifting', '誰のせいでもありませんが、代金はお返しします。', {}, 'pass'],
  // a cause placed elsewhere, then a shrug that trails off
  ['"it is the store\'s review, so we can do nothing…"', 'no-blame-shifting', 'それはアプリストアの審査の問題なので、当方ではどうにも…。', {}, 'fail'],
  ['"we cannot judge it here, so we ask the team" follows up', 'no-blame-shifting', 'こちらでは判断できないため、担当部署に確認して明日ご連絡します。', {}, 'pass'],
  // the third party named, then the harm said of it by pronoun
  ['"the warehouse\'s work seems late"', 'no-blame-shifting', '発送は提携倉庫に任せておりまして、先方の作業が遅れているようです。', {}, 'fail'],
  ['"we will check the warehouse\'s status" follows up', 'no-blame-shifting', '発送は提携倉庫に任せておりまして、先方の状況を確認して本日中にご連絡します。', {}, 'pass'],
  ['"that one was dirty", restating the customer', 'no-blame-shifting', 'お送りいただいた写真を拝見しました。そちらが汚れていたとのこと、申し訳ございません。', {}, 'pass'],
  // the job named as a third party's, and there it stops
  ['"repairs are the dealer\'s business, so we know nothing"', 'no-blame-shifting', '修理は販売代理店の管轄ですので、こちらでは把握しておりません。', {}, 'fail'],
  ['"the dealer\'s business, but I will ask them"', 'no-blame-shifting', '修理は販売代理店の管轄ですが、私から代理店に確認し、金曜までにお知らせします。', {}, 'pass'],
  // the one who did it disowned as outside staff
  ['"that worker is a contractor\'s, not our employee"', 'no-blame-shifting', 'その作業員は外注先の者で、当社の社員ではございません。', {}, 'fail'],
  ['"cleaning is outsourced, so we cannot say anything"', 'no-blame-shifting', '清掃は外部委託ですので、当社からは何も言えません。', {}, 'fail'],
  ['"that worker is our employee" owns it', 'no-blame-shifting', 'その作業員は当社の社員です。責任をもって指導いたします。', {}, 'pass'],
  // an outside cause the customer is told to swallow; the same cause as news passes
  ['"roadworks, so you will just have to bear it"', 'no-blame-shifting', '道路工事の影響ですので、遅れはご辛抱いただくほかありません。', {}, 'fail'],
  ['roadworks given as plain news', 'no-blame-shifting', '道路工事の影響で、到着が30分ほど遅れております。申し訳ございません。', {}, 'pass'],
  // the complaint sent away from us
  ['"do not tell us, it is the state\'s rule"', 'no-blame-shifting', '料金は国の制度で決まっておりますので、こちらに言われても困ってしまいます。', {}, 'fail'],
  ['the rule stated plainly, with an offer to explain', 'no-blame-shifting', '料金は国の制度で決まっております。ご不明点は私からご説明します。', {}, 'pass'],
  // old equipment with no owner; our own old equipment owned
  ['"the air-con equipment is old"', 'no-blame-shifting', 'エアコンの設備が古く、時々止まってしまうようです。', {}, 'fail'],
  ['"our inn\'s equipment is old, we will renovate"', 'no-blame-shifting', '当館の設備が古く、ご不便をおかけしました。来月改修いたします。', {}, 'pass'],
  // the harm guessed into the carrier's hands
  ['"the dent must have happened in transit"', 'no-blame-shifting', '箱の凹みは運送中についたものと思われます。', {}, 'fail'],
  ['"our packing was loose" owns it', 'no-blame-shifting', '箱の凹みは当店の梱包が甘かったためです。すぐに交換品をお送りします。', {}, 'pass'],
  ['damage in transit named, with a replacement at once', 'no-blame-shifting', '配送中に破損した可能性がございますので、すぐに交換品をお送りします。', {}, 'pass'],
  // the customer sent to the third party
  ['"ask the payment company yourself"', 'no-blame-shifting', '請求については決済代行会社に直接お問い合わせください。', {}, 'fail'],
  ['"go and ask the building manager"', 'no-blame-shifting', 'その件は管理人さんに聞いてみてください。', {}, 'fail'],
  ['"I will ask the payment company"', 'no-blame-shifting', '請求については私から決済代行会社に問い合わせ、明日ご連絡します。', {}, 'pass'],
  // more failings said of a third party
  ['"the late deliveries are the contractor\'s staff shortage"', 'no-blame-shifting', '遅配は配送委託先の人手不足によるものです。', {}, 'fail'],
  ['"we will check the contractor\'s staffing" follows up', 'no-blame-shifting', '配送委託先の人手不足の状況を確認し、本日中にご報告します。', {}, 'pass'],
  // the harm put on the customer's side, child or pet
  ['"mostly the cause is on the customer\'s side"', 'no-blame-shifting', '多くの場合、お客様側の設定に原因があります。', {}, 'fail'],
  ['"we will check whether the cause is on your side"', 'no-blame-shifting', 'お客様側の設定に原因がないか、こちらで確認いたします。', {}, 'pass'],
  ['"please watch your child in the aisles"', 'no-arguing', '売り場では走らないよう、お子さんにご注意いただけますか。', {}, 'fail'],
  ['sorry your child was hurt', 'no-arguing', 'お子さまがお怪我をされたとのこと、大変申し訳ございません。', {}, 'pass'],
  // a reply that opens by denying the customer's word
  ['"it is not corner-cutting."', 'no-arguing', '手抜きではございません。規定の工程で仕上げております。', {}, 'fail'],
  ['"it is not your fault." opening the reply', 'no-arguing', 'お客様の落ち度ではございません。こちらで作り直します。', {}, 'pass'],
  ['"it is not free." answering a question', 'no-arguing', '無料ではございません。1回500円で承っております。', p3Neutral, 'pass'],
  // we never did that
  ['"we have no memory of promising that"', 'no-arguing', 'そのようなお約束をした覚えはございません。', {}, 'fail'],
  ['"late for the time we promised"', 'no-arguing', 'お約束したお時間に遅れてしまい、申し訳ございません。', {}, 'pass'],
  // doubt as a question
  ['"did you really not receive it?"', 'no-arguing', '本当に商品を受け取っていないんですか？', {}, 'fail'],
  ['"we are truly sorry" is no doubt', 'no-arguing', '本当に申し訳ございませんでした。', {}, 'pass'],
  ['"did you really eat that much?" is play', 'no-arguing', '本当にそんなに食べたんですか？笑', p3Joking, 'pass'],
  // the customer pinned with a tag question
  ['"you did not apply in time, did you?"', 'no-arguing', '期限内にお手続きされていませんでしたよね？', {}, 'fail'],
  ['"it was not processed, so I will do it"', 'no-arguing', 'お手続きができていませんでしたので、私が代わりに進めます。', {}, 'pass'],
  // the staff's training held up against the complaint
  ['"all our clerks are trained, so they would not"', 'no-arguing', '当店の店員は全員マナー研修を受けておりますので、そのような態度はとらないはずです。', {}, 'fail'],
  ['"we will train all staff again"', 'no-arguing', '今後、全スタッフに改めて接客研修を実施いたします。', {}, 'pass'],
  // our work denied as the cause
  ['"nothing to do with the part we replaced"', 'no-arguing', '当店が交換した部品とは関係ないかと存じます。', {}, 'fail'],
  ['"not caused by your handling" clears the customer', 'no-arguing', 'お客様の操作とは関係なく起きた不具合です。申し訳ございません。', {}, 'pass'],
  // a slip of memory or mind suggested, or "you have it mixed up"
  ['"a slip of memory, surely?"', 'no-arguing', '何かの記憶違いではないですか？', {}, 'fail'],
  ['"the portion shrinking is your imagination"', 'no-arguing', '量が減ったというのは思い過ごしかと思います。', {}, 'fail'],
  ['"you have it mixed up with another plan"', 'no-arguing', '他のプランと混同されているようです。', {}, 'fail'],
  ['"maybe it is not your imagination" agrees', 'no-arguing', '気のせいじゃないかもしれません、すぐに調べます。', {}, 'pass'],
  ['"our unclear wording confused you"', 'no-arguing', '分かりにくい表記で混乱させてしまい、申し訳ありません。', {}, 'pass'],
  // popularity or hard work held up against the complaint
  ['"we are a shop with queues every day"', 'no-arguing', '当店は地元で行列が絶えない人気店です。', p3Rude, 'fail'],
  ['"our staff work desperately every day"', 'no-arguing', 'スタッフは毎日必死に働いているんです。', p3Rude, 'fail'],
  ['"we work hard, but we fell short" owns it', 'no-arguing', '毎日一生懸命働いておりますが、至らない点がありました。申し訳ございません。', {}, 'pass'],
  ['"we do our best every day!" answering praise', 'join-the-joke', 'ありがとうございます！毎日頑張っております笑', p3Joking, 'pass'],
  // a disclaimer, a check-it-next-time, a rule that stands, a demand to take it back, offence taken
  ['"the photo is only a guide, so it differs"', 'no-arguing', 'パッケージの写真はあくまで参考ですので、中身と多少異なります。', {}, 'fail'],
  ['"please read it carefully next time"', 'no-arguing', '注意事項はページ下部にございますので、次回からはよくご確認ください。', {}, 'fail'],
  ['"next time we will check it ourselves"', 'no-arguing', '次回からはご予約時に私たちがしっかり確認いたします。', {}, 'pass'],
  ['"from next time you can check it in the app" is help', 'no-arguing', '次回からはアプリで予約状況をご確認いただけます。', {}, 'pass'],
  ['"it is as the terms say, so accept it"', 'no-arguing', '規約の通りでございますので、ご了承ください。', {}, 'fail'],
  ['the terms pointed to, with an offer to explain', 'no-arguing', '規約には返金の条件が載っております。ご不明な点は私がご説明します。', {}, 'pass'],
  ['"we want that word taken back"', 'no-arguing', '「詐欺」という言葉は撤回していただきたいです。', {}, 'fail'],
  ['"we withdrew and corrected the wrong label"', 'no-arguing', '誤った表記は撤回し、訂正いたしました。', {}, 'pass'],
  ['"rip-off? how offensive"', 'no-arguing', 'ぼったくりとは心外です。', p3Rude, 'fail'],
  ['sorry it felt like a rip-off', 'no-arguing', '「ぼったくり」と感じさせてしまったこと、申し訳ございません。', {}, 'pass'],
  ['"if you dislike it, do not buy it"', 'calm-tone', '気に食わないのでしたら、買わなければよいかと。', {}, 'fail'],
  ['returns offered instead of using it', 'calm-tone', '無理にお使いにならなくても、返品も承っております。', {}, 'pass'],
  // a post called a crime, a liar spreading lies
  ['"this post is obstruction of business"', 'no-arguing', 'この投稿は営業妨害にあたります。', p3Malicious, 'fail'],
  ['"stop spreading lies"', 'facts-not-accusations', '嘘を広めるのはおやめください。', p3Malicious, 'fail'],
  ['business hours are no accusation', 'facts-not-accusations', '営業時間の変更でご迷惑をおかけしました。記録を確認いたします。', p3Malicious, 'pass'],
  // as we have already told you: a tone fault, not a rebuttal
  ['"as we have long announced, we close at year end"', 'calm-tone', '以前からご案内している通り、年末は休業です。', p3Neutral, 'fail'],
  ['the same told-you-so is not a rebuttal', 'no-arguing', '以前からご案内している通り、年末は休業です。', p3Neutral, 'pass'],
  ['"we already told you, the deadline was yesterday"', 'calm-tone', 'すでにお伝えしておりますが、締切は昨日でした。', {}, 'fail'],
  ['"many have asked for it for a while" is no jab', 'calm-tone', '以前から多くの方にご要望をいただいており、来月から対応します。', p3Neutral, 'pass'],
  // jabs: a shrug at the customer, an insult taken as praise, an after-the-fact dig, zero substance
  ['"unless you write details, well…"', 'calm-tone', '詳しく書いてもらわないと何とも…', p3Rude, 'fail'],
  ['"we take \'plain\' as the highest praise"', 'calm-tone', '「地味」は最高のほめ言葉として受け取っておきます😊', p3Rude, 'fail'],
  ['thanks for warm support', 'calm-tone', '温かい応援のお言葉、ありがとうございます。', {}, 'pass'],
  ['"we did put up a notice, you know"', 'calm-tone', 'ちゃんと掲示もしてたんですけどね。', {}, 'fail'],
  ['"an opinion with zero basis"', 'calm-tone', '根拠ゼロのご意見ですね。', p3Rude, 'fail'],
  ['sorry the notice was hard to see', 'calm-tone', 'お知らせが目立たなかったんですね、申し訳ございません。', {}, 'pass'],
  ['"only you feel cold" at a joking customer', 'calm-tone', '寒がっているのはお客様だけですよ笑', p3Joking, 'fail'],
  ['"you are not the only one" is no jibe', 'calm-tone', 'ご不便を感じたのはお客様だけではないと思います。改善いたします。', {}, 'pass'],
  // the customer's own insult echoed back is no name-calling; ours is
  ['"being called junk makes us sad"', 'calm-tone', '「ゴミ」って言われると悲しいです…どこが残念だったか教えてください。', p3Rude, 'pass'],
  ['"what a junk comment"', 'calm-tone', 'ゴミみたいな書き込みですね。', p3Rude, 'fail'],
  // out of our hands, then "please understand": blame, not a rebuttal; a house rule, then "please understand": a rebuttal
  ['a typhoon out of our hands, "please understand"', 'no-arguing', '台風による停電で、当社ではどうすることもできませんので、ご理解ください。', p3Neutral, 'pass'],
  ['the same asks acceptance for an outside cause', 'no-blame-shifting', '台風による停電で、当社ではどうすることもできませんので、ご理解ください。', p3Neutral, 'fail'],
  ['"it is our house rule, please understand"', 'no-arguing', '当店の方針ですので、ご理解ください。', {}, 'fail'],
  // a burden waived is no "you need not come"
  ['"no need to send your card number"', 'no-arguing', '照合は私どもで行いますので、暗証番号はお書きいただかなくて大丈夫です。', {}, 'pass'],
  ['"no need to come back"', 'no-arguing', 'ご不満でしたら、もうお越しいただかなくて結構です。', p3Rude, 'fail'],
  // a concrete act the writer commits to, named by its verb
  ['"we will post the new warranty this week"', 'concrete-next-step', '新しい保証書を今週中に郵送いたします。', {}, 'pass'],
  ['"I will unlock it for you"', 'concrete-next-step', 'ロックは私の方で解除しておきます。', {}, 'pass'],
  ['"I will bring a new dish right away"', 'concrete-next-step', 'すぐに新しいお料理をお持ちします。', {}, 'pass'],
  ['"from tomorrow we staff it with three"', 'concrete-next-step', '明日から3名体制で対応します。', {}, 'pass'],
  ['"we decided to add more booking slots"', 'concrete-next-step', '来月から予約枠を増やすことにしました。', {}, 'pass'],
  ['"we will refund the parking fee"', 'concrete-next-step', '駐車場代はお返しします。', {}, 'pass'],
  ['"once the new version is out, we will tell you here"', 'concrete-next-step', '新しいバージョンが公開されましたら、こちらでお知らせします。', {}, 'pass'],
  ['"we will call you with the result by Friday"', 'concrete-next-step', '結果は金曜までにお電話でお伝えします。', {}, 'pass'],
  ['"we sincerely apologise" is no step', 'concrete-next-step', '心より謝罪いたします。', {}, 'fail'],
  ['"we will tell you by phone" with no time is no step', 'concrete-next-step', 'お電話でお伝えします。', {}, 'fail'],
];

describe('round eleven: ideas from five new writers, in new words', () => {
  it.each(ROUND_ELEVEN_IDEAS)('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

/** Round twelve: what trainees type into the built-in scenarios (dev-q), each idea in new words, with near misses. */
const ROUND_TWELVE: [string, RuleId, string, Partial<ReplyContext>, Verdict][] = [
  // A surname introducing the writer after a greeting, the customer's name, a heading or an emoji.
  ['a name after a greeting', 'personal-touch', 'お問い合わせありがとうございます、北村です。配送状況をお調べしますね。', {}, 'pass'],
  ['a name after the customer\'s name', 'personal-touch', '田口様、野寺です。ご不便をおかけして申し訳ありません。', {}, 'pass'],
  ['a name after a heading', 'personal-touch', '【続報】西田です。復旧作業は本日20時に完了する見込みです。', {}, 'pass'],
  ['a name after an emoji', 'personal-touch', 'ご連絡ありがとうございます🙏 宮島です。すぐ確認します。', {}, 'pass'],
  ['a plain word before です after a greeting is no name', 'personal-touch', 'ご連絡ありがとうございます、残念です。', {}, 'fail'],
  // An upgrade or a free extra, traded for a better review.
  ['an upgrade for a rewritten review', 'no-review-incentive', '口コミを★5に修正していただけましたら、次回はお部屋をアップグレードいたします。', { channel: 'private' }, 'fail'],
  ['a free topping for a review', 'no-review-incentive', '★5レビューを書いてくださったら、次のラーメンに煮卵をお付けします！', { channel: 'private' }, 'fail'],
  ['an upgrade, and a review change disowned', 'no-review-incentive', 'ご不便をおかけしたので、本日はお部屋をアップグレードいたしました。口コミの修正をお願いするものではございませんので、ご安心ください。', { channel: 'private' }, 'pass'],
  // A carrier named by its trade, with a failing; a swap done by the delivery person.
  ['a carrier named 〜急便 that delayed it', 'no-blame-shifting', '今回はカモメ急便で遅延が発生したためです。', {}, 'fail'],
  ['a courier that swapped the orders', 'no-blame-shifting', '配達員さんが隣のお店の分と入れ替えてしまったようで…。', {}, 'fail'],
  ['our own swap, owned', 'no-blame-shifting', '当店で商品を入れ替えてお送りします。申し訳ございません。', {}, 'pass'],
  ['a bare surname closing the reply', 'personal-touch', 'ご不便をおかけしております。ご注文番号をDMでお送りいただけますか。森', {}, 'pass'],
  ['a name as the one who acts, humbly', 'personal-touch', 'ご不便をおかけしております。本件は岡田が承ります。', {}, 'pass'],
  ['a role, a space and a name', 'personal-touch', 'カスタマーサポート 石川です。ご不便をおかけしております。', {}, 'pass'],
  ['a name with its role in brackets', 'personal-touch', 'ご不便をおかけしております。DMでご連絡ください。石川（サポート）', {}, 'pass'],
  ['a full name', 'personal-touch', '石川 真由です。ご不便をおかけしております。', {}, 'pass'],
  ['a cause found is no name', 'personal-touch', 'ご不便をおかけしております。原因が確認できましたのでお知らせします。', {}, 'fail'],
  // Polite denials, a retort that nothing will change, a step the customer did not take, a busy day then acceptance asked.
  ['"it is not that there was no notice"', 'no-arguing', 'ご案内を差し上げなかったというわけではございません。', {}, 'fail'],
  ['"I do not think it is confusing"', 'no-arguing', '見づらいということはないかと存じますが、ご意見として承ります。', {}, 'fail'],
  ['"the staff say they did not mean it"', 'no-arguing', '担当者は失礼な態度をとったつもりはないと申しております。', {}, 'fail'],
  ['"posting elsewhere changes nothing"', 'no-arguing', 'ほかのサイトに投稿されても対応は変わりません。', {}, 'fail'],
  ['"you had not registered"', 'no-blame-shifting', 'お客様は会員登録がお済みでないため、割引が適用されませんでした。', {}, 'fail'],
  ['"a busy day, please understand"', 'no-blame-shifting', '当日は混み合っておりまして、対応が遅れました。ご了承いただけますと幸いです。', {}, 'fail'],
  ['"not your fault" reassures', 'no-arguing', '決してお客様のせいというわけではございません。', {}, 'pass'],
  ['"a busy day, and we are sorry" owns it', 'no-blame-shifting', '当日は混み合っており、お待たせしてしまい申し訳ございませんでした。', {}, 'pass'],
  // From dev-r: a correction said as a courtesy, others' satisfaction held up, "the staff meant well", out of our hands "in fact", staff too busy, a never-again promise.
  ['"just so you know"', 'no-arguing', '念のため申し上げますと、料金は予約時の画面にも表示されております。', {}, 'fail'],
  ['"it was written, by the way"', 'no-arguing', 'ちなみに、注意事項は申込ページに明記はしておりました。', {}, 'fail'],
  ['"that is the proper way"', 'no-arguing', '規約上、キャンセル料をいただくのが筋でございます。', {}, 'fail'],
  ['"we were not ignoring you"', 'no-arguing', '決して放置していたわけではございません。確認に時間がかかっておりました。', {}, 'fail'],
  ['"many customers are happy"', 'no-arguing', '多くのお客様にご満足いただいているプランです。', {}, 'fail'],
  ['"the staff thought they explained it"', 'no-arguing', '担当者はきちんとご案内したつもりだったようです。', {}, 'fail'],
  ['a plain "to be sure" check is no correction', 'no-arguing', '念のため、こちらでも配送状況を確認いたします。', {}, 'pass'],
  ['a term pointed to plainly', 'no-arguing', 'キャンセル規定は申込ページに記載しております。', {}, 'pass'],
  ['"hard for us to deal with, in fact"', 'no-blame-shifting', '回線の混雑は当店では対応が難しいのが現状です。', {}, 'fail'],
  ['"the staff had no slack"', 'no-blame-shifting', '当日はスタッフもいっぱいいっぱいでした。', {}, 'fail'],
  ['"we will never treat you so again"', 'under-promise', '今後あのような接客は決していたしません。', {}, 'fail'],
  // From dev-s: a thank-you gift or a free topping for a better review, a defence of the staff, the customer's oversight, a new colleague, a partner's detour.
  ['a thank-you gift for a fixed review', 'no-review-incentive', 'レビューを直していただけましたら、お礼にクーポンをお送りします。', { channel: 'private' }, 'fail'],
  ['a free topping for five stars', 'no-review-incentive', '★5にしてもらえたら、次回はトッピング全部のせにします！', { channel: 'private' }, 'fail'],
  ['"they meant no harm"', 'no-arguing', '担当者に悪気はなかったと思います。', {}, 'fail'],
  ['"we were not ignoring you"', 'no-arguing', '無視ではなく、確認に時間がかかっておりました。', {}, 'fail'],
  ['"you may have overlooked it"', 'no-arguing', '注意書きをお見落としだったのかもしれません。', {}, 'fail'],
  ['"please understand, at least that" in kanji', 'no-arguing', 'スタッフも必死だったことだけは分かってください。', {}, 'fail'],
  ['a new colleague as the reason', 'no-blame-shifting', '担当は入社したばかりで不慣れな対応になってしまいました。', {}, 'fail'],
  ['a courier\'s detour', 'no-blame-shifting', '配送業者が寄り道していたようです。', {}, 'fail'],
  ['a cause told as news, read by the tables (the reading stays out)', 'no-blame-shifting', '【お知らせ】台風の影響により、本日の配送に遅れが出ております。明日午前に続報をお伝えします。ご迷惑をおかけし申し訳ございません。', { persona: 'neutral' }, 'pass'],
];

describe('round twelve: ideas from replies typed into the scenarios, in new words', () => {
  it.each(ROUND_TWELVE)('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

const ROUND_THIRTEEN: [string, RuleId, string, Partial<ReplyContext>, Verdict][] = [
  ['where to apply, "申請してください"', 'concrete-next-step', '返品はアプリの「注文履歴」から申請してください。', { persona: 'neutral' }, 'pass'],
  ['where it is taken, "受け付けております"', 'concrete-next-step', 'ポイントの合算は店頭カウンターで受け付けております。', { persona: 'neutral' }, 'pass'],
  ['a change with when: a sign put up', 'concrete-next-step', '分かりにくくて申し訳ありません。駐輪場の案内板を来週中に設置いたします。', {}, 'pass'],
  ['a change with when: staff added', 'concrete-next-step', 'お待たせして申し訳ありません。土曜のレジは次回から2人に増やします。', {}, 'pass'],
  ['a change with when: fixed at once', 'concrete-next-step', 'ご指摘ありがとうございます。価格表示はすぐに直します。', {}, 'pass'],
  ['a bare pledge to improve names nothing', 'concrete-next-step', 'ご意見ありがとうございます。今後の参考にさせていただきます。', {}, 'fail'],
  ['a menu path', 'concrete-next-step', '通知はアプリの設定＞お知らせからオフにできます。', { persona: 'neutral' }, 'pass'],
  ['staff added, said as done', 'concrete-next-step', 'お待たせして申し訳ありません。昼のシフトは2人増やしました。', {}, 'pass'],
  ['whom to ask', 'concrete-next-step', 'ご不便をおかけしました。見当たらない場合は係員にお声がけください。', {}, 'pass'],
  ['a report-back tied to the event', 'concrete-next-step', '申し訳ございません。入荷しましたら私からご連絡いたします。', {}, 'pass'],
  ['an alternative offered', 'concrete-next-step', '申し訳ございません、こちらは販売終了です。代わりに後継モデルをご用意しております。', {}, 'pass'],
  ['near miss: a generic centre is a brush-off', 'concrete-next-step', 'ご不明な点はカスタマーセンターまでお問い合わせください。', {}, 'fail'],
  ['near miss: "passed to the higher-ups" names nothing', 'concrete-next-step', 'ご迷惑をおかけしました。上の者に伝えておきます。', {}, 'fail'],
  ['an apology with を dropped', 'empathy', 'ご不便おかけしております。本日中に復旧の見込みです。', {}, 'pass'],
  ['"you must have been surprised"', 'empathy', 'いつもの倍のご請求では驚かれたと思います。明細を確認いたします。', {}, 'pass'],
  ['"your concern is only natural"', 'empathy', 'ご懸念はごもっともです。データは暗号化して保管しております。', { persona: 'malicious' }, 'pass'],
  ['near miss: "honoured by your review" is no empathy', 'empathy', 'この度はレビューを頂戴し恐縮です。', {}, 'fail'],
  ['a self-introduction mid-reply, "運営のコウです"', 'personal-touch', 'ご不便をおかけしてすみません。運営のコウです。状況を教えていただけますか。', {}, 'pass'],
  ['a self-introduction with a name outside the surname list', 'personal-touch', 'ご心配ですよね。担当の根岸です。ただいま確認しております。', {}, 'pass'],
  ['near miss: "the staff\'s problem" names nobody', 'personal-touch', '協力会社のスタッフの問題ですので、当社では対応いたしかねます。', {}, 'fail'],
  ['a benefit for the stars: a dish served free', 'no-review-incentive', '★5にしていただけたら、次回デザート1品サービスします！', { persona: 'joking' }, 'fail'],
  ['a benefit for deleting the review: an upsize', 'no-review-incentive', 'レビューを消していただけたら、次回は大盛り無料にします。', {}, 'fail'],
  ['near miss: a dish served free, with no review asked', 'no-review-incentive', 'お詫びに次回デザート1品サービスします。', {}, 'pass'],
  ['details asked for in the comments', 'protect-privacy', 'お手数ですが、ご購入店舗とお支払い方法をこのコメント欄でお知らせください。', {}, 'fail'],
  ['the customer\'s own purchase told back in public', 'protect-privacy', '先日15時に駅前店でケーキ2個をご購入いただいた件ですね。', {}, 'fail'],
  ['near miss: a notice to every customer who ordered in a window', 'protect-privacy', '【お知らせ】1月1日にご注文いただいたお客様の一部で、二重請求が発生しました。', { persona: 'neutral', crisis: true }, 'pass'],
  ['two options stated at once', 'two-alternatives', '申し訳ございません、返金はいたしかねます。代わりに2つの方法がございます。日程の変更か、別の講座への振替です。', { canGrant: false }, 'pass'],
  ['near miss: two reasons are not two options', 'two-alternatives', '申し訳ございません、返金はいたしかねます。理由は2つございます。', { canGrant: false }, 'fail'],
  ['the visit doubted', 'no-arguing', '記録が見当たらないのですが、本当にこちらの店舗をご利用されましたか？', { persona: 'vague-rude' }, 'fail'],
  ['a lecture: keep it in mind', 'no-arguing', '今後は、配達時間は目安であることを念頭に置いていただければ幸いです。', {}, 'fail'],
  ['a lecture: come knowing the prices', 'no-arguing', '当店の価格をご理解いただいた上でご利用いただければと存じます。', {}, 'fail'],
  ['set against others who do not complain', 'no-arguing', '他の会員様は皆さん、文句を言わずに続けておられますよ。', {}, 'fail'],
  ['"it is obvious from the sign"', 'calm-tone', '入口の案内板をご覧いただければ一目瞭然ですが、ご説明いたします。', { persona: 'neutral' }, 'fail'],
  ['"you seem to have time to spare"', 'calm-tone', 'こんなに長文を書けるほどお時間があるようで、うらやましい限りです。', { persona: 'vague-rude' }, 'fail'],
  ['"a talent, really"', 'calm-tone', '10回連続で外れとは、逆に才能ですね！', { persona: 'joking' }, 'fail'],
  ['near miss: a comparison that is plain to see is not talking down', 'calm-tone', '旧プランと並べていただくと違いは一目瞭然かと思います。容量が2倍になりました。', { persona: 'neutral' }, 'pass'],
  ['near miss: glad it worked', 'calm-tone', '新しい充電器で問題なかったようで何よりです。', { persona: 'neutral' }, 'pass'],
];

describe('round thirteen: next steps said as where to apply, or as a change with its when; tone faults said politely', () => {
  it.each(ROUND_THIRTEEN)('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('ja: "if you had read it, you would have known"', () => {
  it.each([
    ['a counterfactual read', 'ご迷惑をおかけし申し訳ございません。返品条件は注文確認メールに記載しておりますので、事前にご一読いただけていれば幸いでした。', 'fail'],
    ['"you would have understood"', 'ご不便をおかけしました。料金表は店頭に掲示しておりますので、ご来店時にご覧いただければ、お分かりいただけたかと存じます。', 'fail'],
    ['"a point you should have checked"', '申し訳ございません。こちらは本来ご予約時にご確認いただくべき内容でした。', 'fail'],
    ['a pointer ahead, not a reproach', 'DMをご確認いただければ、詳細がお分かりいただけるかと存じます。', 'pass'],
    ['a request to check', 'お手数ですが、DMをご確認いただければ幸いです。', 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('no-arguing', text)).toBe(expected);
  });
});

const TOLD_YOU_AGAIN: [string, RuleId, string, Partial<ReplyContext>, Verdict][] = [
  ['"as I have said many times", then a policy', 'calm-tone', '何度もお伝えしておりますが、受付は10時からとなっております。', { persona: 'neutral' }, 'fail'],
  ['"I told you a moment ago, didn\'t I?"', 'calm-tone', '先ほどもご説明しましたよね？ 日程の変更はアプリからのみ承っております。', {}, 'fail'],
  ['"as I said on the first call"', 'calm-tone', '最初のお電話でもお伝えしたとおり、保証期間は1年です。', { persona: 'neutral' }, 'fail'],
  ['near miss: sorry to trouble you so many times', 'calm-tone', '何度もお手数をおかけして申し訳ありません。本日中に再送いたします。', {}, 'pass'],
  ['near miss: a plan to keep announcing it', 'calm-tone', '分かりにくくて申し訳ございません。今後も店内で繰り返しご案内してまいります。', {}, 'pass'],
  ['the sigh is a tone fault, not a rebuttal: the policy and the step pass no-arguing', 'no-arguing', '何度もお伝えしておりますが、返金は月末の締め後となります。本日中に処理状況を確認してご連絡します。', {}, 'pass'],
  ['near miss: said at check-in too, then a change', 'no-arguing', 'ご指摘ありがとうございます。ご予約時にもご案内した通り、駐車場は先着順です。来月から予約枠を設けます。', { persona: 'neutral' }, 'pass'],
];

describe('ja: "as I have told you already" is a sigh at the customer', () => {
  it.each(TOLD_YOU_AGAIN)('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('ja: "you signed / agreed to it at the time" is a rebuttal', () => {
  it.each([
    ['the rules agreed to on joining', 'ご入会時にご同意いただいた規約のとおり、休会中も会費が発生します。', {}, 'fail'],
    ['agreed to when booking', 'お客様もご予約の際にキャンセル規定へご同意いただいておりますので、ご了承ください。', {}, 'fail'],
    ['signed off after the treatment', '施術後に仕上がり確認のサインをいただいておりますので、返金はいたしかねます。', {}, 'fail'],
    ['near miss: a standing practice, no moment of the customer\'s', '当院では治療の前に必ず同意書にご署名をいただいております。ご不安な点はお電話でご相談ください。', { persona: 'malicious' }, 'pass'],
    ['near miss: the consent record checked for the customer', 'ご同意いただいた記録を私の方で確認し、明日までにご連絡いたします。', {}, 'pass'],
  ] as const)('%s', (_name, text, over, expected) => {
    expect(verdict('no-arguing', text, over as Partial<ReplyContext>)).toBe(expected);
  });
});

describe('ja: "that job is someone else\'s" pins the harm on them', () => {
  it.each([
    ['front desk outsourced', '受付業務は派遣会社に委託しておりまして、対応にばらつきがあるようです。', {}, 'fail'],
    ['built by an outside firm', 'アプリの開発は外部の制作会社が担当しておりますので、不具合の時期は分かりかねます。', { persona: 'neutral' }, 'fail'],
    ['another department\'s remit', 'ポイントの付与は他部署の管轄でして、窓口では何とも言えません。', { persona: 'neutral' }, 'fail'],
    ['near miss: the writer\'s own case', '本件は私が担当しておりますので、何かあればいつでもご連絡ください。', {}, 'pass'],
    ['near miss: outsourced, but we follow it up', '配送は運送会社に委託しておりますので、私から状況を確認し、本日中にご連絡いたします。', {}, 'pass'],
    ['near miss: a named colleague handles it', 'ご不便をおかけしました。ご予約の件は店長の田村が担当しておりますので、本日中に田村よりお電話します。', {}, 'pass'],
  ] as const)('%s', (_name, text, over, expected) => {
    expect(verdict('no-blame-shifting', text, over as Partial<ReplyContext>)).toBe(expected);
  });
});

describe('ja: a word of our own in scare quotes is sarcasm', () => {
  it.each([
    ['"very helpful", in quotes', 'ご意見、“大変参考に”させていただきます😊', { persona: 'vague-rude' }, 'fail'],
    ['"original", in quotes', 'お客様の“独創的な”ご提案、スタッフ一同拝見しました。', { persona: 'neutral' }, 'fail'],
    ['"so kindly", in straight quotes', '"ご丁寧に"星1つまでいただき、ありがとうございます。', { persona: 'vague-rude' }, 'fail'],
    ['near miss: a dish name in quotes', '新メニューの“ふわとろ”オムライス、ぜひお試しください！', { persona: 'joking' }, 'pass'],
    ['near miss: a campaign greeting in quotes', 'ご来店ありがとうございます。今月は“おかえりなさい”キャンペーンを実施中です。', { persona: 'neutral' }, 'pass'],
    ['near miss: a coinage in quotes', 'その箱はもう“猫専用別荘”ですね😂 ご投稿ありがとうございます！', { persona: 'joking' }, 'pass'],
  ] as const)('%s', (_name, text, over, expected) => {
    expect(verdict('calm-tone', text, over as Partial<ReplyContext>)).toBe(expected);
  });
});

describe('ja: "this again?" greets the post with a sigh', () => {
  it.each([
    ['"this topic again?"', 'またこの話ですか。料金は公式サイトに掲載のとおりです。', { persona: 'malicious' }, 'fail'],
    ['"this sort of comment again"', 'またこの手のコメントですね。ご意見として承ります。', { persona: 'vague-rude' }, 'fail'],
    ['"again?" with a wry face', 'またですか😅 再起動すれば直りますので。', {}, 'fail'],
    ['near miss: "come again"', 'ご来店ありがとうございました。またのお越しをお待ちしております。', { persona: 'neutral' }, 'pass'],
    ['near miss: "so it happened again", owned', 'またこのようなことが起きてしまい、申し訳ございません。本日中に原因を確認いたします。', {}, 'pass'],
  ] as const)('%s', (_name, text, over, expected) => {
    expect(verdict('calm-tone', text, over as Partial<ReplyContext>)).toBe(expected);
  });
});

describe('ja: telling the customer to stop posting argues with the complaint', () => {
  it.each([
    ['"refrain from writing it"', '内容が事実でないなら、口コミへの書き込みはご遠慮ください。', { persona: 'malicious' }, 'fail'],
    ['"stop commenting without checking"', 'よく調べもせずにコメントするのはおやめください。', { persona: 'vague-rude' }, 'fail'],
    ['"do not say careless things"', '適当なことを言わないでください。当店の食材はすべて国産です。', { persona: 'malicious' }, 'fail'],
    ['near miss: a privacy warning', 'こちらのコメント欄にはカード番号を書き込まないでくださいね。詳細はDMでお伺いします。', { persona: 'neutral' }, 'pass'],
    ['near miss: "no need to hold back your posts"', 'ご投稿は控えていただく必要はございません。ご意見はいつでも歓迎です。', { persona: 'neutral' }, 'pass'],
  ] as const)('%s', (_name, text, over, expected) => {
    expect(verdict('no-arguing', text, over as Partial<ReplyContext>)).toBe(expected);
  });
});

describe('ja: "did you read the label?" means "you did not"', () => {
  it.each([
    ['the care label questioned', '色移りの件、取扱説明書はお読みいただけましたでしょうか。', {}, 'fail'],
    ['the notice on the screen questioned', 'ご予約の確認画面の注意事項はご覧になりましたか？', {}, 'fail'],
    ['"did we not explain it?"', 'ご不便をおかけしました。ただ、ご入会時に休会の条件をご説明しておりませんでしたでしょうか。', {}, 'fail'],
    ['near miss: a follow-up on our e-mail', '先ほど返金のご案内をメールでお送りしました。お送りしたメールはご確認いただけましたか？', {}, 'pass'],
    ['near miss: "we did not explain it", owned', 'ご入会時に休会の条件をご説明しておりませんでした。申し訳ございません。', {}, 'pass'],
  ] as const)('%s', (_name, text, over, expected) => {
    expect(verdict('no-arguing', text, over as Partial<ReplyContext>)).toBe(expected);
  });
});

describe('ja: "it should be so" rebuts, unless it doubts itself in play or says our fix will work', () => {
  it.each([
    ['"it must have arrived by now"', '発送済みですので、もう届いているはずです。', {}, 'fail'],
    ['"no error if you follow the manual"', 'マニュアルどおりに操作すれば、エラーは出ないはずですが。', {}, 'fail'],
    ['near miss: a はず trailed off in play', 'ロボット店員はまだ雇っていない…はずです笑 ご投稿ありがとうございます！', { persona: 'joking' }, 'pass'],
    ['near miss: our fix should put it right', 'アプリを最新版に更新していただくと、表示が元に戻るはずです。手順をDMでお送りします。', { persona: 'neutral' }, 'pass'],
    ['near miss: when it should arrive', '本日発送いたしましたので、明後日には届くはずです。', { persona: 'neutral' }, 'pass'],
  ] as const)('%s', (_name, text, over, expected) => {
    expect(verdict('no-arguing', text, over as Partial<ReplyContext>)).toBe(expected);
  });
});

const WE_WORK_HARD: [string, RuleId, string, Partial<ReplyContext>, Verdict][] = [
  ['"our crew give it their all every day"', 'engage-wisely', 'うちのクルーは毎日一生懸命働いております。', { persona: 'vague-rude' }, 'fail'],
  ['"our teachers always face pupils sincerely"', 'no-arguing', '講師は全員、常に誠実に生徒と向き合っております。ご意見は残念です。', { persona: 'vague-rude' }, 'fail'],
  ['"the staff that day were all courteous"', 'no-arguing', '当日の担当者は全員、心を込めて対応しておりました。', {}, 'fail'],
  ['near miss: a pledge for the future', 'no-arguing', 'ご指摘ありがとうございます。今後もスタッフ一同、誠実に取り組んでまいります。', {}, 'pass'],
  ['near miss: diligence conceded, then the slip owned', 'no-arguing', 'スタッフ一同、日々丁寧な接客に努めておりますが、今回は行き届かず申し訳ございません。', {}, 'pass'],
  ['near miss: a neutral invitation to a vague insult', 'engage-wisely', 'ご意見ありがとうございます。差し支えなければ、どの点がご不満だったか教えていただけますか。', { persona: 'vague-rude' }, 'pass'],
];

describe('ja: the staff\'s diligence held up against the complaint is a defence', () => {
  it.each(WE_WORK_HARD)('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

const GO_ELSEWHERE: [string, RuleId, string, Partial<ReplyContext>, Verdict][] = [
  ['"if it feels pricey, try a cheaper salon"', 'no-arguing', '高いと感じられるなら、もっと安いサロンを選ばれてはいかがでしょうか。', {}, 'fail'],
  ['"if you are unhappy, other gyms are fine by us"', 'no-arguing', 'ご不満のようでしたら、他のジムをご利用いただいて構いません。', {}, 'fail'],
  ['"if you do not like it, find another shop"', 'engage-wisely', '気に入らないなら、よそのお店を探されてはどうでしょう。', { persona: 'vague-rude' }, 'fail'],
  ['near miss: a full day, another branch offered', 'no-arguing', 'ご希望の日が満席でしたら、他の店舗もご利用いただけます。空き状況をDMでお送りします。', {}, 'pass'],
  ['near miss: a size that does not fit, another offered', 'no-arguing', 'サイズが合わない場合は、別のサイズに無料で交換いたします。', {}, 'pass'],
];

describe('ja: "go elsewhere, then" answers a complaint with a retort', () => {
  it.each(GO_ELSEWHERE)('%s: %s', (_label, rule, text, over, expected) => {
    expect(verdict(rule, text, over)).toBe(expected);
  });
});

describe('ja: the whole fault taken on, or forgiveness begged, grovels to a malicious poster', () => {
  it.each([
    ['"wholly our kitchen\'s lapse"', 'ご指摘の件、すべて当店の厨房管理のミスです。', 'fail'],
    ['"entirely our inspection shortfall"', '完全に弊社の検品体制の不足でございます。返金いたします。', 'fail'],
    ['"please, forgive us"', '本当に申し訳ございません。どうかお許しください。', 'fail'],
    ['near miss: a denial, not an admission', 'ご心配をおかけしております。すべて当店のミスというわけではございませんので、記録を確認のうえDMでご説明します。', 'pass'],
    ['near miss: concern and a private check', 'ご不安な思いをさせてしまい申し訳ございません。出荷記録を確認いたしますので、DMでご注文日をお知らせください。', 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('facts-not-accusations', text, { persona: 'malicious' })).toBe(expected);
  });
});

describe('ja: the customer\'s anger measured and found too much', () => {
  it.each([
    ['"is it worth getting so angry?"', 'ご不便をおかけしました。ただ、10分の遅れでそんなに怒られることでしょうか。', 'fail'],
    ['"no need to make such a fuss"', 'よくある不具合ですので、それほど大騒ぎなさらなくても大丈夫ですよ。', 'fail'],
    ['"never seen anyone this furious"', '傘1本でここまでご立腹の方は初めてです。', 'fail'],
    ['near miss: "so much" about our own delay', 'そんなにお待たせしてしまい、申し訳ございません。本日中に発送いたします。', 'pass'],
    ['near miss: "this late" about our own slip', 'ご立腹はもっともです。ここまで遅れたのは当店の手配ミスです。申し訳ございません。', 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('calm-tone', text)).toBe(expected);
  });

  it('does not read granted anger (「ここまでお怒りになるのも当然です」) as this', () => {
    const text = '3回も予約が消えたのですから、ここまでお怒りになるのも当然です。申し訳ございません。';
    expect(evidence('calm-tone', text)).not.toBe('ja.sarcasm.too-angry');
    expect(verdict('calm-tone', text)).toBe('pass');
  });
});

describe('ja: three-c, what happened told plainly', () => {
  it.each([
    ['"suspended because of strong winds" and when it resumes', 'ご迷惑をおかけし申し訳ございません。強風のため全線で運転を見合わせております。再開は14時頃の見込みで、こちらで随時お知らせします。広報 佐藤', 'pass'],
    ['"we have confirmed a fault" and the work under way', 'ご不便をおかけしております。アプリでログインできない現象を確認しています。復旧作業を進めており、次の状況は15時にお知らせします。サポート 佐藤', 'pass'],
    ['"the cause is" and when the next report comes', 'ご心配をおかけし申し訳ございません。原因は今朝の設定変更の誤りで、現在元の設定に戻す作業を進めております。次の報告は正午です。広報 佐藤', 'pass'],
    ['near miss: only when the next word comes', 'ご迷惑をおかけし申し訳ございません。次の状況は15時にお知らせします。広報 佐藤', 'fail'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('three-c', text, { crisis: true })).toBe(expected);
  });
});

describe('ja: personal-touch, a name after the company, the team and the role', () => {
  it.each([
    ['a surname ending in 部 after a role', 'ご不便をおかけして申し訳ありません。明日までに交換品をお送りします。サポート 服部', 'pass'],
    ['a given name in katakana glued to the role, an emoji after it', 'ご意見ありがとうございます！次回もお待ちしてます🍟 店長タケシ', 'pass'],
    ['the company, the team and a name in brackets', 'ご報告ありがとうございます。確認してご連絡します。（ひかりネット 広報 竹内）', 'pass'],
    ['a name in hiragana with a long vowel', 'ご指摘ありがとうございます。調べてお知らせします。開発 中の人 ゆーき', 'pass'],
    ['a team and a bare katakana name', 'ご不便をおかけしました。本日中に再送します。サポートのアキ', 'pass'],
    ['near miss: a department is no name', 'ご不便をおかけして申し訳ありません。本日中に再送いたします。営業部', 'fail'],
    ['near miss: a support centre is no name', 'ご迷惑をおかけしました。本日中に再送いたします。サポートセンター', 'fail'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('personal-touch', text)).toBe(expected);
  });
});

describe('ja: no-review-incentive, a remedy or a casual gift bound to the review by a condition', () => {
  it.each([
    ['a discount bound by ましたら', 'ご不便をおかけしました。この投稿を削除していただけましたら、次回のお会計を10%お引きいたします。店長 石原', 'fail'],
    ['a gift bound by てくれたら', '評価を星5に変えてくれたら、新作を1ケースお送りしちゃいます！店長 石原', 'fail'],
    ['extra food bound by てくれたら', 'ありがとうございます！口コミに★5つけてくれたら、次回は餃子2個増量しちゃいます。店長 石原', 'fail'],
    ['a deposit bound by のであれば', '写真を確認いたします。口コミを削除していただけるのであれば、敷金の一部返還も検討させていただきます。管理 石原', 'fail'],
    ['near miss: the fix, then a polite request once it is resolved', '次回のお会計を10%お引きいたします。ご納得いただけましたら、口コミを更新していただけると嬉しいです。店長 石原', 'pass'],
    ['near miss: a discount with no review in sight', 'ご不便をおかけしました。次回のお会計を10%お引きいたします。店長 石原', 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('no-review-incentive', text)).toBe(expected);
  });
});

describe('ja: two-alternatives, two substitutes listed after 「代わりに、」', () => {
  it.each([
    ['joined by か', '申し訳ございません、個室はございません。代わりに、奥の半個室か、テラス席でしたらご用意できます。店長 石原', 'pass'],
    ['joined by や', '申し訳ございません、返金はいたしかねます。代わりに、次回使えるクーポンや、同額のポイントもご用意しております。店長 石原', 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('two-alternatives', text, { persona: 'neutral', canGrant: false })).toBe(expected);
  });
});

describe('ja: calm-tone, an insult word inside a longer katakana word is no insult', () => {
  it.each([
    ['a bar name that holds アホ', 'ご投稿ありがとうございます！今夜もお待ちしてます🍺 ビアホール店長 ジョー', 'pass'],
    ['sparse seats (スカスカ)', 'ご来店ありがとうございます。平日の朝は客席がスカスカなので、ゆっくりできますよ。店長 石原', 'pass'],
    ['a holiday (バカンス)', '素敵なバカンスになりますように！ご予約ありがとうございます。店長 石原', 'pass'],
    ['near miss: アホ said of the poster', 'そんなこともわからないなんて、アホですか？', 'fail'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('calm-tone', text, { persona: 'neutral' })).toBe(expected);
  });
});

describe('ja: protect-privacy, the records read out and another name, not the company\'s own account', () => {
  it.each([
    ['what the records show, with a count', 'ご投稿ありがとうございます！来館記録を見たら先月は3回でしたよ。スタッフ 石原', 'fail'],
    ['the purchase history, with a date', 'お問い合わせありがとうございます。ご購入履歴を確認したところ、5月8日にご注文いただいております。担当 石原', 'fail'],
    ['another name the poster used', 'ご投稿ありがとうございます。先月は別の名前で同じ投稿をされていましたよね。担当 石原', 'fail'],
    ['near miss: the company reports on its own account', 'ご不便をおかけしております。次のご報告は本アカウントで15時に行います。広報 石原', 'pass'],
    ['near miss: a check promised, nothing read out', 'ご不便をおかけしております。ご購入履歴を確認して、本日中にDMでご連絡します。担当 石原', 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('protect-privacy', text, { persona: 'malicious' })).toBe(expected);
  });
});

describe('ja: under-promise, full cover granted on the spot, fixes promised as final, and what 100% and 必ず do not promise', () => {
  it.each([
    ['full cover with the payer between', '大変申し訳ございません。修理費用は全額こちらで負担いたしますので、ご安心ください。店長 石原', { needsEscalation: true }, 'fail'],
    ['a loss made good in full', '大変申し訳ございません。損失分は全額補填いたします。店長 石原', { needsEscalation: true }, 'fail'],
    ['a mistake that will never recur', '確認手順を見直しましたので、今後このような間違いは一切起きません。店長 石原', {}, 'fail'],
    ['a fix promised as final', '設定をやり直しましたので、これでもう通知が止まることはありません。担当 石原', {}, 'fail'],
    ['an update that fixes it for good', '次回の更新で完全に解決します。担当 石原', {}, 'fail'],
    ['near miss: a fee rate of 100%', 'ご質問ありがとうございます。キャンセル料は前日から100%です。担当 石原', {}, 'pass'],
    ['near miss: what a product is made of', 'ご質問ありがとうございます。当店のジュースは100%果汁です。担当 石原', {}, 'pass'],
    ['near miss: a standing practice after 必ず', 'ご不安な点があり申し訳ございません。当店では必ずお客様の署名入りの同意書を保管しております。担当 石原', {}, 'pass'],
    ['near miss: effort to fix it for good', '次回の更新で完全に解決できるよう努めます。担当 石原', {}, 'pass'],
  ] as const)('%s', (_name, text, over, expected) => {
    expect(verdict('under-promise', text, { persona: 'angry', ...over })).toBe(expected);
  });
});

describe('ja: protect-privacy, a role address is a desk\'s, not personal data', () => {
  it.each([
    ['a support address in brackets', 'ご不便をおかけしております。個別の状況はサポート窓口（support@hikari-net.example）で確認いたします。広報 石原', 'pass'],
    ['a shop address before まで', 'お手数ですが、info@oono-ramen.example までご来店日をお知らせください。店主 大野', 'pass'],
    ['near miss: the customer\'s own address', '確認いたしました。tanaka.yuki@mailbox.example 宛に本日改めてご返信いたしました。担当 石原', 'fail'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('protect-privacy', text, { persona: 'angry' })).toBe(expected);
  });
});

describe('ja: calm-tone, praise that mocks, the customer told how to behave, and "！！" said twice', () => {
  it.each([
    ['praise for going so far', 'ご自宅でグラムまで量られるとは、さすがですね。盛り付け基準を確認します。店長 石原', 'fail'],
    ['praise for waiting so patiently', 'キャンセル料は返金いたします。それにしても30分も待てるなんて、お優しい方ですね〜 担当 石原', 'fail'],
    ['praise to be imitated', 'エラーの原因は本日中に調べます。何度もお試しになるその根気、見習いたいものです。担当 石原', 'fail'],
    ['told not to be emotional', 'お荷物は本日中にお届けします。そんなに感情的になられても早くは届きませんので。担当 石原', 'fail'],
    ['told to look it up yourself', '更新はマイページからできます。ご自分で調べる癖をつけておくと便利ですよ。担当 石原', 'fail'],
    ['shouting with "！！" twice', '審査はまだ終わっておりません！！書類をもう一度お送りください！！担当 石原', 'fail'],
    ['near miss: sincere praise of a tip', '細かいところまでご指摘いただきありがとうございます。さっそく表示を直しました。担当 石原', 'pass'],
    ['near miss: "！！" once', 'ご注文ありがとうございます！！明日お届けします。担当 石原', 'pass'],
    ['near miss: staying calm ourselves', '大変申し訳ございません。私どもも落ち着いて一件ずつ確認し、本日中にご連絡いたします。担当 石原', 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('calm-tone', text, { persona: 'angry' })).toBe(expected);
  });
});

describe('ja: no-arguing, the complaint set against a record or a norm', () => {
  it.each([
    ['a fact denied after the check', '録音を確認しましたが、担当者が声を荒らげた事実はございませんでした。担当 石原', 'fail'],
    ['a doubting question', '2回伺った記録がございますが、本当にご在宅でしたか？担当 石原', 'fail'],
    ['no like report ever', 'ご心配をおかけしております。同様のご報告はこれまで一件もいただいておりません。担当 石原', 'fail'],
    ['the norm set against the price', 'ご質問ありがとうございます。この条件ですと倍になるのが普通です。担当 石原', 'fail'],
    ['near miss: a check that found nothing, reported', '録音を確認いたしましたところ、応対に不適切な点は確認できませんでしたが、改めて品質管理チームで確認します。担当 石原', 'pass'],
    ['near miss: a real question about timing', 'ご不便をおかけし申し訳ございません。本日のご在宅時間を教えていただけますか？担当 石原', 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('no-arguing', text, { persona: 'angry' })).toBe(expected);
  });
});

describe('ja: calm-tone, wonder that mocks, lecturing and a lawyer invoked', () => {
  it.each([
    ['floored by the customer checking', '細かい数字までご確認くださるとは、恐れ入りました。差額は本日返金します。担当 石原', 'fail', 'angry'],
    ['a trip imagined as lovely', 'さぞかし素敵なご旅行だったことと存じます。返金手続きは明日行います。担当 石原', 'fail', 'angry'],
    ['told to read the terms closely', '利用規約をご熟読のうえ、改めてお問い合わせください。担当 石原', 'fail', 'angry'],
    ['asked whether they understood', '以上の理由で遅れました。ご理解いただけましたでしょうか？担当 石原', 'fail', 'angry'],
    ['a lawyer held over the poster', '内容によっては弁護士と相談のうえ対応いたします。担当 石原', 'fail', 'malicious'],
    ['near miss: imagining the worry', 'さぞご不安だったことと存じます。本日中にお電話いたします。担当 石原', 'pass', 'angry'],
    ['near miss: admiration in earnest', 'ご家族を支えておられることには、本当に頭が下がります。手続きは私が代わりに進めます。担当 石原', 'pass', 'neutral'],
    ['near miss: our own lawyer consulted for the customer', '顧問弁護士とも相談し、補償の範囲を今週中にご連絡いたします。担当 石原', 'pass', 'angry'],
  ] as const)('%s', (_name, text, expected, persona) => {
    expect(verdict('calm-tone', text, { persona })).toBe(expected);
  });
});

describe('ja: no-arguing and no-blame-shifting, doubt, the norm, what was explained, and a fault disowned', () => {
  it.each([
    ['no-arguing', 'a doubting "really?"', '本当に当店でお買い求めの商品でしょうか。レシートをお見せください。担当 石原', 'fail', 'malicious'],
    ['no-arguing', 'where did you see that', 'どちらでご覧になったのでしょうか。当社の製品に添加物は入っておりません。担当 石原', 'fail', 'malicious'],
    ['no-arguing', 'crowds are nothing unusual', 'この時期に混み合うのは珍しいことではないのですが、ご不便をおかけしました。担当 石原', 'fail', 'angry'],
    ['no-arguing', 'it was explained at purchase', '購入時にご説明しておりましたが、セール品の返品はお受けできません。担当 石原', 'fail', 'angry'],
    ['no-arguing', 'near miss: "really" about their health', 'お怪我は本当に大丈夫でしょうか。本日中にお電話いたします。担当 石原', 'pass', 'angry'],
    ['no-arguing', 'near miss: our explanation fell short', '購入時のご説明が不十分でしたので、返品をお受けします。担当 石原', 'pass', 'angry'],
    ['no-blame-shifting', 'not our fault, casually', 'うちのせいじゃないですよ、配送会社の問題です。担当 石原', 'fail', 'angry'],
    ['no-blame-shifting', 'no flaw on our side', '今回の流出は委託先への攻撃によるもので、当社のシステムに不備があったわけではございません。担当 石原', 'fail', 'angry'],
    ['no-blame-shifting', 'nothing we could do', '台風は当社ではどうすることもできませんので、ご了承ください。担当 石原', 'fail', 'angry'],
    ['no-blame-shifting', 'near miss: the flaw owned', '当社のシステムに不備があり、申し訳ございません。本日中に修正いたします。担当 石原', 'pass', 'angry'],
  ] as const)('%s: %s', (rule, _name, text, expected, persona) => {
    expect(verdict(rule, text, { persona })).toBe(expected);
  });
});

describe("ja: calm-tone, the customer's own failing laughed at, a trait named, and mock reverence", () => {
  it.each([
    ['their skill as the cause', 'なかなか勝てないのは、操作の腕が悪いだけかと思います笑 運営 石原', 'fail', 'joking'],
    ['their own problem, as a question', '電池がすぐ切れるのは、充電する回数の問題では？笑 担当 石原', 'fail', 'joking'],
    ['the customer as the problem', '届かないのはご本人の問題かと思います。担当 石原', 'fail', 'angry'],
    ['a trait laughed at', '30分も迷うなんて優柔不断ですね😂 担当 石原', 'fail', 'joking'],
    ['zeal mocked', '領収書を隅々までご確認くださるお客様には、本当に頭が下がります。担当 石原', 'fail', 'angry'],
    ['their evidence as so-called', 'お持ちだという「記録」とやらも拝見したいものです。担当 石原', 'fail', 'malicious'],
    ['our own word in scare quotes', '設備は当店なりに“きちんと”管理しております。担当 石原', 'fail', 'angry'],
    ['near miss: the customer cleared', 'お客様のせいではありません。こちらの設定ミスでした。本日中に直します。担当 石原', 'pass', 'angry'],
    ['near miss: ourselves laughed at', '私たちのポンコツっぷりですね笑 すぐ直します！運営 石原', 'pass', 'joking'],
    ['near miss: a problem of ours asked about', 'こちらの在庫システムの問題ですので、本日中に確認いたします。担当 石原', 'pass', 'angry'],
  ] as const)('%s', (_name, text, expected, persona) => {
    expect(verdict('calm-tone', text, { persona })).toBe(expected);
  });
});

describe('ja: no-arguing and calm-tone, the insult turned back and the poster sent elsewhere', () => {
  it.each([
    ['turned back on the poster', 'ひどいのはあなたの方では？ 担当 石原', 'fail'],
    ['their head is the worry', 'こういう書き込みをされる方の頭の中が心配です。担当 石原', 'fail'],
    ['sent to another shop', 'そうですか。では他店をご利用ください。担当 石原', 'fail'],
    ['if you dislike it, go somewhere dearer', '狭いと思われるなら、もっと広い部屋のホテルに泊まればいいと思います。担当 石原', 'fail'],
    ['not awaited again', 'またのご来店はお待ちしておりません。担当 石原', 'fail'],
    ['no need to post about it', 'ですので、SNSで騒がなくても大丈夫ですよ。担当 石原', 'fail'],
    ['near miss: another way offered plainly', '申し訳ございません。本日は満席ですが、他の店舗でしたらお席をご用意できます。担当 石原', 'pass'],
    ['near miss: looking forward to the next visit', 'またのご来店を心よりお待ちしております。担当 石原', 'pass'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('no-arguing', text, { persona: 'vague-rude' })).toBe(expected);
    expect(verdict('calm-tone', text, { persona: 'vague-rude' })).toBe(expected);
  });
});

describe('ja: no-arguing, a policy stated plainly and then what we can do instead (「ただ、…でしたら承ります」)', () => {
  it.each([
    ['a refund refused by the rules, a voucher offered', 'ご連絡ありがとうございます。全額返金のご要望について社内で確認いたしました。当館の規定により、ご宿泊後の返金はお受けしておりません。ただ、次回ご利用いただける割引券をお送りいたします。担当 石原', 'pass'],
    ['a fee kept, a change of date offered', 'ご要望の件、確認いたしました。キャンセル料は規約により免除いたしかねます。ただ、日程の変更でしたら無料で承ります。担当 石原', 'pass'],
    ['no returns on sale items, an exchange offered', 'セール品は規約上、返品の対象外となっております。ただ、サイズ交換でしたら本日中に手配いたします。担当 石原', 'pass'],
    ['the deposit kept, the monthly fee returned', '入会金につきましては、規定によりご返金いたしかねます。ただ、今月分の会費は日割りでお返しいたします。担当 石原', 'pass'],
    ['a system limit, a desk that can do it', 'システムの仕様上、店舗側でポイントを付け直すことはできかねます。ただ、カスタマーセンターでしたら本日中に対応できますので、お電話ください。担当 石原', 'pass'],
    ['a "but" that tells the customer they misunderstood', 'ご指摘ありがとうございます。ただ、当日のご案内は規定どおりで、お客様の勘違いかと存じます。担当 石原', 'fail'],
  ] as const)('%s', (_name, text, expected) => {
    expect(verdict('no-arguing', text, { persona: 'angry' })).toBe(expected);
  });
});

describe('ja: the customer\'s account corrected from the records, or their signature held up', () => {
  it.each([
    ['a quoted figure set against the delivery records', '申し訳ございません。2時間とのことですが、配送記録では到着は予定の40分後です。担当 石原', 'angry', 'fail'],
    ['a delay corrected from the operating log', 'ご迷惑をおかけしました。運行記録上は最大12分となっておりまして、30分ではございませんでした。担当 石原', 'angry', 'fail'],
    ['the customer reminded they signed too', '申し訳ございません。貸出時のチェックシートに傷の記載はなく、お客様にも確認のサインをいただいております。担当 石原', 'angry', 'fail'],
    ['the signature, with も', '恐れ入りますが、オプションはご契約時に書面でご説明し、ご署名もいただいております。担当 石原', 'angry', 'fail'],
    ['near miss: the records show our own slip', 'ご不便をおかけしました。記録上、こちらの入力ミスでした。本日中に再発送いたします。担当 石原', 'angry', 'pass'],
    ['near miss: the records, calmly, against a malicious claim', '2回とのことですが、当社の記録では1回のご来店を確認しております。詳しくはDMで伺えますか。担当 石原', 'malicious', 'pass'],
    ['near miss: a standing practice of asking for consent', '当院では、治療の前に必ず同意書にご署名をいただいております。詳しくはDMでご説明します。担当 石原', 'malicious', 'pass'],
    ['near miss: a step that waits for the customer\'s agreement', '申し訳ございません。お見積もりをお送りし、お客様にご了承いただいたうえで、交換を手配いたします。担当 石原', 'angry', 'pass'],
  ] as const)('%s', (_name, text, persona, expected) => {
    expect(verdict('no-arguing', text, { persona })).toBe(expected);
  });

  it('shows the step the reply offers, not the record it rebuts with, as the next step', () => {
    const text = 'ご迷惑をおかけし申し訳ございません。2時間とのことですが、配送記録では到着は予定の40分後です。本日中に代わりのお花をお届けいたします。';
    const f = scoreReply(ctx(text)).findings.find((x) => x.rule === 'concrete-next-step')!;
    expect(f.verdict).toBe('pass');
    expect(text.slice(f.start ?? 0, f.end ?? 0)).toContain('代わりのお花');
  });
});

describe('ja: the wait praised as the customer\'s patience fails calm-tone', () => {
  it.each([
    ['patience praised', 'お待たせしてすみません。それにしても20分も黙って待てるなんて、相当忍耐強いですね👏 担当 石原', 'angry', 'fail'],
    ['a year of waiting as a trait', '1年も待っていただけるなんて、気長なご性格でうらやましいです。次のアップデートで対応予定です。担当 石原', 'neutral', 'fail'],
    ['near miss: thanks for patience said plainly', '辛抱強くお待ちいただき、ありがとうございます。明日17時までにご報告いたします。担当 石原', 'angry', 'pass'],
  ] as const)('%s', (_name, text, persona, expected) => {
    expect(verdict('calm-tone', text, { persona })).toBe(expected);
  });
});

describe('ja: identity verification is no check of ours', () => {
  it('fails concrete-next-step for a bare 「本人確認のため」 request, and passes a fact check', () => {
    expect(verdict('concrete-next-step', '本人確認のため必要な情報ですので、ご協力をお願いいたします。')).toBe('fail');
    expect(verdict('concrete-next-step', '事実確認のため、当日の記録を担当部署で照合いたします。')).toBe('pass');
  });
});

describe('ja: thanks for the anger itself fails calm-tone', () => {
  it.each([
    ['thanks for the angry essay', '2時間お並びいただいたうえ、お怒りの長文までありがとうございます🙇‍♂️ 視聴コードは来週水曜にお送りします。担当 石原', 'angry', 'fail'],
    ['thanks for the one-star rating', '星1つ、ご丁寧にありがとうございます。今回の配達料は返金いたします。担当 石原', 'angry', 'fail'],
    ['thanks for calling five times', '5回もお電話いただいたとのこと、大変熱心にありがとうございます。本日中に折り返しお電話いたします。担当 石原', 'angry', 'fail'],
    ['near miss: thanks for the photos, said plainly', 'お写真まで載せていただきありがとうございます。作り直しのうえ再配達いたします。担当 石原', 'angry', 'pass'],
    ['near miss: thanks for a polite note', 'こちらこそご丁寧にありがとうございます！またのご来店をお待ちしております。担当 石原', 'neutral', 'pass'],
  ] as const)('%s', (_name, text, persona, expected) => {
    expect(verdict('calm-tone', text, { persona })).toBe(expected);
  });
});

describe('ja: a pat on the head, or a reply shut with 「以上です」, fails calm-tone', () => {
  it.each([
    ['praise for coming at all', 'お待たせして申し訳ございません。お仕事を抜けてまで来てくださるなんて、偉いですね〜。次回は優先枠でお取りします。担当 石原', 'angry', 'fail'],
    ['praise for reading the bill', '毎月きちんと明細に目を通していらっしゃるとは、大変感心なお客様でいらっしゃいますね。担当部署で確認いたします。担当 石原', 'neutral', 'fail'],
    ['a reply shut with 以上です', 'ご指摘どうも。来月からポストを1台増設します。以上です。', 'neutral', 'fail'],
    ['near miss: 以上です mid-reply, before a kind close', 'ご案内は以上です。ご不明点があれば、いつでもDMでお知らせください。担当 石原', 'neutral', 'pass'],
  ] as const)('%s', (_name, text, persona, expected) => {
    expect(verdict('calm-tone', text, { persona })).toBe(expected);
  });

  it('shows the phrase as the evidence when the tables alone judge', () => {
    const text = 'ご指摘どうも。来月からポストを1台増設します。以上です。';
    const s = scoreReply({ ...ctx(text), persona: 'neutral' }, { secondOpinion: false });
    const f = s.findings.find((x) => x.rule === 'calm-tone')!;
    expect(f.verdict).toBe('fail');
    expect(text.slice(f.start ?? 0, f.end ?? 0)).toContain('以上です');
  });
});

describe('ja: an explanation announced, a list of conditions and a plea paid for', () => {
  it('passes no step for 「…についてご案内いたします」 followed by the conditions as ①②', () => {
    const text = 'お問い合わせいただきありがとうございます。適用条件についてご案内いたします。本キャンペーンは、① エントリーボタンを押していただくこと、② 定価の商品をご購入いただくこと、の2点が条件です。';
    expect(verdict('concrete-next-step', text)).toBe('fail');
  });

  it('still reads options offered as ①② as a remedy', () => {
    expect(verdict('concrete-next-step', '申し訳ございません。① 本日中の再発送、② 全額返金のいずれかをお選びください。担当 石原')).toBe('pass');
  });

  it('judges a plea about the post, in the sentence that pays for it, under no-review-incentive, not no-arguing', () => {
    const text = '承知いたしました。全額返金と3万円をお支払いしますので、口コミとSNSへの投稿はお控えいただけますと幸いです。';
    expect(verdict('no-arguing', text)).toBe('pass');
    expect(verdict('no-review-incentive', text)).toBe('fail');
    expect(verdict('no-arguing', '確認もせずに書き込むのはおやめください。担当 石原')).toBe('fail');
  });
});

describe('ja: what the customer was told beforehand, after 「ただ、」; pride set against the poster; idle time', () => {
  it.each([
    ['told before the treatment', 'ご不便をおかけしました。ただ、色が落ちやすい素材である旨、ご購入前にご説明しております。', 'fail'],
    ['asked at hand-over', '申し訳ございません。ただ、冷蔵で保管していただくよう、お渡しの際にもお願いしております。', 'fail'],
    ['near miss: the same reminder as what we will do', 'ご不便をおかけしました。次回からはお渡しの際にも保管方法をご説明いたします。担当 石原', 'pass'],
  ] as const)('no-arguing: %s', (_name, text, expected) => {
    expect(verdict('no-arguing', text)).toBe(expected);
  });

  it.each([
    ['pride in the service', '当院では全員が研修を受けており、受付の対応には自信を持っております。', 'fail'],
    ['a claim of worth', '当店は創業以来、地域の皆さまに支えられてきたと自負しております。', 'fail'],
    ['near miss: a recommendation', 'ご質問ありがとうございます。こちらの商品は自信を持っておすすめできます。担当 石原', 'pass'],
  ] as const)('no-arguing: %s', (_name, text, expected) => {
    expect(verdict('no-arguing', text, { persona: 'vague-rude' })).toBe(expected);
  });

  it.each([
    ['the poster told they have time to spare', 'そんなにお暇でしたら、もう一度お並びください笑', 'fail'],
    ['the company says it is busy', '順番にご対応しております。こちらも暇ではございませんので。', 'fail'],
    ['near miss: come when you are free', 'ご投稿ありがとうございます！お暇な時にぜひまたお越しください。担当 石原', 'pass'],
    ['near miss: a holiday', '長期休暇中のご不便、申し訳ございません。担当 石原', 'pass'],
  ] as const)('calm-tone: %s', (_name, text, expected) => {
    expect(verdict('calm-tone', text)).toBe(expected);
  });
});

describe('ja: a partner called 「…さん」 and blamed in casual words', () => {
  it.each([
    ['a slow courier', '遅くなってすみません！今回は運送会社さんがだいぶ遅れてたみたいで…', 'fail'],
    ['a factory', 'サイズが小さいのは、工場さんのほうで縫い方を変えちゃったせいでして…すみません！', 'fail'],
    ['near miss: taking the blame', '配達員さんのせいではなく、お渡しの際に確認しなかった当店のミスです。申し訳ございません。', 'pass'],
    ['near miss: the courier thanked', '配達員さんの丁寧なお仕事、社内でも共有します！ありがとうございます。', 'pass'],
  ] as const)('no-blame-shifting: %s', (_name, text, expected) => {
    expect(verdict('no-blame-shifting', text, { persona: 'joking' })).toBe(expected);
  });
});

describe('ja: the complaint belittled as what anyone could say', () => {
  it.each([
    ['anyone can complain', '悪口を書くだけなら誰でもできますよね。', 'fail'],
    ['say it after', '味のことは、実際に召し上がってから言っていただきたいですね。', 'fail'],
    ['near miss: anyone can use it', 'ご質問ありがとうございます。このアプリは初めての方でも誰でも簡単にお使いいただけます。担当 石原', 'pass'],
  ] as const)('calm-tone: %s', (_name, text, expected) => {
    expect(verdict('calm-tone', text, { persona: 'vague-rude' })).toBe(expected);
  });
});

describe('ja: the notice that untrue posts go to the platform is not a rebuttal', () => {
  it.each([
    ['the platform notice', '当店の野菜はすべて契約農家から仕入れております。なお、事実と異なる内容の拡散については、プラットフォームの規約に沿って報告させていただく場合があります。担当 石原', 'pass'],
    ['the same notice as a warning', 'これ以上書き込まれるようでしたら、事実と異なる内容としてプラットフォームに報告します。', 'fail'],
    ['untrue, told to the poster', '事実と異なる投稿はお控えください。', 'fail'],
  ] as const)('no-arguing: %s', (_name, text, expected) => {
    expect(verdict('no-arguing', text, { persona: 'malicious' })).toBe(expected);
  });
});

describe('ja: the customer named in public by what the company knows of them', () => {
  it.each([
    ['a contract', '先月ジムにご入会いただいた田中様ですよね。何があったか教えてください。', 'fail'],
    ['a habit', '毎週金曜に唐揚げ弁当を買っていかれる鈴木さんですよね！いつもありがとうございます。', 'fail'],
    ['near miss: asking who they are, privately', 'ご不便をおかけしました。お手数ですが、ご予約のお名前をDMでお知らせください。担当 石原', 'pass'],
  ] as const)('protect-privacy: %s', (_name, text, expected) => {
    expect(verdict('protect-privacy', text)).toBe(expected);
  });
});

describe('ja: the poster advised to take their custom elsewhere', () => {
  it.each([
    ['another shop recommended', 'そうおっしゃるなら、ほかのカフェをおすすめします。', 'fail'],
    ['another company to consider', 'ご不満でしたら他社様をご検討ください。', 'fail'],
    ['buy it at the supermarket', 'どうぞスーパーで買ってください。', 'fail'],
    ['near miss: a better plan offered', 'ご不便をおかけしました。データが足りない場合は、上位プランへの変更もおすすめです。担当 石原', 'pass'],
  ] as const)('no-arguing: %s', (_name, text, expected) => {
    expect(verdict('no-arguing', text, { persona: 'vague-rude' })).toBe(expected);
  });
});
