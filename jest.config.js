/** Jest projects: core and cli run in Node; browser layers join as later projects. */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } },
  ],
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
  ],
};
