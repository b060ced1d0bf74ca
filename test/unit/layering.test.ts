/**
 * The layers of src/ are whitelists enforced by ESLint (eslint.config.js, eslint-local/layers.js,
 * docs/architecture.md "Layers"). This lints small probe files placed in each layer with the
 * project's real config: every forbidden import must fail the lint, every allowed one pass.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });
});

async function lint(filePath: string, code: string): Promise<ESLint.LintResult> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  return result;
}

/** re-exports need no use, so the only possible errors are about the import itself */
const reexport = (spec: string) => `export * from '${spec}';\n`;

interface LayerCase {
  layer: string;
  /** a file inside the layer (it need not exist) */
  file: string;
  allowed: string[];
  forbidden: string[];
}

const CASES: LayerCase[] = [
  {
    layer: 'src/shared',
    file: 'src/shared/model/probe.ts',
    allowed: ['./schema', '../result', '../metrics/cube', 'zod'],
    forbidden: ['../../main/services/api', '../../main/electron/security', '../../renderer/src/lib/bridge', '../../preload/index', '../../cli/index', '../../harness/server', '../../../test/fixtures/x', 'node:fs', 'fs', 'electron', 'svelte', 'konva/lib/Core', 'exceljs'],
  },
  {
    layer: 'src/shared (tests)',
    file: 'src/shared/model/probe.test.ts',
    allowed: ['./schema', '../example/bank', 'vitest', 'node:fs'],
    forbidden: ['../../main/services/session', '../../renderer/src/lib/bridge'],
  },
  {
    layer: 'src/main/services',
    file: 'src/main/services/export/probe.ts',
    allowed: ['../../../shared/result', './workbook', '../session', 'exceljs', 'node:fs'],
    forbidden: ['../../electron/ipc', '../../index', '../../../renderer/src/lib/bridge', '../../../preload/index', '../../../cli/index', '../../../harness/server', 'electron'],
  },
  {
    layer: 'src/main/electron',
    file: 'src/main/electron/probe.ts',
    allowed: ['./security', '../services/api', '../../shared/result', 'electron'],
    forbidden: ['../../renderer/src/lib/bridge', '../../preload/index', '../../cli/index', '../../harness/server'],
  },
  {
    layer: 'src/main/index.ts',
    file: 'src/main/index.ts',
    allowed: ['./electron/ipc', './services/api', '../shared/result', 'electron'],
    forbidden: ['../renderer/src/lib/bridge', '../preload/index', '../cli/index', '../harness/server'],
  },
  {
    layer: 'src/cli',
    file: 'src/cli/commands/probe.ts',
    allowed: ['../../main/services/export', '../../shared/result', '../index', './export'],
    forbidden: ['../../main/electron/security', '../../main/index', '../../renderer/src/lib/bridge', '../../harness/server', 'electron'],
  },
  {
    layer: 'src/harness',
    file: 'src/harness/probe.ts',
    allowed: ['../main/services/api', '../shared/security/csp', './server'],
    forbidden: ['../main/electron/security', '../renderer/src/lib/bridge', '../cli/index', '../preload/index', 'electron'],
  },
  {
    layer: 'src/renderer',
    file: 'src/renderer/src/lib/probe.ts',
    allowed: ['../../../shared/result', './bridge', '../views/registry', 'svelte'],
    forbidden: ['../../../main/services/api', '../../../main/electron/security', '../../../preload/index', '../../../cli/index', '../../../harness/server', 'electron', 'node:fs'],
  },
  {
    layer: 'src/preload',
    file: 'src/preload/probe.ts',
    allowed: ['../shared/ipc/channels', 'electron'],
    forbidden: ['../main/services/api', '../main/electron/ipc', '../renderer/src/lib/bridge', '../shared/model/schema', 'zod', 'node:fs'],
  },
  {
    layer: 'src/phone',
    file: 'src/phone/src/probe.ts',
    allowed: ['../../shared/room/contract', './connection', 'svelte'],
    forbidden: ['../../main/services/roomServer/server', '../../renderer/src/lib/bridge', '../../preload/index', '../../harness/server', 'electron', 'node:fs'],
  },
];

describe('layers are whitelists enforced by ESLint', () => {
  for (const c of CASES) {
    describe(c.layer, () => {
      it('accepts the imports it allows', async () => {
        const result = await lint(c.file, c.allowed.map(reexport).join(''));
        expect(result.messages).toEqual([]);
      });

      for (const spec of c.forbidden) {
        it(`refuses "${spec}"`, async () => {
          const result = await lint(c.file, reexport(spec));
          // refused, and only for the import (the phone's own no-restricted-imports may say so too)
          expect(result.errorCount).toBeGreaterThanOrEqual(1);
          for (const m of result.messages) expect(['local/layers', 'no-restricted-imports']).toContain(m.ruleId);
        });
      }
    });
  }

  it('checks dynamic imports and import types too', async () => {
    const file = 'src/shared/model/probe.ts';
    const dynamic = await lint(file, "export const load = () => import('../../main/services/api');\n");
    expect(dynamic.messages.map((m) => m.ruleId)).toEqual(['local/layers']);
    const typeOnly = await lint(file, "export type Api = import('../../main/services/api').Api;\n");
    expect(typeOnly.messages.map((m) => m.ruleId)).toEqual(['local/layers']);
  });

  it('checks the imports of Svelte components in the renderer', async () => {
    const file = 'src/renderer/src/views/Probe.svelte';
    const forbidden = await lint(file, "<script lang=\"ts\">\n  import { createApi } from '../../../main/services/api';\n</script>\n<p>{String(createApi)}</p>\n");
    expect(forbidden.messages.map((m) => m.ruleId)).toEqual(['local/layers']);
    const allowed = await lint(file, "<script lang=\"ts\">\n  import { ok } from '../../../shared/result';\n</script>\n<p>{String(ok)}</p>\n");
    expect(allowed.messages).toEqual([]);
  });

  it('the error message names the layer and what it may import', async () => {
    const result = await lint('src/cli/probe.ts', reexport('../main/electron/security'));
    expect(result.messages[0]?.message).toBe('src/cli may import only from src/shared, src/main/services, src/cli; "../main/electron/security" is in src/main/electron/security.');
  });

  // a folder no layer covers would be open to every import: each one must be under a whitelist
  it('every folder of src/ (and of src/main/) belongs to a layer', async () => {
    const dirs = (p: string) => readdirSync(path.join(root, p), { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('__')).map((d) => `${p}/${d.name}`);
    const folders = [...dirs('src').filter((d) => d !== 'src/main'), ...dirs('src/main')];
    expect(folders.length).toBeGreaterThan(5);
    const uncovered: string[] = [];
    for (const folder of folders) {
      const result = await lint(`${folder}/probe.ts`, reexport('../../../../outside-the-repository'));
      if (!result.messages.some((m) => m.ruleId === 'local/layers')) uncovered.push(folder);
    }
    expect(uncovered).toEqual([]);
  });
});
