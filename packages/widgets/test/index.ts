/**
 * Shared test utilities of the Khanaen elements: the reliability harness (hostile values, typing, settling,
 * error watching) and the reusable suites (embedding, drafts). One entry for every package's browser tests:
 * other packages import it as `#test-utils` (a package.json "imports" alias; see CONTRIBUTING.md, "Shared test
 * utilities"). Test-only: never imported by package source, never published.
 */
export * from './reliability/harness.js';
export * from './reliability/embedding-suite.js';
export * from './reliability/drafts-suite.js';
