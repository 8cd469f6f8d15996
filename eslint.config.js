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

export default tseslint.config(
  { ignores: ['build/', 'out/', 'node_modules/', 'test-output/', 'samples/'] },
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
);
