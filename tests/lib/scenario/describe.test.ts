import { beforeAll, describe, expect, it } from 'vitest';
import { describeCondition } from '../../../src/lib/scenario/describe.ts';
import { parseCondition } from '../../../src/lib/scenario/expressions.ts';
import { loadTable } from '../../../src/lib/i18n/index.ts';

const cond = (text: string) => {
  const r = parseCondition(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

beforeAll(async () => {
  await loadTable('zh-TW');
  await loadTable('ja');
});

describe('describeCondition', () => {
  it('names rules, verdicts and the built-in variables in words', () => {
    expect(describeCondition(cond('no-blame-shifting=fail'), 'en')).toBe('“Own it” was missed');
    expect(describeCondition(cond('empathy=pass and score >= 60'), 'en')).toBe('“Acknowledge the feeling” was done and the reply score is at least 60');
    expect(describeCondition(cond('mood < 15'), 'en')).toBe('the customer’s mood is below 15');
    expect(describeCondition(cond('two-alternatives=n/a'), 'en')).toContain('did not apply');
  });

  it('keeps the grouping of a mix of "and" and "or" visible, and brackets what "not" negates', () => {
    expect(describeCondition(cond('(take-private=pass or score > 80) and not askedToDelete'), 'en')).toBe(
      '(“Respond publicly, resolve privately” was done or the reply score is above 80) and not (“askedToDelete” is set)',
    );
    expect(describeCondition(cond('take-private=pass or score > 80 or mood = 3'), 'en')).not.toContain('(');
  });

  it('speaks the trainee’s language, with numbers in its format', () => {
    expect(describeCondition(cond('take-private=fail and reputation <= 1000'), 'zh-TW')).toMatch(/^「.+」沒做到,而且大眾對品牌的觀感不超過1,000$/);
    expect(describeCondition(cond('score >= 70'), 'ja')).toBe('返信のスコアが70以上');
  });
});
