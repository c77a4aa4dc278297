// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

/** Files and folders are kebab-case (GUIDE habit 1); components are PascalCase inside them. */
const kebabCaseFiles = {
  meta: { type: 'suggestion', schema: [] },
  create(context) {
    const name = context.filename.split(/[\\/]/).pop() ?? '';
    return {
      Program(node) {
        if (!/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/.test(name)) {
          context.report({ node, message: `File name "${name}" should be kebab-case.` });
        }
      },
    };
  },
};

/** Imports each layer may not make: compiler → domain ← client, and the domain does no I/O. */
const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

/**
 * The client's imports: never the compiler or Node; of the domain only what runs in a browser
 * (bundle/, text/, search/format/, search/query/, not tagging/, lists/ or search/build/); and,
 * inside a feature, another feature only through its `index.ts`. `otherFeature` is how a file at
 * that depth spells another feature's internals (`../../bookmarks/hooks/…`). One rule for all,
 * since a later setting of `no-restricted-imports` replaces an earlier one rather than adding.
 */
const forbidInClient = (otherFeature) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['**/compiler/**', 'node:*'],
          message: 'The client never imports the compiler or Node.',
        },
        {
          // Except the topic vocabulary: its names are the UI's labels for topic ids (the search
          // filters); the tagger beside it stays out of the client.
          regex: String.raw`(^|/)domain/(?!(bundle|text|search/format|search/query)/)(?!tagging/topics/topic-vocabulary(\.ts)?$)`,
          message:
            'The client imports only domain/bundle, domain/text, domain/search/format and domain/search/query.',
        },
        ...(otherFeature
          ? [
              {
                regex: otherFeature,
                message: "Import another feature only through its index.ts (bulletproof's rule).",
              },
            ]
          : []),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.tmp', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { local: { rules: { 'kebab-case-files': kebabCaseFiles } } },
    rules: {
      'local/kebab-case-files': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/client/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Asymmetric matchers (`expect.stringContaining`) are typed `any` by design.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['src/domain/**'],
    rules: forbid(
      ['**/compiler/**', '**/client/**', 'react', 'react-*', 'node:*'],
      'The domain is pure: no React, no Node, no compiler or client code.',
    ),
  },
  {
    files: ['src/client/**'],
    rules: forbidInClient(),
  },
  {
    // A file in features/<name>/<folder>/ reaches another feature as `../../<other>/…`.
    files: ['src/client/features/*/*/**'],
    rules: forbidInClient(String.raw`^\.\./\.\./[^./][^/]*/(?!index(\.ts)?$)`),
  },
  {
    // The feature's own index.ts, one folder higher, as `../<other>/…`.
    files: ['src/client/features/*/*.ts'],
    rules: forbidInClient(String.raw`^\.\./[^./][^/]*/(?!index(\.ts)?$)`),
  },
  {
    files: ['src/compiler/**'],
    rules: forbid(['**/client/**', 'react', 'react-*'], 'The compiler never imports the client.'),
  },
  {
    // Seed lines are untrusted and may be megabytes long: a pattern that backtracks
    // super-linearly on one stalls the whole compile (issue #15, docs/security.md).
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
);
