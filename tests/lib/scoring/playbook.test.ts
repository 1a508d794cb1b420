import { describe, expect, it } from 'vitest';
import { LANGS, RULE_IDS, SOURCE_IDS } from '../../../src/lib/scoring/contract.ts';
import { RULES, SOURCES, resolveContext } from '../../../src/lib/scoring/playbook.ts';
import { JUDGES } from '../../../src/lib/scoring/rules.ts';
import { PACKS } from '../../../src/lib/scoring/detectors/index.ts';
import { CUES, ROLE_CUE } from '../../../src/lib/scoring/detectors/types.ts';
import { ruleApplies, scoreReply } from '../../../src/lib/scoring/score-reply.ts';

describe('the playbook as data', () => {
  it('defines and judges every rule id of the contract, in order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(Object.keys(JUDGES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('cites only known sources, each with a title', () => {
    for (const id of SOURCE_IDS) expect(SOURCES[id].title.length).toBeGreaterThan(5);
    for (const r of RULES) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) expect(SOURCE_IDS).toContain(s);
    }
  });

  it('has a name, explanation, tip and pass/fail messages in every UI language', () => {
    for (const r of RULES) {
      for (const lang of LANGS) {
        const t = r.text[lang];
        expect(t.name, `${r.id} ${lang}`).not.toBe('');
        expect(t.explanation.length, `${r.id} ${lang}`).toBeGreaterThan(20);
        expect(t.tip.length, `${r.id} ${lang}`).toBeGreaterThan(10);
        const codes = Object.keys(t.messages).sort();
        // Every language offers the same message codes as English.
        expect(codes, `${r.id} ${lang}`).toEqual(Object.keys(r.text.en.messages).sort());
        expect(codes.some((c) => c.startsWith('pass'))).toBe(true);
        expect(codes.some((c) => c.startsWith('fail'))).toBe(true);
      }
    }
  });

  it('has a message for every reason a judge gives', () => {
    const texts = ['', 'Ok.', 'Sorry if you were upset!!!', 'Thanks, — The Team', 'I passed it to our legal team.'];
    for (const text of texts) {
      for (const persona of ['angry', 'vague-rude', 'malicious', 'joking', 'neutral'] as const) {
        const base = { lang: 'en' as const, persona, channel: 'public' as const, text, canGrant: false, sensitive: true, needsEscalation: true, crisis: true, elapsedMinutes: 90 };
        const c = resolveContext(base);
        for (const rule of RULES) {
          if (!ruleApplies(rule, c)) continue;
          for (const lang of LANGS) {
            const f = scoreReply(base, { uiLang: lang }).findings.find((x) => x.rule === rule.id);
            expect(f, `${rule.id}`).toBeDefined();
            const reason = Object.values(rule.text[lang].messages);
            // The message is one of the rule's texts, with placeholders filled in.
            expect(f!.message).not.toMatch(/\{\w+\}/);
            expect(reason.some((m) => m.split('{')[0]!.length === 0 || f!.message.startsWith(m.split('{')[0]!))).toBe(true);
          }
        }
      }
    }
  });
});

describe('language packs', () => {
  it('registers a pack for every language', () => {
    for (const lang of LANGS) expect(PACKS[lang].lang).toBe(lang);
  });

  it('lists every cue in every registered pack, with unique ids and flag-free patterns', () => {
    for (const lang of LANGS) {
      const pack = PACKS[lang];
      expect(Object.keys(pack.cues).sort(), lang).toEqual([...CUES].sort());
      const ids = new Set<string>();
      for (const cue of CUES) {
        for (const e of pack.cues[cue]) {
          expect(ids.has(e.id), `${lang} duplicate id ${e.id}`).toBe(false);
          ids.add(e.id);
          expect(e.pattern.flags, e.id).not.toMatch(/[gy]/);
          expect(e.note.length, e.id).toBeGreaterThan(0);
        }
      }
    }
  });

  it('gives roles only to entries of the cue the role belongs to, and uses each role in every pack', () => {
    for (const lang of LANGS) {
      const used = new Set<string>();
      for (const cue of CUES) {
        for (const e of PACKS[lang].cues[cue]) {
          if (!e.role) continue;
          expect(ROLE_CUE[e.role], e.id).toBe(cue);
          used.add(e.role);
        }
      }
      expect(used.has('defensive'), lang).toBe(true);
    }
    expect(PACKS.en.cues.conditionalLink.some((e) => e.role === 'exchange')).toBe(true);
  });

  it('gives the English pack entries for every cue', () => {
    for (const cue of CUES) expect(PACKS.en.cues[cue].length, cue).toBeGreaterThan(0);
  });
});
