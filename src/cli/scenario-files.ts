import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files that live among the scenarios but are not scenarios. */
const NOT_SCENARIOS = new Set(['README.md', 'CATALOGUE.md']);

export function collectFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const visit = (p: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.') && name !== 'node_modules') visit(join(p, name), false);
    } else if (explicit || (p.endsWith('.md') && !NOT_SCENARIOS.has(p.split(/[\\/]/).pop()!))) files.push(p);
  };
  for (const p of paths) visit(p, true);
  return { files, missing };
}

