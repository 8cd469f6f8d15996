import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The core must stay pure: no Apps Script service may be reached from src/core.
const appsScriptGlobals = [
  'SpreadsheetApp',
  'MailApp',
  'GmailApp',
  'PropertiesService',
  'LockService',
  'CacheService',
  'ScriptApp',
  'HtmlService',
  'Session',
  'Utilities',
  'Logger',
  'FormApp',
  'Charts',
  'UrlFetchApp',
].map((name) => ({ name, message: 'src/core is pure: pass plain data in from an adapter.' }));

/**
 * Who may import whom. The catalogue of words (src/words) is a leaf every layer reads; type
 * imports cross freely, since they leave nothing in the bundle.
 */
const imports = (regex, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ regex, message, allowTypeImports: true }] }],
});
const boundaries = [
  {
    files: ['src/core/**/*.ts'],
    rules: imports(
      '^(?!\\./|\\.\\./[a-z]+/|\\.\\./\\.\\./words(/|$))',
      'src/core imports only src/core and src/words: pass plain data in from an adapter.',
    ),
  },
  {
    files: ['src/words/**/*.ts'],
    rules: imports('^(?!\\./)', 'src/words is a leaf: it imports only its own files (and types).'),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: imports(
      '^(?!\\./|\\.\\./words(/|$))',
      'src/shared imports only src/shared and src/words (and types).',
    ),
  },
  {
    files: ['src/sidebar/**/*.ts'],
    rules: imports(
      '^(\\.\\./)+(core|server|entry)/',
      'src/sidebar imports only src/shared, src/words and itself.',
    ),
  },
  {
    files: ['src/server/**/*.ts', 'src/entry/**/*.ts'],
    rules: imports('(^|/)sidebar(/|$)', 'The server never imports the sidebar.'),
  },
  {
    files: ['local/**/*.ts'],
    rules: imports(
      '(^|/)src/',
      'The stand-in imports nothing of src/ but types: it witnesses the product, never mirrors it.',
    ),
  },
];

export default tseslint.config(
  { ignores: ['build/', 'out/', 'node_modules/', 'test-output/', 'samples/', '.stryker-tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The preview's google.script.run shim runs in the browser, as plain ES5.
    files: ['local/shim.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', fetch: 'readonly', parent: 'readonly', Node: 'readonly' },
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...appsScriptGlobals] },
  },
  ...boundaries,
);
