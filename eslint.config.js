// Lint gate of `npm test`: typescript-eslint's recommended rules, and lines at
// a sane width (prettier wraps code at 120; strings and regexes it cannot
// wrap are composed from named pieces instead).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'editors/vscode/out/',
      'editors/vscode/server/',
      'editors/vscode/docs/',
      'editors/vscode/node_modules/',
      '**/*.vsix'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        performance: 'readonly'
      }
    },
    rules: {
      'max-len': ['error', {code: 140, ignoreUrls: true}],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}]
    }
  }
)
