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
  ],
};
