// ESLint flat config: TypeScript rules plus the layer rules that keep the architecture readable.
// Which folder may use what is written down here, and `npm run lint` (a tier of `npm test`) checks it.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports every app folder must write with `@/`: a parent-relative path would slip past the zones below. */
const noParentImports = {
  group: ['../*', '../**'],
  message: 'Import across folders with "@/…" so the layer rules see it.',
};
const noTestHooks = {
  group: ['@/test-hooks/*', '@/test-hooks/**'],
  message: 'Test and benchmark hooks are for the e2e build only (installed from entrypoints/*/main.tsx).',
};
const noComponents = {
  group: ['@/components/*', '@/components/**', '@/entrypoints/*', '@/entrypoints/**'],
  message: 'utils/ holds plain functions: it never imports components or entrypoints.',
};
const noPreact = { group: ['preact', 'preact/*'], message: 'Preact belongs in components/ and entrypoints/.' };
const extensionGlobals = ['browser', 'chrome'].map((name) => ({
  name,
  message: 'utils/extraction is DOM-only: it runs in pages, workers and Node, with no extension API.',
}));

/** Search terms are written only with their article (see the one-write-path block below). */
const oneWritePath = {
  selector: 'ImportSpecifier[imported.name=/^(termsOf|indexTerms)$/]',
  message: 'Write articles through writeArticle/changeArticle (utils/storage/write-article.ts).',
};
/** Where an expression (`*`, filled in with its node type) is iterated: a for…of loop, a spread, `Array.from(…)`. */
const iterated = [
  'ForOfStatement > *.right',
  'SpreadElement > *',
  "CallExpression[callee.object.name='Array'][callee.property.name='from'] > *.arguments:first-child",
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      '.cache/',
      'bench-results/',
      'bench/data/',
      'tests/fixtures/',
      'docs/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      'no-restricted-imports': ['error', { patterns: [noTestHooks] }],
    },
  },
  // WXT's auto-imported globals (the extension API and its define* helpers).
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      globals: {
        browser: 'readonly',
        defineBackground: 'readonly',
        defineContentScript: 'readonly',
        defineUnlistedScript: 'readonly',
      },
    },
  },
  // Layer rules.
  {
    files: ['utils/**', 'components/**', 'entrypoints/**', 'test-hooks/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noParentImports, noTestHooks] }] },
  },
  {
    files: ['utils/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noParentImports, noTestHooks, noComponents, noPreact] }] },
  },
  {
    files: ['utils/extraction/**'],
    rules: {
      'no-restricted-globals': ['error', ...extensionGlobals],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'utils/extraction is DOM-only: no storage.' },
            { name: 'wxt/browser', message: 'utils/extraction is DOM-only: no extension API.' },
          ],
          patterns: [
            noParentImports,
            noTestHooks,
            noComponents,
            noPreact,
            {
              group: [
                '@/utils/messages',
                ...['storage', 'search', 'saving', 'images', 'data', 'sync', 'highlights', 'speech'].map(
                  (d) => `@/utils/${d}/**`,
                ),
              ],
              message: 'utils/extraction may use only itself, utils/lib and the shared types (utils/article).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/utils/storage/db',
              allowTypeImports: true,
              message: 'Components read and write through utils/storage functions or hooks, never the database itself.',
            },
          ],
          patterns: [
            noParentImports,
            noTestHooks,
            { group: ['@/entrypoints/*', '@/entrypoints/**'], message: 'Components never import an entrypoint.' },
          ],
        },
      ],
    },
  },
  // One write path for search terms: rows, bodies and terms are built and written together by
  // utils/storage/write-article.ts, so no write path can store text that search does not know.
  {
    files: ['utils/**', 'components/**', 'entrypoints/**', 'test-hooks/**'],
    ignores: ['utils/storage/write-article.ts', 'utils/search/**'],
    rules: {
      'no-restricted-syntax': ['error', oneWritePath],
    },
  },
  // Tag lists are read through byTag (utils/extraction/tag-list.ts): in jsdom (the CLI, the benchmarks) an
  // HTMLCollection is a Proxy whose `length` is looked up among its elements' names at every step of a for…of loop,
  // a spread or Array.from, so reading a list that way costs the square of its length (a thread's thousand links).
  {
    files: ['utils/extraction/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        oneWritePath,
        ...iterated.map((at) => ({
          selector: `${at.replace('*', 'CallExpression')}[callee.property.name=/^getElementsBy(TagName|ClassName)$/]`,
          message: 'Read a tag list through byTag (utils/extraction/tag-list.ts), not by iterating the live list.',
        })),
        ...iterated.map((at) => ({
          selector: `${at.replace('*', 'MemberExpression')}[property.name='children']`,
          message: "Read an element's children through childList (utils/extraction/child-elements.ts).",
        })),
      ],
    },
  },
  // The e2e wiring: entrypoints install the test hooks behind the e2e-mode gate; tests use them.
  {
    files: ['entrypoints/*/main.ts', 'entrypoints/*/main.tsx', 'test-hooks/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noParentImports] }] },
  },
  {
    files: ['tests/**', 'scripts/**'],
    // Code passed to page.evaluate / sw.evaluate runs in the browser, where `chrome` is the extension API.
    languageOptions: { globals: { chrome: 'readonly' } },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // CommonJS helpers (a child process started with fork, outside the TypeScript build).
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
