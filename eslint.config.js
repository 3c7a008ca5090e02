// Lint rules, and the import boundaries that README.md's Architecture section describes.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Each layer, lowest first, with the layers it may import. Imports within a layer are not checked.
const layers = {
  content: [],
  machines: ['content'],
  plan: ['content', 'machines'],
  record: ['content', 'machines', 'plan'],
  training: ['content', 'machines', 'plan'],
  note: ['content', 'machines', 'plan', 'record'],
  components: ['content', 'machines', 'plan', 'record'],
  feature: ['content', 'machines', 'plan', 'record', 'note', 'training', 'components'],
  app: ['content', 'machines', 'plan', 'record', 'note', 'training', 'components', 'feature'],
  main: ['app'],
};

// partialMatch: false matches each pattern from the project root, so src/app never matches tests/app.
const element = (type, pattern, extra = {}) => ({ type, pattern, partialMatch: false, ...extra });

const boundaryPolicies = Object.entries(layers).map(([layer, allowed]) => ({
  from: { element: { type: layer } },
  allow: { to: { element: { types: { anyOf: allowed } } } },
}));

export default defineConfig(
  // Built, installed or written by test runs, and the static files in public/.
  globalIgnores(['dist/', 'dist-*/', 'coverage/', 'test-results/', 'playwright-report/', 'public/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        // `_name` marks a deliberate unused one; `const { a, ...rest } = x` is how a field is left out of a copy.
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // `catch {}` is how a best-effort step says that failing is fine.
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `== null` is the one loose comparison allowed: null or undefined.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Accessibility is correctness: the app's markup only (tests build throwaway markup).
    files: ['src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    // recommended-latest, with the React Compiler's rules (refs, set-state-in-effect, purity, ...). They
    // flagged a handful of places, each fixed rather than switched off (a latest-value ref became
    // useEffectEvent; a setState in an effect became a value worked out in render), so all stay on.
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.{ts,tsx}', 'machines/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': [
        element('machines', 'machines'),
        element('content', 'src/content'),
        element('plan', 'src/plan'),
        element('record', 'src/record'),
        element('training', 'src/training'),
        element('note', 'src/note'),
        element('components', 'src/components'),
        // Each feature is its own element, so one feature importing another is a cross-element import.
        element('feature', 'src/features/*', { capture: ['feature'] }),
        element('app', 'src/app'),
        // Last, so it matches only what no layer above claims: src/main.tsx, the entry point.
        element('main', 'src'),
      ],
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: boundaryPolicies }],
      // A file outside every layer would escape the rule above.
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    // The content checks run only in tests (README, "Changing the guidance content"): they hold the
    // words to the machine's step and condition names, so they alone in content read the machine.
    files: ['src/content/schema.ts'],
    rules: {
      'boundaries/dependencies': [
        'error',
        { default: 'disallow', policies: [{ from: { element: { type: 'content' } }, allow: { to: { element: { type: 'machines' } } } }] },
      ],
    },
  },
  {
    // Tests, scripts and tool configs run in Node, and may reach into any layer (no boundaries above).
    files: ['tests/**/*.{ts,tsx,mjs,js}', 'scripts/**/*.{mjs,js}', '*.config.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
