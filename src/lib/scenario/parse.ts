import { Lexer, type Token, type Tokens } from 'marked';
import { CHANNELS, isPersona, type Channel } from '../scoring/contract.ts';
import { closest, diagnostic, type Diagnostic, type DiagnosticCode } from './diagnostics.ts';
import {
  conditionUsesVerdicts,
  parseCondition,
  parseDuration,
  parseEffects,
  parseExpectations,
} from './expressions.ts';
import { hintFromRule, readFrontMatter, slug, type MetaDraft } from './front-matter.ts';
import { OUTCOMES, SPEAKERS, type Beat, type Choice, type Example, type Message, type Outcome, type Span } from './model.ts';
import { SourceText } from './source.ts';

/** Files above this size are refused with a diagnostic instead of being parsed. */
export const MAX_FILE_BYTES = 4_000_000;
/** Quote or list nesting deeper than this is refused: no scenario needs it, and it costs the parser dearly. */
const MAX_NESTING = 16;

/** A beat as parsed, before defaults from the metadata are known. */
export interface BeatDraft extends Omit<Beat, 'persona' | 'channel' | 'targetMinutes'> {
  persona?: Beat['persona'];
  channel?: Channel;
  targetMinutes?: number;
  /** Where each arrow's target is written, for diagnostics. */
  targetSpans: { target: string; span: Span }[];
}

/** What the parser makes of a file: the parts it could read, and every problem. */
export interface ParsedFile {
  file: string;
  source: SourceText;
  meta?: MetaDraft;
  briefing: string;
  beats: BeatDraft[];
  diagnostics: Diagnostic[];
}

/** Where each effect is written, so type errors found later point at the effect itself. */
export const effectSpans = new WeakMap<object, Span>();

/** Choices and messages whose author set a channel; the rest take the beat's channel when the file is built. */
export const explicitChannel = new WeakSet<object>();

const BEAT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const BRIEFING_TITLES = new Set(['briefing', '簡報', '任務簡報', 'ブリーフィング']);
const BEAT_KEYS = new Set(['context', 'channel', 'persona', 'targetminutes', 'after', 'when', 'outcome', 'title']);
const CHOICE_KEYS = new Set(['effects', 'feedback', 'expect', 'channel']);
const KEY_LINE = /^([A-Za-z][A-Za-z]*)\s*:\s?(.*)$/;
const MESSAGE_LINE = /^@([A-Za-z][\w-]*)(?:\(([^)]*)\))?([^:]*):\s?(.*)$/;
const ARROW = /\s*(?:→|->)\s*/;
const OPTION_HEADING = /^(reply|no reply|free text|example)\s*(?:(?:→|->)\s*(.*))?$/i;

/**
 * Parse a scenario file into drafts with positions. Pure: takes the text, never reads files, never throws
 * on author input. Keeps going after a problem so one pass reports them all.
 */
export function parseFile(raw: string, file: string): ParsedFile {
  const diagnostics: Diagnostic[] = [];
  const empty = (source: SourceText): ParsedFile => ({ file, source, briefing: '', beats: [], diagnostics });

  if (raw.length > MAX_FILE_BYTES) {
    const source = new SourceText('');
    diagnostics.push(
      diagnostic('file_too_large', file, source.span(0), `The file is ${(raw.length / 1_000_000).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1_000_000} MB.`),
    );
    return empty(source);
  }
  const source = new SourceText(raw);
  const text = source.text;

  const deep = findDeepNesting(text);
  if (deep !== -1) {
    diagnostics.push(diagnostic('file_too_deep', file, source.lineSpan(deep), `Quotes, lists or brackets are nested more than ${MAX_NESTING} levels deep here.`));
    return empty(source);
  }

  // Front matter: `---` on the first line, YAML, `---`.
  let bodyStart = 0;
  let meta: MetaDraft | undefined;
  if (!/^---[ \t]*(\n|$)/.test(text)) {
    diagnostics.push(diagnostic('frontmatter_missing', file, source.lineSpan(0), 'The file does not start with front matter (`---`).'));
  } else {
    const close = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
    if (!close) {
      diagnostics.push(diagnostic('frontmatter_unclosed', file, source.lineSpan(0), 'The front matter is never closed.'));
      return empty(source);
    }
    const yamlStart = text.indexOf('\n') + 1;
    const yamlEnd = 3 + close.index + 1;
    const result = readFrontMatter(source, file, yamlStart, yamlEnd);
    diagnostics.push(...result.diagnostics);
    meta = result.meta;
    bodyStart = 3 + close.index + close[0].length;
  }

  const walker = new BodyWalker(source, file, diagnostics);
  walker.walk(bodyStart);
  return { file, source, meta, briefing: walker.briefing.join('\n\n').trim(), beats: walker.beats, diagnostics };
}

/** A line that opens more than MAX_NESTING containers (`>`, `-`, `*`, `+`, `1.`) at its start, or is indented that deep. */
const DEEP_LINE = new RegExp(`^(?:[ \\t]*(?:>|[-*+][ \\t]|\\d{1,9}[.)][ \\t])){${MAX_NESTING + 1}}|^[ \\t]{${MAX_NESTING * 8},}\\S`, 'm');

/**
 * Offset of the first line nested too deeply, or -1. Guards marked and yaml from pathological input
 * (a regex scan: linear, and far faster than walking characters in script).
 */
function findDeepNesting(text: string): number {
  const line = DEEP_LINE.exec(text);
  if (line) return line.index;
  // Flow collections (`[[[[…`) nest in YAML; count brackets only where there are many.
  let depth = 0;
  const brackets = /[[\]{}]/g;
  for (let m = brackets.exec(text); m; m = brackets.exec(text)) {
    const c = m[0];
    if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING * 4) return m.index;
    } else depth = Math.max(0, depth - 1);
  }
  return -1;
}

type Section =
  | { kind: 'preamble' }
  | { kind: 'briefing' }
  | { kind: 'beat'; beat: BeatDraft }
  | { kind: 'reply'; beat: BeatDraft; choice: Choice; lastKey?: string; headingSpan: Span }
  | { kind: 'freetext'; beat: BeatDraft; headingSpan: Span; sawList: boolean }
  | { kind: 'example'; beat: BeatDraft; example: Example; headingSpan: Span; sawExpect: boolean }
  | { kind: 'ignored' };

class BodyWalker {
  readonly briefing: string[] = [];
  readonly beats: BeatDraft[] = [];
  private section: Section = { kind: 'preamble' };
  private sawBriefing = false;

  constructor(
    private readonly source: SourceText,
    private readonly file: string,
    private readonly diagnostics: Diagnostic[],
  ) {}

  private report(code: DiagnosticCode, span: Span, message: string, hint?: string): void {
    this.diagnostics.push(diagnostic(code, this.file, span, message, hint));
  }

  walk(bodyStart: number): void {
    const body = this.source.text.slice(bodyStart);
    // Block tokens only: inline Markdown is rendered later, and marked's inline pass is most of its cost.
    const tokens = new Lexer({ gfm: true }).blockTokens(body, []);
    let offset = bodyStart;
    for (const token of tokens) {
      // Tokens' raw texts concatenate to the body; fall back to a search should marked ever normalise one.
      let at = offset;
      if (this.source.text.startsWith(token.raw, offset) === false) {
        const found = this.source.text.indexOf(token.raw, offset);
        if (found !== -1) at = found;
      }
      this.token(token, at);
      offset = at + token.raw.length;
    }
    this.closeSection();
    if (!this.sawBriefing) this.report('briefing_missing', this.source.span(bodyStart), 'The scenario has no `# Briefing` section.');
  }

  private token(token: Token, at: number): void {
    if (token.type === 'space') return;
    if (token.type === 'heading') return this.heading(token as Tokens.Heading, at);
    const s = this.section;
    switch (s.kind) {
      case 'preamble':
        this.report('content_outside_beat', this.source.lineSpan(at), 'Text before `# Briefing` is ignored.');
        return;
      case 'ignored':
        return;
      case 'briefing':
        this.briefing.push(token.raw.trim());
        return;
      case 'beat':
        if (token.type === 'paragraph') return this.beatParagraph(s.beat, token.raw, at);
        s.beat.narration.push(token.raw.trim());
        return;
      case 'reply':
        if (token.type === 'blockquote') {
          const quote = unquote(token.raw);
          s.choice.text = s.choice.text ? `${s.choice.text}\n\n${quote}` : quote;
          if (s.choice.silent) this.report('silence_has_text', this.source.lineSpan(at), 'A "No reply" option has a quoted reply.');
          return;
        }
        if (token.type === 'paragraph') return this.choiceParagraph(s, token.raw, at);
        this.report('content_outside_beat', this.source.lineSpan(at), 'Only a quote and key lines belong under a reply option.');
        return;
      case 'freetext':
        if (token.type === 'list') {
          s.sawList = true;
          return this.freeTextList(s.beat, token as Tokens.List, at);
        }
        this.report('freetext_rule_syntax', this.source.lineSpan(at), 'Free-text rules must be a list: `- condition → beat-id`.');
        return;
      case 'example':
        if (token.type === 'blockquote') {
          const quote = unquote(token.raw);
          s.example.text = s.example.text ? `${s.example.text}\n\n${quote}` : quote;
          return;
        }
        if (token.type === 'paragraph') return this.exampleParagraph(s, token.raw, at);
        this.report('content_outside_beat', this.source.lineSpan(at), 'Only a quote and `expect:` belong under an example.');
        return;
    }
  }

  private closeSection(): void {
    const s = this.section;
    if (s.kind === 'reply') {
      if (!s.choice.silent && s.choice.text.trim() === '')
        this.report('choice_text_missing', s.headingSpan, 'This reply option has no quoted reply text.');
      if (s.choice.feedback.trim() === '') this.report('choice_feedback_missing', s.headingSpan, 'This option has no coaching `feedback:`.');
      s.choice.feedback = s.choice.feedback.trim();
    } else if (s.kind === 'example') {
      if (s.example.text.trim() === '') this.report('example_text_missing', s.headingSpan, 'This example has no quoted reply.');
      else if (!s.sawExpect) this.report('example_expect_missing', s.headingSpan, 'This example pins no verdicts.');
      if (s.example.text.trim() !== '') s.beat.examples.push(s.example);
    } else if (s.kind === 'freetext') {
      if (!s.sawList) this.report('freetext_rule_syntax', s.headingSpan, 'This free-text turn has no rules.');
      else if (!s.beat.freeText.some((r) => r.when === null))
        this.report('freetext_fallback_missing', s.headingSpan, 'The free-text rules have no `otherwise` fallback.');
    }
  }

  private heading(token: Tokens.Heading, at: number): void {
    this.closeSection();
    const span = this.source.span(at, at + token.raw.trimEnd().length);
    const text = token.text.trim();
    if (token.depth === 1) {
      if (BRIEFING_TITLES.has(text.toLowerCase())) {
        this.sawBriefing = true;
        this.section = { kind: 'briefing' };
      } else {
        this.report('heading_unexpected', span, `The heading \`# ${text}\` has no meaning here; its section is ignored.`, 'Use `# Briefing`, then `## beat-id` for beats.');
        this.section = { kind: 'ignored' };
      }
      return;
    }
    if (token.depth === 2) {
      const idSpan = this.source.span(at + token.raw.indexOf(text), at + token.raw.indexOf(text) + text.length);
      if (!BEAT_ID.test(text)) this.report('beat_id_invalid', idSpan, `\`${text}\` is not a valid beat id.`, `Try \`## ${slug(text)}\`.`);
      const beat: BeatDraft = {
        id: BEAT_ID.test(text) ? text : slug(text),
        title: '',
        context: { canGrant: true, sensitive: false, needsEscalation: false, crisis: false },
        messages: [],
        narration: [],
        choices: [],
        freeText: [],
        timers: [],
        jumps: [],
        examples: [],
        debrief: '',
        span: idSpan,
        targetSpans: [],
      };
      this.beats.push(beat);
      this.section = { kind: 'beat', beat };
      return;
    }
    if (token.depth === 3) {
      const beat = this.currentBeat();
      if (!beat) {
        this.report('option_outside_beat', span, 'This option is not under a beat.');
        this.section = { kind: 'ignored' };
        return;
      }
      const m = OPTION_HEADING.exec(text);
      if (!m) {
        this.report('option_unknown', span, `\`### ${text}\` is not an option heading.`);
        this.section = { kind: 'beat', beat };
        return;
      }
      const kind = m[1]!.toLowerCase();
      const rawTarget = m[2]?.trim() ?? '';
      const targetAt = at + token.raw.lastIndexOf(rawTarget || text);
      if (kind === 'reply' || kind === 'no reply') {
        if (!rawTarget || !BEAT_ID.test(rawTarget.replace(/`/g, ''))) {
          this.report('target_syntax', span, rawTarget ? `\`${rawTarget}\` is not a beat id.` : 'This option has no `→ beat-id`.');
        }
        const target = rawTarget.replace(/`/g, '');
        const choice: Choice = {
          index: beat.choices.length,
          text: '',
          silent: kind === 'no reply',
          target,
          channel: beat.channel ?? 'public',
          effects: [],
          feedback: '',
          expect: {},
          span,
        };
        beat.choices.push(choice);
        if (target) beat.targetSpans.push({ target, span: this.source.span(targetAt, targetAt + rawTarget.length) });
        this.section = { kind: 'reply', beat, choice, headingSpan: span };
      } else if (kind === 'free text') {
        if (beat.freeText.length > 0) this.report('key_duplicate', span, 'This beat already has a free-text turn; its rules are added to the first.');
        this.section = { kind: 'freetext', beat, headingSpan: span, sawList: false };
      } else {
        this.section = { kind: 'example', beat, example: { text: '', expect: {}, span }, headingSpan: span, sawExpect: false };
      }
      return;
    }
    this.report('heading_unexpected', span, `A level-${token.depth} heading has no meaning in a scenario.`);
  }

  private currentBeat(): BeatDraft | undefined {
    const s = this.section;
    return 'beat' in s ? s.beat : undefined;
  }

  /** Lines of a paragraph with their offsets. */
  private lines(raw: string, at: number): { line: string; at: number }[] {
    const out: { line: string; at: number }[] = [];
    let offset = at;
    for (const line of raw.replace(/\n+$/, '').split('\n')) {
      out.push({ line, at: offset });
      offset += line.length + 1;
    }
    return out;
  }

  private beatParagraph(beat: BeatDraft, raw: string, at: number): void {
    let message: Message | undefined;
    let narration: string[] = [];
    const flushNarration = () => {
      if (narration.length) beat.narration.push(narration.join('\n'));
      narration = [];
    };
    for (const { line, at: lineAt } of this.lines(raw, at)) {
      if (line.startsWith('@')) {
        flushNarration();
        message = this.message(beat, line, lineAt);
        continue;
      }
      const key = KEY_LINE.exec(line);
      if (key && BEAT_KEYS.has(key[1]!.toLowerCase())) {
        flushNarration();
        message = undefined;
        this.beatKey(beat, key[1]!.toLowerCase(), key[2]!, lineAt, lineAt + line.length - key[2]!.length);
        continue;
      }
      // A misspelt key (`contxt:`) is reported rather than silently read as message text or narration.
      const guess = key && /^[a-z]/.test(key[1]!) ? closest(key[1]!.toLowerCase(), BEAT_KEYS) : undefined;
      if (key && guess) {
        this.report('key_unknown', this.source.span(lineAt, lineAt + key[1]!.length), `\`${key[1]}\` is not a beat key.`, `Did you mean \`${guess}\`?`);
        message = undefined;
        continue;
      }
      if (message) {
        message.text += `\n${line}`;
        message.span = { start: message.span.start, end: this.source.point(lineAt + line.length) };
        continue;
      }
      narration.push(line);
    }
    flushNarration();
  }

  private message(beat: BeatDraft, line: string, at: number): Message | undefined {
    const span = this.source.span(at, at + line.length);
    const m = MESSAGE_LINE.exec(line);
    if (!m) {
      this.report('message_syntax', span, 'This `@` line is not a message.');
      return undefined;
    }
    const speaker = m[1]!.toLowerCase();
    if (!(SPEAKERS as readonly string[]).includes(speaker) || speaker === 'trainee') {
      const guess = closest(speaker, SPEAKERS.filter((s) => s !== 'trainee'));
      this.report('message_speaker_unknown', this.source.span(at, at + 1 + m[1]!.length), `\`@${m[1]}\` is not a speaker.`, guess ? `Did you mean \`@${guess}\`?` : undefined);
      return undefined;
    }
    let delay = 0;
    let channel: Channel | undefined;
    const modifiersAt = at + 1 + m[1]!.length + (m[2] !== undefined ? m[2].length + 2 : 0);
    let cursor = 0;
    for (const word of m[3]!.split(/(\s+)/)) {
      const wordAt = modifiersAt + cursor;
      cursor += word.length;
      if (word.trim() === '') continue;
      if (word.startsWith('+')) {
        const d = parseDuration(word.slice(1));
        if (d.ok) delay = d.value;
        else this.report('number_invalid', this.source.span(wordAt, wordAt + word.length), `\`${word}\` is not a delay such as \`+5m\`.`);
      } else if ((CHANNELS as readonly string[]).includes(word)) channel = word as Channel;
      else this.report('message_syntax', this.source.span(wordAt, wordAt + word.length), `\`${word}\` is neither a delay (\`+5m\`) nor a channel.`);
    }
    if (m[4]!.trim() === '') this.report('message_empty', span, 'This message has no text.');
    const msg: Message = {
      speaker: speaker as Message['speaker'],
      channel: channel ?? (speaker === 'colleague' || speaker === 'supervisor' ? 'private' : (beat.channel ?? 'public')),
      delay,
      text: m[4]!.trim(),
      span,
    };
    if (channel || speaker === 'colleague' || speaker === 'supervisor') explicitChannel.add(msg);
    if (m[2] !== undefined && m[2].trim()) msg.name = m[2].trim();
    beat.messages.push(msg);
    return msg;
  }

  private beatKey(beat: BeatDraft, key: string, value: string, lineAt: number, valueAt: number): void {
    // Spans cost allocations and a search; most keys never need theirs.
    const span = () => this.source.span(valueAt, valueAt + value.length);
    const at = (parsed: { at: number }, width = 1) => this.source.span(valueAt + parsed.at, valueAt + parsed.at + width);
    switch (key) {
      case 'context': {
        for (const part of value.split(',')) {
          const flag = part.trim();
          const partAt = valueAt + value.indexOf(part) + (part.length - part.trimStart().length);
          const m = /^(canGrant|sensitive|needsEscalation|crisis)(?:\s*=\s*(true|false))?$/.exec(flag);
          if (!m) {
            const guess = closest(flag.split('=')[0]!.trim(), ['canGrant', 'sensitive', 'needsEscalation', 'crisis']);
            this.report('context_syntax', this.source.span(partAt, partAt + flag.length), `\`${flag}\` is not a context flag.`, guess ? `Did you mean \`${guess}\`?` : undefined);
            continue;
          }
          beat.context[m[1] as keyof Beat['context']] = m[2] ? m[2] === 'true' : m[1] !== 'canGrant';
          if (m[1] === 'canGrant' && !m[2]) beat.context.canGrant = true;
        }
        return;
      }
      case 'channel': {
        const v = value.trim();
        if ((CHANNELS as readonly string[]).includes(v)) {
          beat.channel = v as Channel;
        } else this.report('channel_unknown', span(), `\`${v}\` is not a channel.`);
        return;
      }
      case 'persona': {
        const v = value.trim();
        if (isPersona(v)) beat.persona = v;
        else this.report('persona_unknown', span(), `\`${v}\` is not a persona.`);
        return;
      }
      case 'targetminutes': {
        const n = Number(value.trim().replace(/m$/, ''));
        if (Number.isFinite(n) && n > 0) beat.targetMinutes = n;
        else this.report('number_invalid', span(), `\`${value.trim()}\` is not a number of minutes.`);
        return;
      }
      case 'title':
        beat.title = value.trim();
        return;
      case 'outcome': {
        const v = value.trim();
        if ((OUTCOMES as readonly string[]).includes(v)) beat.outcome = v as Outcome;
        else {
          const guess = closest(v, OUTCOMES);
          this.report('outcome_unknown', span(), `\`${v}\` is not an outcome.`, guess ? `Did you mean \`${guess}\`?` : undefined);
          beat.outcome = 'lost';
        }
        return;
      }
      case 'after': {
        const [duration, target, ...extra] = value.split(ARROW);
        if (target === undefined || extra.length > 0 || !target.trim()) {
          this.report('timer_syntax', span(), 'This timer has no `→ beat-id`.');
          return;
        }
        const d = parseDuration(duration!);
        if (!d.ok) {
          this.report('timer_syntax', this.source.span(valueAt, valueAt + duration!.length), d.error[0]!.toUpperCase() + d.error.slice(1) + '.');
          return;
        }
        const t = target.trim();
        const targetAt = valueAt + value.lastIndexOf(t);
        if (beat.timers.some((x) => x.minutes === d.value)) this.report('timer_duplicate', span(), `Two timers fire after ${d.value} minutes.`);
        beat.timers.push({ minutes: d.value, target: t, span: this.source.span(lineAt, valueAt + value.length) });
        beat.targetSpans.push({ target: t, span: this.source.span(targetAt, targetAt + t.length) });
        return;
      }
      case 'when': {
        const [condText, target, ...extra] = value.split(ARROW);
        if (target === undefined || extra.length > 0 || !target.trim()) {
          this.report('condition_syntax', span(), 'This condition has no `→ beat-id`.');
          return;
        }
        const c = parseCondition(condText!);
        if (!c.ok) {
          this.report('condition_syntax', at(c), capitalise(c.error) + '.');
          return;
        }
        if (conditionUsesVerdicts(c.value)) {
          this.report('condition_verdict_misplaced', this.source.span(valueAt, valueAt + condText!.length), 'A `when:` condition cannot read verdicts: there is no reply to grade here.');
          return;
        }
        const t = target.trim();
        const targetAt = valueAt + value.lastIndexOf(t);
        beat.jumps.push({ when: c.value, source: condText!.trim(), target: t, span: this.source.span(valueAt, valueAt + condText!.length) });
        beat.targetSpans.push({ target: t, span: this.source.span(targetAt, targetAt + t.length) });
        return;
      }
    }
  }

  private choiceParagraph(s: Extract<Section, { kind: 'reply' }>, raw: string, at: number): void {
    for (const { line, at: lineAt } of this.lines(raw, at)) {
      const key = KEY_LINE.exec(line);
      const name = key?.[1]!.toLowerCase();
      if (key && name && CHOICE_KEYS.has(name)) {
        const value = key[2]!;
        const valueAt = lineAt + line.length - value.length;
        s.lastKey = name;
        this.choiceKey(s.choice, name, value, valueAt);
        continue;
      }
      if (key && name && narrationLooksLikeKey(name) && s.lastKey !== 'feedback') {
        const guess = closest(name, CHOICE_KEYS);
        this.report('key_unknown', this.source.span(lineAt, lineAt + key[1]!.length), `\`${key[1]}\` is not an option key.`, guess ? `Did you mean \`${guess}\`?` : 'Option keys: effects, feedback, expect, channel.');
        continue;
      }
      // Prose continues the feedback: coaching often runs to a few lines.
      s.choice.feedback += (s.choice.feedback ? '\n' : '') + line.trim();
      s.lastKey = 'feedback';
    }
    s.choice.feedback += '\n\n';
  }

  private choiceKey(choice: Choice, key: string, value: string, valueAt: number): void {
    const span = () => this.source.span(valueAt, valueAt + value.length);
    switch (key) {
      case 'effects': {
        const e = parseEffects(value);
        if (e.ok) {
          const valueSpan = span();
          for (const effect of e.value) effectSpans.set(effect, valueSpan);
          choice.effects.push(...e.value);
        }
        else this.report('effect_syntax', this.source.span(valueAt + e.at, valueAt + value.length), capitalise(e.error) + '.');
        return;
      }
      case 'feedback':
        choice.feedback += (choice.feedback.trim() ? '\n' : '') + value.trim();
        return;
      case 'expect':
        this.pins(value, valueAt, choice.expect);
        return;
      case 'channel': {
        const v = value.trim();
        if ((CHANNELS as readonly string[]).includes(v)) choice.channel = v as Channel;
        else this.report('channel_unknown', span(), `\`${v}\` is not a channel.`);
        explicitChannel.add(choice);
        return;
      }
    }
  }

  private pins(value: string, valueAt: number, into: Record<string, string>): void {
    const p = parseExpectations(value);
    if (p.ok) {
      Object.assign(into, p.value);
      return;
    }
    const bad = /`([^`]*)` is not a playbook rule id/.exec(p.error);
    const hint = bad ? hintFromRule(bad[1]!) : undefined;
    this.report(bad ? 'rule_unknown' : 'expect_syntax', this.source.span(valueAt + p.at, valueAt + value.length), capitalise(p.error) + '.', hint);
  }

  private exampleParagraph(s: Extract<Section, { kind: 'example' }>, raw: string, at: number): void {
    for (const { line, at: lineAt } of this.lines(raw, at)) {
      const key = KEY_LINE.exec(line);
      if (key && key[1]!.toLowerCase() === 'expect') {
        s.sawExpect = true;
        this.pins(key[2]!, lineAt + line.length - key[2]!.length, s.example.expect);
      } else this.report('key_unknown', this.source.span(lineAt, lineAt + line.length), 'Only `expect:` belongs under an example.');
    }
  }

  private freeTextList(beat: BeatDraft, list: Tokens.List, at: number): void {
    let cursor = at;
    let sawOtherwise = false;
    for (const item of list.items) {
      const itemAt = this.source.text.indexOf(item.raw, cursor);
      const base = itemAt === -1 ? cursor : itemAt;
      cursor = base + item.raw.length;
      const firstLine = item.raw.split('\n')[0]!;
      const bullet = /^\s*(?:[-*+]|\d+[.)])\s+/.exec(firstLine);
      const bodyAt = base + (bullet ? bullet[0].length : 0);
      const bodyText = firstLine.slice(bullet ? bullet[0].length : 0).trimEnd();
      const span = this.source.span(base, base + firstLine.length);
      const [left, effectsText] = splitOnce(bodyText, '|');
      const parts = left.split(ARROW);
      if (parts.length !== 2 || !parts[1]!.trim()) {
        this.report('freetext_rule_syntax', span, 'This rule has no `→ beat-id`.');
        continue;
      }
      const condText = parts[0]!.trim();
      const target = parts[1]!.trim();
      const targetAt = bodyAt + left.lastIndexOf(target);
      let effects: ReturnType<typeof parseEffects> = { ok: true, value: [] };
      if (effectsText !== undefined) {
        effects = parseEffects(effectsText);
        if (!effects.ok) {
          const effAt = bodyAt + left.length + 1 + effects.at;
          this.report('effect_syntax', this.source.span(effAt, bodyAt + bodyText.length), capitalise(effects.error) + '.');
          continue;
        }
      }
      if (sawOtherwise) this.report('freetext_unreachable_rule', span, 'This rule comes after `otherwise` and never applies.');
      if (/^(otherwise|else)$/i.test(condText)) {
        sawOtherwise = true;
        if (effects.ok) for (const e of effects.value) effectSpans.set(e, span);
        beat.freeText.push({ when: null, source: 'otherwise', target, effects: effects.ok ? effects.value : [], span });
      } else {
        const c = parseCondition(condText);
        if (!c.ok) {
          const condAt = bodyAt + left.indexOf(condText) + c.at;
          this.report('condition_syntax', this.source.span(condAt, condAt + 1), capitalise(c.error) + '.');
          continue;
        }
        if (effects.ok) for (const e of effects.value) effectSpans.set(e, span);
        beat.freeText.push({ when: c.value, source: condText, target, effects: effects.ok ? effects.value : [], span });
      }
      beat.targetSpans.push({ target, span: this.source.span(targetAt, targetAt + target.length) });
    }
  }
}

function narrationLooksLikeKey(name: string): boolean {
  return closest(name, CHOICE_KEYS) !== undefined;
}

function splitOnce(text: string, sep: string): [string, string | undefined] {
  const i = text.indexOf(sep);
  return i === -1 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}

function unquote(raw: string): string {
  return raw
    .replace(/\n+$/, '')
    .split('\n')
    .map((l) => l.replace(/^\s{0,3}>\s?/, ''))
    .join('\n')
    .trim();
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
