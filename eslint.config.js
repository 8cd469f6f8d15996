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
/**
 * The core's wings. Each imports the ground (reading cells, dates, zones, money, orders) and its
 * own folder, and crosses into another wing only where listed here, types included: a crossing
 * is a dependency whether or not it leaves code in the bundle. test/lintBoundaries.test.ts
 * lists the crossings the code makes, so a new one is a deliberate change of both.
 */
const CORE_CROSSINGS = {
  ground: [],
  calendar: [],
  // Each customer's outlook comes from the value model.
  customers: ['value'],
  // The formulas are each wing's figures in a cell.
  formulas: ['customers', 'calendar', 'surveys', 'value'],
  // A reminder's audience is a customer's tier, segment or status; holidays set its day.
  reminders: ['customers', 'calendar'],
  // Satisfaction by tier and status.
  surveys: ['customers'],
  // The value model stands on the orders alone.
  value: [],
  // Analyze as SQL: the customers' rules, written for a warehouse.
  warehouse: ['customers'],
};
const CORE_LAYER = {
  regex: '^(?!\\./|\\.\\./[a-z]+/|\\.\\./\\.\\./words(/|$))',
  message: 'src/core imports only src/core and src/words: pass plain data in from an adapter.',
  allowTypeImports: true,
};
const coreWings = Object.entries(CORE_CROSSINGS).map(([wing, may]) => ({
  files: [`src/core/${wing}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          CORE_LAYER,
          {
            regex: `^\\.\\./(?!(${['ground', wing, ...may].join('|')})/)[a-z]+/`,
            message: `src/core/${wing} imports ${['the ground', ...may].join(', ')} and itself only (eslint.config.js, CORE_CROSSINGS).`,
            allowTypeImports: false,
          },
        ],
      },
    ],
  },
}));
const boundaries = [
  ...coreWings,
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
