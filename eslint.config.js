import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The folders of src/, lowest first: a folder imports only from folders before it (docs/architecture.md, "Layers").
const LAYERS = ['data', 'i18n', 'state', 'ui', 'map', 'panels', 'a11y', 'present', 'embed', 'dataOut', 'app'];
const layerRules = LAYERS.map((layer, i) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: LAYERS.slice(i + 1).map((above) => ({
          regex: `^(\\.\\./)+${above}/`,
          message: `src/${layer}/ sits below src/${above}/: folders import downwards only (docs/architecture.md, "Layers").`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-offline', 'node_modules', 'public', 'bench/results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layerRules.filter((rule) => rule.rules['no-restricted-imports'][1].patterns.length > 0),
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
  },
);
