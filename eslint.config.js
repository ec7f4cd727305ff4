// ESLint flat config. The layering fences of ../shared/DESIGN.md section 2 live here:
// each folder may import only what the table allows, and the messages say what to do instead.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const jest = require('eslint-plugin-jest');
const globals = require('globals');
const reactHooks = require('eslint-plugin-react-hooks');

const PLATFORM = [
  'react',
  'react-dom',
  'idb',
  '@fluentui/*',
  'googleapis',
  '@googleapis/*',
  'node:*',
];
const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'http',
  'https',
  'crypto',
  'child_process',
  'url',
  'util',
];

const fence = (from, banned, message) => ({ group: banned, message: `${from}: ${message}` });

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'samples/bench/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({
            name,
            message:
              'src/core: core is plain ECMAScript. Take what you need as an argument or a port.',
          })),
          patterns: [
            fence(
              'src/core',
              PLATFORM,
              'core is plain ECMAScript. Declare a port in core/ports and implement it in a host.',
            ),
            fence(
              'src/core',
              ['**/store/**', '**/ui/**', '**/hosts/**', '**/cli/**'],
              'core imports only core. Move the shared piece into core instead.',
            ),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'core has no DOM: pass what you need in.' },
        { name: 'document', message: 'core has no DOM: pass what you need in.' },
        {
          name: 'indexedDB',
          message: 'storage lives in src/store behind the LedgerRepository port.',
        },
        {
          name: 'localStorage',
          message: 'storage lives in src/store behind the LedgerRepository port.',
        },
        { name: 'Office', message: 'Office lives in src/hosts/outlook behind the MailHost port.' },
        { name: 'process', message: 'core has no Node: pass configuration in.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message:
            'core never reads the clock: take "today" or an instant as an argument (Clock port).',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message:
            'core never reads the clock: take "today" or an instant as an argument (Clock port).',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'core has no randomness: take a seed or an id generator as an argument.',
        },
        {
          selector: "CallExpression[callee.property.name='toFixed']",
          message:
            'toFixed rounds binary floats ((1.005).toFixed(2) is "1.00"): use money.ts on integer minor units.',
        },
      ],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            fence(
              'src/store',
              ['**/ui/**', '**/hosts/**', '**/cli/**', 'react', '@fluentui/*'],
              'store sees core and idb only.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'test/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            fence(
              'src/ui',
              ['**/store/**', '**/hosts/**', '**/cli/**', 'idb'],
              'ui receives ports as props; the composition root in hosts/ wires the store.',
            ),
          ],
        },
      ],
    },
  },
  {
    // office.js is a page script from Microsoft's CDN, not a module: `Office` is a global here only.
    files: ['src/hosts/outlook/**/*.ts', 'test/hosts/outlook/**/*.ts'],
    languageOptions: { globals: { Office: 'readonly' } },
  },
  {
    files: ['src/hosts/gmail/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            fence(
              'src/hosts/gmail',
              ['**/store/**', '**/ui/**', '**/cli/**', '**/outlook/**', '**/demo/**', ...PLATFORM],
              'Apps Script sees core only.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            fence(
              'src/cli',
              ['**/store/**', '**/ui/**', '**/hosts/**', 'react', 'idb', '@fluentui/*'],
              'the CLI sees core and Node only.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'fc.assert'] }],
    },
  },
);
