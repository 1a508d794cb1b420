import { readFileSync } from 'node:fs';
import { loadScenario } from '../../src/lib/scenario/index.ts';
import type { Scenario } from '../../src/lib/scenario/model.ts';

/** The e2e fixture scenario, loaded as the engine takes it. */
export function parcelScenario(): Scenario {
  const file = 'tests/fixtures/e2e-scenarios/en/late-parcel.md';
  const r = loadScenario(readFileSync(file, 'utf8'), file);
  if (!r.ok) throw new Error('fixture does not load');
  return r.scenario;
}
