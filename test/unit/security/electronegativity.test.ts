/**
 * S8: the electronegativity gate (build/electronegativity.ts) lets through only findings
 * that are explained, and every explanation is written down in docs/security.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPLAINED, readFindings, readSarif, unexplained } from '../../../build/electronegativity';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// the scanner's CSV as version 1.10 writes it (absolute paths without -r)
const CSV = `issue, severity, confidence, filename, location, sample, description, url
SANDBOX_JS_CHECK,"MEDIUM","FIRM","/work/main/src/main/electron/windows.ts","17:14","const win = new BrowserWindow({","Use sandbox for untrusted origins",https://github.com/doyensec/electronegativity/wiki/SANDBOX_JS_CHECK
CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src 'none'; script-src 'self'","One or more CSP directives detected seems to be vulnerable",https://x
SANDBOX_JS_CHECK,"MEDIUM","FIRM","/work/main/src/main/electron/audience.ts","9:3","new BrowserWindow({","Use sandbox for untrusted origins",https://x
OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","main/electron/menu.ts","40:7","shell.openExternal(url)","Review the use of openExternal",https://x
`;

describe('electronegativity gate', () => {
  it('passes explained findings and stops new ones, also in a new file with a known issue', () => {
    const findings = readFindings(CSV);
    expect(findings.map((f) => f.file)).toEqual(['main/electron/windows.ts', 'renderer/index.html', 'main/electron/audience.ts', 'main/electron/menu.ts']);
    expect(unexplained(findings).map((f) => `${f.issue} ${f.file}`)).toEqual(['SANDBOX_JS_CHECK main/electron/audience.ts', 'OPEN_EXTERNAL_JS_CHECK main/electron/menu.ts']);
  });

  it('names the row the scanner writes without issue or file (an unparseable policy) by its wiki URL', () => {
    const csv = `issue, severity, confidence, filename, location, sample, description, url
,"Failed to parse CSP, it may not be valid.",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK
,"Something else",https://github.com/doyensec/electronegativity/wiki/OPEN_EXTERNAL_JS_CHECK
`;
    const findings = readFindings(csv);
    expect(findings.map((f) => `${f.issue} ${f.file}`)).toEqual(['CSP_GLOBAL_CHECK unnamed', 'OPEN_EXTERNAL_JS_CHECK unnamed']);
    expect(unexplained(findings).map((f) => f.issue)).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
  });

  it('reads the SARIF report (what CI uses): rule, file and place of every finding', () => {
    // the shape version 1.10.3 writes (-o report.sarif), trimmed to three results
    const sarif = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'Electronegativity' } },
          results: [
            { ruleId: 'CSP_GLOBAL_CHECK', level: 'note', message: { text: 'Failed to parse CSP, it may not be valid.' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'main/electron/security.ts' }, region: { startLine: 65, startColumn: 16 } } }] },
            { ruleId: 'SANDBOX_JS_CHECK', level: 'warning', message: { text: 'Use sandbox for untrusted origins' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'main/electron/windows.ts' }, region: { startLine: 18, startColumn: 15 } } }] },
            { ruleId: 'OPEN_EXTERNAL_JS_CHECK', level: 'warning', message: { text: 'Review the use of openExternal' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'main/electron/menu.ts' }, region: { startLine: 40, startColumn: 7 } } }] },
          ],
        },
      ],
    });
    const findings = readSarif(sarif);
    expect(findings.map((f) => `${f.issue} ${f.file}:${f.location}`)).toEqual(['CSP_GLOBAL_CHECK main/electron/security.ts:65:16', 'SANDBOX_JS_CHECK main/electron/windows.ts:18:15', 'OPEN_EXTERNAL_JS_CHECK main/electron/menu.ts:40:7']);
    expect(unexplained(findings).map((f) => f.issue)).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
  });

  it('has every explanation in docs/security.md', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/security.md'), 'utf8');
    for (const e of EXPLAINED) expect(doc, `${e.issue} in ${e.file}`).toMatch(new RegExp(`${e.issue}[^\\n]*${e.file.replace(/[.]/g, '\\.')}`));
  });
});
