/** Jest projects: core and cli run in Node; browser layers join as later projects. */
// ts-jest transpiles each file alone (tsconfig has isolatedModules); `npm run typecheck` checks types.
const transform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
};

module.exports = {
  projects: [
    {
      displayName: 'core',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/core/**/*.test.ts'],
    },
    {
      displayName: 'cli',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/cli/**/*.test.ts'],
    },
    {
      displayName: 'gmail',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/test/hosts/gmail/**/*.test.ts'],
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/test/ui/setup.ts'],
      transform,
      testMatch: ['<rootDir>/test/ui/**/*.test.tsx'],
    },
    {
      // The Outlook host against office-addin-mock; the manifest tests ask for node themselves.
      displayName: 'outlook',
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/test/ui/setup.ts'],
      transform,
      moduleNameMapper: {
        '^office-addin-manifest$': '<rootDir>/test/hosts/outlook/officeAddinManifestStub.ts',
      },
      testMatch: ['<rootDir>/test/hosts/outlook/**/*.test.ts'],
    },
    {
      displayName: 'store',
      testEnvironment: 'node',
      setupFiles: ['fake-indexeddb/auto'],
      transform,
      testMatch: ['<rootDir>/test/store/**/*.test.ts'],
    },
    // Real Chromium through playwright-core: only under `npm run test:e2e`, which builds the
    // pages first (DULY_E2E=1), so `npm test` stays fast and needs no browser.
    ...(process.env.DULY_E2E === '1'
      ? [
          {
            displayName: 'e2e',
            testEnvironment: 'node',
            transform,
            testTimeout: 120_000,
            testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
          },
        ]
      : []),
  ],
};
