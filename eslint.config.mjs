import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

const config = [
  {
    ignores: [
      '.next/**',
      'out/**',
      '.site-staging/**',
      '.site-previous/**',
      // Deploy files beside each site folder (nginx config, stamp), and wrangler's local state.
      '*.deploy/**',
      '.wrangler/**',
      'node_modules/**',
      'test-results/**',
      'next-env.d.ts',
      '.tmp/**',
      'reports/**',
      // Bundled behaviours (scripts/bundle-behaviours.ts): build output, not source.
      'public/assets/**',
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Plain <a> links on purpose: every page is a static document that loads whole; next/link
      // would prefetch other pages' payloads while a reader's page is still loading.
      '@next/next/no-html-link-for-pages': 'off',
      // Dependencies flow one way (app → components → lib): an import cycle is an error.
      'import/no-cycle': 'error',
    },
  },
];

export default config;
