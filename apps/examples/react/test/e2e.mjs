#!/usr/bin/env node
// Drives the built React example in Chromium: see scripts/example-app-test.mjs.
import { runExampleTest } from '../../../../scripts/example-app-test.mjs';

await runExampleTest('React', new URL('../dist', import.meta.url));
