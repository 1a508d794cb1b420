import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dir.ts';
import { corpusFiles, isHeldOut, isProbe, isValidation, readCorpusFile, readingLearnsFrom, readLibraryPins } from '../../src/cli/corpus-files.ts';

describe('corpusFiles', () => {
  it('lists <lang>.<part>.jsonl files by language, held-out parts last, and passes over anything else', () => {
    const dir = tempDir('corpus-files');
    for (const name of ['ja.dev-b.jsonl', 'en.heldout.jsonl', 'zh-TW.probe.jsonl', 'en.dev.jsonl', 'en.probe-2.jsonl', 'README.md', 'xx.dev.jsonl', 'en.Dev.jsonl']) writeFileSync(join(dir, name), '');
    mkdirSync(join(dir, 'second-labeller'));
    expect(corpusFiles(dir).map((f) => `${f.lang}/${f.part}`)).toEqual(['en/dev', 'en/probe-2', 'en/heldout', 'zh-TW/probe', 'ja/dev-b']);
    expect(corpusFiles(join(dir, 'missing'))).toEqual([]);
  });

  it('reads a probe part as one that labels only some rules', () => {
    const dir = tempDir('corpus-files');
    const line = JSON.stringify({ lang: 'en', persona: 'angry', channel: 'public', text: 'You idiot.', gold: { 'calm-tone': 'fail' } });
    writeFileSync(join(dir, 'en.probe.jsonl'), line);
    writeFileSync(join(dir, 'en.dev.jsonl'), line);
    const [dev, probe] = corpusFiles(dir);
    expect(readCorpusFile(probe!).items).toHaveLength(1);
    expect(readCorpusFile(dev!).errors).toHaveLength(1);
    expect([isHeldOut('heldout-4'), isHeldOut('dev'), isProbe('probe-3'), isProbe('dev-i')]).toEqual([true, false, true, false]);
    expect([isValidation('val-2'), isValidation('dev-k'), isValidation('heldout')]).toEqual([true, false, false]);
  });

  it('keeps the Japanese probe-4 … probe-6, probe-8, dev-cc … dev-ff and dev-hh … dev-kk, the English dev-ee, dev-ii … dev-nn, probe-9, probe-12 and probe-13 and the Chinese dev-dd from the learned reading, and only them', () => {
    const trained = corpusFiles().filter((f) => !isHeldOut(f.part) && !isValidation(f.part));
    const unread = trained.filter((f) => !readingLearnsFrom(f)).map((f) => `${f.lang}.${f.part}`);
    expect(unread.sort()).toEqual(
      ['en.dev-ee', 'en.dev-ii', 'en.dev-jj', 'en.dev-kk', 'en.dev-ll', 'en.dev-mm', 'en.dev-nn', 'en.probe-9', 'en.probe-12', 'en.probe-13', 'ja.dev-cc', 'ja.dev-dd', 'ja.dev-ee', 'ja.dev-ff', 'ja.dev-hh', 'ja.dev-ii', 'ja.dev-jj', 'ja.dev-kk', 'ja.probe-4', 'ja.probe-5', 'ja.probe-6', 'ja.probe-8', 'zh-TW.dev-dd'].sort(),
    );
    // Every other development and probe part is read, the Japanese probe-7, probe-10, probe-11 and dev-gg and the English probe-10 among them.
    expect(trained.length - unread.length).toBeGreaterThan(100);
    expect([readingLearnsFrom({ lang: 'ja', part: 'probe-7' }), readingLearnsFrom({ lang: 'ja', part: 'dev-gg' }), readingLearnsFrom({ lang: 'en', part: 'probe-10' }), readingLearnsFrom({ lang: 'ja', part: 'probe-10' }), readingLearnsFrom({ lang: 'ja', part: 'probe-11' })]).toEqual([true, true, true, true, true]);
  });
});

describe('readLibraryPins', () => {
  const good = new URL('../fixtures/scenarios/good/scenario.md', import.meta.url);

  it('reads every pinned verdict of the library in a language, in its beat\'s context, with its line', () => {
    const dir = tempDir('library');
    mkdirSync(join(dir, 'en'));
    copyFileSync(good, join(dir, 'en', 'good.md'));
    writeFileSync(join(dir, 'README.md'), '# Not a scenario');
    const { items, errors } = readLibraryPins('en', dir);
    expect(errors).toEqual([]);
    expect(items.map((i) => [i.line, i.gold])).toEqual([
      [41, { empathy: 'pass', 'take-private': 'pass' }],
      [62, { 'no-review-incentive': 'fail' }],
    ]);
    expect(items[1]!.context).toMatchObject({ lang: 'en', channel: 'public', text: "We'll send a voucher if you delete this post." });
    expect(readLibraryPins('ja', dir).items).toEqual([]);
    expect(readLibraryPins('en', join(dir, 'missing'))).toEqual({ items: [], errors: [] });
  });

  it('reports a library file that does not load at its first error, so that its pins are not silently dropped', () => {
    const dir = tempDir('library');
    writeFileSync(join(dir, 'broken.md'), '---\nlang: en\n---\n\n## opening\n@customer: Hi\n\n### Reply → nowhere\n> Hello.\n');
    const { items, errors } = readLibraryPins('en', dir);
    expect(items).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: join(dir, 'broken.md') });
    expect(errors[0]!.line).toBeGreaterThan(0);
  });
});
