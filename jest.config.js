/** Jest runs the TypeScript sources as ESM through ts-jest in transpile-only mode; the type check is
 * `npm run typecheck`, so that the suite stays fast on a 2-core machine. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: a single worker on the 2-core machines CI and the
  // developers have, which doubles the suite's time. Every test file is independent (own temp folders,
  // own servers on port 0), so one worker per core.
  maxWorkers: '100%',
};
