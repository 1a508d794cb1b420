import { describe, expect, it } from 'vitest';
import { LANGS, RULE_IDS } from '../../../../src/lib/scoring/contract.ts';
import { RULES_BY_ID, THREE_C_PARTS } from '../../../../src/lib/scoring/playbook.ts';
import { hasRuleTexts, loadRuleTexts, ruleTexts } from '../../../../src/lib/scoring/texts/index.ts';
import { en } from '../../../../src/lib/scoring/texts/en.ts';
import { ja } from '../../../../src/lib/scoring/texts/ja.ts';
import { zhTW } from '../../../../src/lib/scoring/texts/zh-TW.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule texts, one file per UI language', () => {
  it('are all loaded in Node, and loading one again gives the same table', async () => {
    for (const lang of LANGS) expect(hasRuleTexts(lang)).toBe(true);
    expect(await loadRuleTexts('ja')).toBe(ja);
    expect(ruleTexts('zh-TW')).toBe(zhTW);
  });

  it('word every rule in every language, with the same message codes and placeholders', () => {
    for (const texts of [en, zhTW, ja]) {
      expect(Object.keys(texts.rules), texts.lang).toEqual([...RULE_IDS]);
      for (const id of RULE_IDS) {
        const t = texts.rules[id];
        expect(t.name && t.explanation && t.tip, `${texts.lang} ${id}`).toBeTruthy();
        expect(Object.keys(t.messages).sort(), `${texts.lang} ${id}`).toEqual(Object.keys(en.rules[id].messages).sort());
        for (const [code, message] of Object.entries(t.messages)) expect(placeholders(message), `${texts.lang} ${id} ${code}`).toEqual(placeholders(en.rules[id].messages[code]!));
      }
    }
  });

  it('are what the playbook reads as `rule.text[lang]` and `THREE_C_PARTS[lang]`', () => {
    expect(RULES_BY_ID.empathy.text.ja).toBe(ja.rules.empathy);
    expect(RULES_BY_ID['three-c'].text.en.name).toBe('Crisis: the 3 Cs');
    expect(THREE_C_PARTS['zh-TW']).toBe(zhTW.threeC);
    expect(Object.keys(RULES_BY_ID['calm-tone'].text)).toEqual([...LANGS]);
  });
});
