/**
 * `npm run play -- FILE [--start beat-id] [--lang en|zh-TW|ja]`: play a scenario in the terminal.
 * At each beat type an option's number, `t <text>` to type a reply, `w <minutes>` to wait,
 * `s` for the status, `q` to quit. Reads lines from stdin, so a script can pipe moves in.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { formatDiagnostic, loadScenario } from '../lib/scenario/index.ts';
import { createSession, type SessionView } from '../lib/play/session.ts';
import { isLang, type Lang } from '../lib/scoring/contract.ts';
import { scoreReply } from '../lib/scoring/score-reply.ts';
import type { Turn } from '../lib/scenario/compile.ts';

const clockText = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(Math.round(m % 60)).padStart(2, '0')}`;

function who(t: Turn, view: SessionView, brand: string, customer: string): string {
  switch (t.speaker) {
    case 'customer':
      return t.name ?? customer;
    case 'trainee':
      return `you (@${brand})`;
    case 'system':
      return 'system';
    default:
      return `${t.speaker}${t.name ? ` ${t.name}` : ''}`;
  }
}

function main(argv: string[]): Promise<number> | number {
  const args = argv.filter((a) => a !== '--');
  const file = args.find((a, i) => !a.startsWith('--') && !['--start', '--lang'].includes(args[i - 1] ?? ''));
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i === -1 ? undefined : args[i + 1];
  };
  if (!file) {
    console.error('usage: npm run play -- FILE [--start beat-id] [--lang en|zh-TW|ja]');
    return 2;
  }
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: ${(e as Error).message}`);
    return 2;
  }
  const loaded = loadScenario(source, file);
  if (!loaded.ok) {
    for (const d of loaded.diagnostics) console.error(formatDiagnostic(d));
    return 1;
  }
  const { scenario } = loaded;
  const langArg = opt('--lang');
  const uiLang: Lang = isLang(langArg) ? langArg : scenario.meta.lang;
  const startAt = opt('--start');
  if (startAt && !scenario.beatIndex[startAt]) {
    console.error(`${file}: no beat \`${startAt}\` to start at.`);
    return 2;
  }
  const session = createSession(scenario, { score: scoreReply, uiLang, ...(startAt ? { startAt } : {}) });
  const { meta } = scenario;
  const out = (s = '') => process.stdout.write(`${s}\n`);
  let shown = 0;

  out(`# ${meta.title}  [${meta.lang} · ${meta.persona} · ${meta.category} · target ${meta.targetMinutes} min]`);
  if (scenario.briefing) out(`\n${scenario.briefing}\n`);

  const showNew = () => {
    const view = session.view();
    for (const t of view.transcript.slice(shown)) {
      if (t.kind === 'reply' || t.kind === 'silence') continue;
      if (t.kind === 'timer') out(`  [${clockText(t.at)}] ⏱ ${t.text} minutes passed with no reply`);
      else if (t.kind === 'ending') out(`\n== Ending: ${view.outcome} ==\n${t.text}`);
      else if (t.kind === 'narration') out(`  [${clockText(t.at)}] (${t.text})`);
      else out(`  [${clockText(t.at)}] ${t.channel === 'private' ? '🔒 ' : ''}${who(t, view, meta.brand.handle, meta.customer.name)}: ${t.text}`);
    }
    shown = view.transcript.length;
  };
  const prompt = () => {
    const view = session.view();
    if (view.status === 'ended') return;
    out(`\n-- ${view.beat.id} · clock ${clockText(view.clock)} · mood ${view.mood} · reputation ${view.reputation} · waiting ${Math.round(view.waiting)} min`);
    view.beat.choices.forEach((c, i) => out(`  ${i + 1}. ${c.silent ? '(no reply)' : c.text.replace(/\n+/g, ' ')}`));
    if (view.beat.freeText.length) out('  t <text>  type your own reply');
    out('  w <min>   wait · s status · q quit');
  };
  const showVerdict = (t: Turn) => {
    const r = t.reply;
    if (!r) return;
    out(`  → score ${r.result.score}/100 after ${Math.round(r.elapsedMinutes)} min`);
    for (const f of r.result.findings) {
      const quote = f.start !== null && f.end !== null ? ` “${t.text.slice(f.start, f.end)}”` : '';
      out(`     ${f.verdict === 'pass' ? '✓' : '✗'} ${f.rule}${quote}${f.message ? ` — ${f.message}` : ''}`);
    }
    if (r.feedback) out(`  coach: ${r.feedback.replace(/\n+/g, ' ')}`);
  };

  /** Let the beat's scheduled messages arrive, stopping before any timer would fire. */
  const catchUp = () => {
    for (let v = session.view(); v.status === 'playing' && v.nextMessageAt !== null; v = session.view()) {
      if (v.nextTimerAt !== null && v.nextTimerAt <= v.nextMessageAt) break;
      session.advanceTo(v.nextMessageAt);
    }
  };

  catchUp();
  showNew();
  prompt();
  const rl = createInterface({ input: process.stdin, terminal: false });
  let lineNo = 0;
  return new Promise<number>((resolve) => {
    rl.on('line', (raw) => {
      lineNo++;
      const line = raw.trim();
      if (line === '') return;
      const fail = (msg: string) => console.error(`line ${lineNo}: ${msg}`);
      if (line === 'q') return rl.close();
      if (line === 's') {
        const v = session.view();
        out(`  ${JSON.stringify(v.vars)} clock ${clockText(v.clock)}`);
        return;
      }
      let turn: Turn | undefined;
      if (/^\d+$/.test(line)) {
        const r = session.choose(Number(line) - 1);
        if (!r.ok) return fail(r.error.message);
        turn = r.value;
      } else if (/^t\s+/.test(line)) {
        const r = session.reply(line.replace(/^t\s+/, ''));
        if (!r.ok) return fail(r.error.message);
        turn = r.value;
      } else if (/^w\s+\d+(\.\d+)?$/.test(line)) {
        session.advance(Number(line.slice(1)));
      } else return fail(`\`${line}\` is not a move: type an option number, \`t <text>\`, \`w <minutes>\`, \`s\` or \`q\`.`);
      if (turn) showVerdict(turn);
      catchUp();
      showNew();
      if (session.view().status === 'ended') return rl.close();
      prompt();
    });
    rl.on('close', () => {
      const v = session.view();
      if (v.status === 'ended') out(`\nOutcome: ${v.outcome} · mood ${v.mood} · reputation ${v.reputation} · clock ${clockText(v.clock)}`);
      else out('\nStopped before an ending.');
      resolve(0);
    });
  });
}

Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
