import type { Lang, ReplyContext, ReplyScore, ScoreFn } from '../../lib/scoring/contract.ts';

type ScorerModule = typeof import('./typed-reply-scorer.ts');

/** Where loading the grader of typed replies stands (twinejs' `loadState`). */
export type GraderState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Loads the scorer for typed replies on demand: its code once, then the language packs a
 * reply needs (the scenario's language, plus any language the reply mixes in). Authored
 * options never need it; the player prefetches it when a scenario has free-text turns.
 */
export class FreeTextGrader {
  state = $state<GraderState>('idle');
  private module: ScorerModule | null = null;
  private loading: Promise<ScorerModule> | null = null;

  constructor(
    readonly lang: Lang,
    private readonly importScorer: () => Promise<ScorerModule> = () => import('./typed-reply-scorer.ts'),
  ) {}

  /** Load the scorer and the packs these replies need (default: the scenario language's pack). */
  async load(texts: readonly string[] = ['']): Promise<void> {
    if (this.state !== 'ready') this.state = 'loading';
    try {
      const mod = await (this.loading ??= this.importScorer());
      this.module = mod;
      await Promise.all(texts.map((text) => mod.loadPacksFor(this.lang, text)));
      this.state = 'ready';
    } catch (error) {
      this.loading = null;
      this.state = 'error';
      throw error;
    }
  }

  /**
   * Start loading without waiting, then compile the pack's patterns (the player calls this
   * while idle), so the first typed reply is graded at once; a failure shows when the trainee posts.
   */
  prefetch(): void {
    if (this.state === 'idle') this.load().then(() => this.module?.prepareLexicons(), () => undefined);
  }

  /** Can this reply be graded right now, with no download? */
  canGrade(text: string): boolean {
    const mod = this.module;
    return mod !== null && mod.packLangsFor(this.lang, text).every((l) => mod.hasPack(l));
  }

  /** Grade a typed reply; the packs it needs must be loaded (`load([text])`). */
  readonly score: ScoreFn = (context: ReplyContext, options): ReplyScore => {
    if (!this.module) throw new Error('The typed-reply scorer is not loaded; await FreeTextGrader.load() first.');
    return this.module.scoreReply(context, options);
  };
}
