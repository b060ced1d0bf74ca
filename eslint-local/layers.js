// The layers of src/ as whitelists, as VS Code's `code-layering` rule does them
// (docs/architecture.md "Layers"). A file may import, by relative path, only from the
// folders its layer lists; anything else (another layer, a file outside src/) is an error
// that names the layer and what it may import. A whitelist rather than a list of
// forbidden folders, so a new folder is closed to a layer until someone opens it here.
//
// Bare specifiers (npm packages, node:*) are checked only when a layer gives `packages`:
// src/shared does, so a pure layer cannot quietly pick up a dependency on Node or the DOM.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the layers' folders are relative to it, wherever ESLint is started. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Each layer: the files it covers (flat-config globs), the folders (or single files) under
 * the repository root it may import from, and optionally the npm packages it may use.
 * Order matters only in that every file falls into exactly one entry.
 */
export const LAYERS = [
  {
    name: 'src/shared',
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts', 'src/shared/**/testing/**'],
    allow: ['src/shared'],
    packages: ['zod'],
  },
  // tests of shared code (and their helpers in testing/ folders) may use test tools such as
  // vitest and fast-check and read fixtures, but still no app layer
  { name: 'src/shared (tests)', files: ['src/shared/**/*.test.ts', 'src/shared/**/testing/**/*.ts'], allow: ['src/shared'] },
  { name: 'src/main/services', files: ['src/main/services/**/*.ts'], allow: ['src/shared', 'src/main/services'] },
  { name: 'src/main/electron', files: ['src/main/electron/**/*.ts'], allow: ['src/shared', 'src/main/services', 'src/main/electron'] },
  { name: 'src/main/index.ts', files: ['src/main/index.ts'], allow: ['src/shared', 'src/main/services', 'src/main/electron'] },
  { name: 'src/cli', files: ['src/cli/**/*.ts'], allow: ['src/shared', 'src/main/services', 'src/cli'] },
  { name: 'src/harness', files: ['src/harness/**/*.ts'], allow: ['src/shared', 'src/main/services', 'src/harness'] },
  { name: 'src/renderer', files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'], allow: ['src/shared', 'src/renderer'] },
  { name: 'src/preload', files: ['src/preload/**/*.ts'], allow: ['src/shared', 'src/preload'] },
  // the participants' phone page: a plain web page served by the room server, talks to it over its WebSocket only
  { name: 'src/phone', files: ['src/phone/**/*.ts', 'src/phone/**/*.svelte'], allow: ['src/shared', 'src/phone'] },
];

const inside = (rel, folder) => rel === folder || rel.startsWith(`${folder}/`);

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'A layer of src/ imports only from the layers it lists (docs/architecture.md).' },
    schema: [
      {
        type: 'object',
        properties: {
          layer: { type: 'string' },
          allow: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
        },
        required: ['layer', 'allow'],
        additionalProperties: false,
      },
    ],
    messages: {
      layer: '{{layer}} may import only from {{allowed}}; "{{spec}}" is in {{target}}.',
      package: '{{layer}} is pure: it may use only the packages {{allowed}}, not "{{spec}}".',
    },
  },
  create(context) {
    const { layer, allow, packages } = context.options[0];
    const dir = path.dirname(context.filename);

    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = path.relative(ROOT, path.resolve(dir, spec.replace(/\?.*$/, ''))).split(path.sep).join('/');
        if (!allow.some((folder) => inside(target, folder))) {
          context.report({ node, messageId: 'layer', data: { layer, allowed: allow.join(', '), spec, target: target.startsWith('..') ? 'outside the repository' : target } });
        }
        return;
      }
      if (packages && !packages.some((p) => spec === p || spec.startsWith(`${p}/`))) {
        context.report({ node, messageId: 'package', data: { layer, allowed: packages.join(', '), spec } });
      }
    };

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
      // typescript-eslint 8 names the specifier `source`; older versions `argument.literal`
      TSImportType: (node) => check(node, 'source' in node && node.source ? node.source : node.argument?.literal),
    };
  },
};

export const localPlugin = { rules: { layers: layersRule } };

/** The plugin, then one flat-config block per layer: the `local/layers` rule with that layer's whitelist. */
export function layerConfigs() {
  return [
    { plugins: { local: localPlugin } },
    ...LAYERS.map(({ name, files, ignores, allow, packages }) => ({
      files,
      ...(ignores ? { ignores } : {}),
      rules: { 'local/layers': ['error', { layer: name, allow, ...(packages ? { packages } : {}) }] },
    })),
  ];
}
