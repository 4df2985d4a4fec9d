/**
 * `#test-utils` for the calculators' browser tests (the "imports" alias in ../package.json points here): the
 * widgets' shared test entry, packages/widgets/test/index.ts. Import `#test-utils`, never a path into another
 * package's test folder. See CONTRIBUTING.md, "Shared test utilities".
 */
export * from '../../widgets/test/index.js';
