#!/usr/bin/env node
// Drives the built Vue example in Chromium: see scripts/example-app-test.mjs.
import { runExampleTest } from '../../../../scripts/example-app-test.mjs';

await runExampleTest('Vue', new URL('../dist', import.meta.url));
