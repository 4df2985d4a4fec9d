// Custom Elements Manifest from the elements' JSDoc (@summary @attr @prop @fires @csspart @cssprop).
// Feeds Storybook's arg tables and docs, and IDEs (package.json "customElements").
export default {
  litelement: true,
  exclude: ['**/*.test.ts', '**/*.stories.ts', '**/*.styles.ts'],
  dependencies: false,
  packagejson: false,
};
