import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'schemas/**', 'web/dist/**', '.tmp/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The core is pure: no I/O and no vendor SDKs (docs/adr/0001-layout.md).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:net', 'node:child_process'],
              message: 'core does no I/O',
            },
            {
              group: ['**/adapters/**', '**/services/**', '**/cli/**', '**/api/**'],
              message: 'core imports only core',
            },
            {
              group: ['yauzl', 'yazl', 'tar-stream', 'libxml2-wasm', 'pg', 'better-sqlite3'],
              message: 'vendor SDKs live in adapters',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['yauzl', 'yazl', 'tar-stream', 'libxml2-wasm', 'pg', 'better-sqlite3', '@aws-sdk/*'],
              message: 'services use ports; vendor SDKs live in adapters',
            },
          ],
        },
      ],
    },
  },
);
