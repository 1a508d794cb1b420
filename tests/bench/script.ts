import { pathToFileURL } from 'node:url';

/**
 * Prints a benchmark's report when its module is the script Node was started with
 * (`node --import tsx tests/bench/<name>.ts`, as `run.ts` starts each), not when another module
 * imports it; a failure is printed and sets exit code 1.
 */
export function runAsScript(moduleUrl: string, bench: () => string | Promise<string>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  Promise.resolve()
    .then(bench)
    .then(
      (report) => console.log(report),
      (err: unknown) => {
        console.error(err);
        process.exitCode = 1;
      },
    );
}
