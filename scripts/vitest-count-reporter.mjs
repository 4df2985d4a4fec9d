// A Vitest reporter that writes { passed, failed } for scripts/run-suite.mjs.
import { writeResult } from './results.mjs';

function walk(tasks, acc) {
  for (const t of tasks) {
    if (t.type === 'suite' || t.tasks) {
      walk(t.tasks ?? [], acc);
      // A file or suite that failed outside its tests (import error, hook error) counts as one failure.
      if (t.result?.state === 'fail' && (t.tasks ?? []).every((c) => c.result?.state !== 'fail'))
        acc.failed += 1;
    } else if (t.mode === 'skip' || t.mode === 'todo' || t.result?.state === 'skip') acc.skipped += 1;
    else if (t.result?.state === 'pass') acc.passed += 1;
    else acc.failed += 1;
  }
  return acc;
}

export default class CountReporter {
  onFinished(files = [], errors = []) {
    const acc = walk(files, { passed: 0, failed: 0, skipped: 0 });
    acc.failed += errors.length;
    writeResult(acc);
  }
}
