// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * `import * as z from 'zod'`, never `import { z }`: the `z` object is a namespace esbuild cannot
 * tree-shake, and it keeps all of zod's ~40 locales (~70 KiB gzip) in the Worker bundle (issue 18).
 */
const ZOD_NAMESPACE = {
  selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']",
  message: "use import * as z from 'zod' (the z object keeps every zod locale in the bundle)",
}

/** Imports flow one way: runtimes -> app -> platforms -> core (STYLE.md). */
const layer = (forbidden) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: forbidden.map((group) => ({
        group: [group],
        message: 'breaks the runtimes -> app -> platforms -> core direction',
      })),
    },
  ],
})

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.wrangler/', 'src/generated/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['src/**'], rules: { 'no-restricted-syntax': ['error', ZOD_NAMESPACE] } },
  {
    files: ['src/core/**'],
    rules: layer([
      '**/platforms/**',
      '**/app/**',
      '**/runtimes/**',
      'hono',
      'hono/*',
      'grammy',
      'grammy/*',
      'node:*',
    ]),
  },
  { files: ['src/platforms/**'], rules: layer(['**/app/**', '**/runtimes/**']) },
  { files: ['src/app/**'], rules: layer(['**/runtimes/**']) }
)
