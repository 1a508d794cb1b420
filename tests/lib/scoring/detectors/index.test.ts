import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../../src/lib/scoring/contract.ts';
import { PACKS, hasPack, loadPack, loadPacksFor, packLangsFor, packsFor } from '../../../../src/lib/scoring/detectors/index.ts';

describe('the language-pack registry', () => {
  it('has every pack in Node, and loading one again gives the same pack', async () => {
    for (const lang of LANGS) {
      expect(hasPack(lang)).toBe(true);
      expect(await loadPack(lang)).toBe(PACKS[lang]);
    }
    await expect(loadPacksFor('en', '「申し訳ございません」と書きました')).resolves.toBeUndefined();
  });

  it('reads a reply with its own language first, then the languages it visibly mixes in', () => {
    expect(packLangsFor('en', 'Sorry about that!')).toEqual(['en']);
    expect(packLangsFor('zh-TW', 'Sorry 真係好抱歉, we will fix it today')).toEqual(['zh-TW', 'en']);
    expect(packLangsFor('en', 'We wrote 「申し訳ございません」 to them')).toEqual(['en', 'ja']);
    expect(packLangsFor('en', 'We wrote 「非常抱歉」 to them')).toEqual(['en', 'zh-TW']);
    expect(packLangsFor('ja', 'CS TEAM: 申し訳ございません')).toEqual(['ja']);
    expect(packsFor('zh-TW', 'Sorry 真係好抱歉, we will fix it today').map((p) => p.lang)).toEqual(['zh-TW', 'en']);
  });
});
