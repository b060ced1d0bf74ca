// Lint rules that encode the architecture (docs/architecture.md "Layers"):
//  - every layer of src/ imports only from the layers it lists (eslint-local/layers.js, a
//    whitelist per layer, as VS Code's code-layering); test/unit/layering.test.ts proves each
//  - src/shared is pure: only the packages it lists (zod), no Node built-ins, no DOM globals
//  - src/renderer never imports Node or Electron; it talks to main through window.tpc
//  - only src/main/electron/ and src/main/index.ts import 'electron' on the main side
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';
import { layerConfigs } from './eslint-local/layers.js';

const NODE_BUILTINS = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'zlib', 'worker_threads', 'stream'];
const nodePaths = NODE_BUILTINS.map((name) => ({ name, message: 'This layer must not use Node built-ins.' }));
const nodePatterns = [{ regex: '^node:', message: 'This layer must not use Node built-ins.' }];
const electronPath = { name: 'electron', message: 'Only src/main/electron and src/main/index.ts may import electron.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bench/tmp/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: tseslint.parser, svelteConfig },
    },
  },
  ...layerConfigs(),
  {
    // imports of src/shared: the layer whitelist (only src/shared, only zod) in eslint-local/layers.js
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', '__dirname'],
    },
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    ignores: ['src/renderer/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodePaths, { name: 'electron', message: 'The renderer talks to main only through window.tpc (the preload contract).' }],
          patterns: nodePatterns,
        },
      ],
    },
  },
  {
    // the phone page (room mode) runs over plain HTTP on a LAN address, which is not a secure
    // context: these APIs are missing there although they work on 127.0.0.1 in tests
    files: ['src/phone/**/*.ts', 'src/phone/**/*.svelte'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodePaths, { name: 'electron', message: 'The phone page is a plain web page.' }],
          patterns: [...nodePatterns, { group: ['**/main/**', '**/renderer/**', '**/preload/**', '**/harness/**', '**/cli/**'], message: 'The phone may import src/shared only.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='randomUUID']", message: 'crypto.randomUUID needs a secure context; the phone gets ids from main.' },
        { selector: "MemberExpression[property.name='subtle']", message: 'crypto.subtle needs a secure context.' },
        { selector: "MemberExpression[property.name='clipboard']", message: 'The clipboard API needs a secure context.' },
        { selector: "MemberExpression[property.name='serviceWorker']", message: 'Service workers need a secure context.' },
        { selector: "MemberExpression[property.name=/^(geolocation|mediaDevices|credentials|share)$/]", message: 'Needs a secure context (and the phone has no use for it).' },
      ],
    },
  },
  {
    files: ['src/main/services/**/*.ts', 'src/cli/**/*.ts', 'src/harness/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronPath] }] },
  },
  {
    files: ['src/preload/**/*.ts'],
    ignores: ['src/preload/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodePaths, patterns: [...nodePatterns, { group: ['zod', '**/commands/**', '**/model/**'], message: 'The preload stays tiny: electron and shared/ipc/channels only.' }] },
      ],
    },
  },
);
