import { SaveStore, type SaveData, type SaveResult, type StorageLike, type StorageProblem } from '../../lib/storage/index.ts';

function browserStorage(): StorageLike | null {
  try {
    // Reading the property itself throws in some browsers when storage is blocked.
    const s = window.localStorage;
    const probe = '__reply-dojo-probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

/** The trainee's saved data as reactive state, over the pure store. */
export class AppState {
  readonly store: SaveStore;
  data = $state.raw<SaveData>(null as unknown as SaveData);
  /** Problems to tell the trainee about (loading and writing), newest last. */
  problems = $state<StorageProblem[]>([]);

  constructor(storage: StorageLike | null = typeof window === 'undefined' ? null : browserStorage()) {
    this.store = new SaveStore(storage);
    this.data = this.store.data;
    this.problems = [...this.store.problems];
  }

  /** Take a write's result: refresh the data, and report a refusal once per kind. */
  apply(result: SaveResult): SaveResult {
    this.data = this.store.data;
    if (!result.ok && !this.problems.some((p) => p.code === result.problem.code)) this.problems = [...this.problems, result.problem];
    return result;
  }

  dismiss(problem: StorageProblem): void {
    this.problems = this.problems.filter((p) => p !== problem);
  }
}

let instance: AppState | null = null;
/** The app's one AppState, created on first use. */
export const appState = (): AppState => (instance ??= new AppState());
