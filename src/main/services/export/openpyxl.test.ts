/**
 * A second reader: openpyxl (Debian's python3-openpyxl, run with /usr/bin/python3; the
 * python3 on PATH may be a pyenv one without it) opens the exported workbook and checks
 * values, fills, frozen panes, drop-down lists, dates, and that no cell is a formula.
 */
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_NOW, HOSTILE_IN_CELLS, hostileWorkshop } from '../../../shared/export/testkit';
import { swatchOf } from '../../../shared/export/palette';
import { exportWorkbook } from './index';

const PYTHON = '/usr/bin/python3';

const SCRIPT = String.raw`
import datetime, json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
spec = json.loads(sys.argv[2])
problems = []
def check(cond, msg):
    if not cond:
        problems.append(msg)

check(wb.sheetnames == spec['sheets'], 'sheet names: %r' % wb.sheetnames)
guarded = []
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if c.data_type == 'f':
                problems.append('formula in %s!%s: %r' % (ws.title, c.coordinate, c.value))
            if isinstance(c.value, str) and c.value[:1] in ('=', '+', '-', '@', '\t', '\r', '\n'):
                guarded.append(c.value)
                check(c.number_format == '@', 'not text-formatted: %s!%s %r (%s)' % (ws.title, c.coordinate, c.value, c.number_format))
for v in spec['hostile']:
    check(v in guarded, 'hostile text missing or changed: %r' % v)

tp = wb['Touchpoints']
check(tp.freeze_panes == 'C2', 'Touchpoints freeze panes: %r' % tp.freeze_panes)
check(tp.auto_filter.ref == 'A1:V42', 'Touchpoints autofilter: %r' % tp.auto_filter.ref)
h = tp['A1']
check(h.font.b and h.font.name == 'Calibri', 'header font: %r %r' % (h.font.b, h.font.name))
check(h.fill.fill_type == 'solid' and h.fill.fgColor.rgb == 'FF1F3864', 'header fill: %r' % h.fill.fgColor.rgb)

# printed readably: landscape, fitted to the page width, the main columns only, the header on every page
check(tp.page_setup.orientation == 'landscape', 'Touchpoints orientation: %r' % tp.page_setup.orientation)
check(tp.sheet_properties.pageSetUpPr is not None and tp.sheet_properties.pageSetUpPr.fitToPage, 'Touchpoints fit to page')
check(int(tp.page_setup.fitToWidth or 0) == 1 and int(tp.page_setup.fitToHeight or 0) == 0, 'Touchpoints fit: %r x %r' % (tp.page_setup.fitToWidth, tp.page_setup.fitToHeight))
area = tp.print_area if isinstance(tp.print_area, str) else ','.join(tp.print_area or [])
# absolute on both ends: LibreOffice ignores a mixed "$A1:$J42"
check(area.endswith('$A$1:$J$42'), 'Touchpoints print area: %r' % tp.print_area)
check(str(tp.print_title_rows).replace('$', '') == '1:1', 'Touchpoints print titles: %r' % tp.print_title_rows)
check([tp.cell(1, k).value for k in range(1, 4)] == ['Nr.', 'Titel', 'Phase'], 'Touchpoints first columns: %r' % [tp.cell(1, k).value for k in range(1, 4)])

pr = wb['Prioritäten']
head = [c.value for c in pr[1]]
fields = set(pr.cell(r, head.index('Prioritätenmatrix') + 1).value for r in range(2, pr.max_row + 1))
check(fields <= set(spec['fields']), 'priority fields: %r' % fields)

su = wb['Übersicht']
labels = [su.cell(r, 1).value for r in range(1, su.max_row + 1)]
for want in spec['summary']:
    check(any(isinstance(l, str) and want in l for l in labels), 'summary lacks %r' % want)

rt = wb['Bewertungen']
check(rt.freeze_panes == 'B3', 'Bewertungen freeze panes: %r' % rt.freeze_panes)
fills = {}
for row in rt.iter_rows(min_row=3):
    for c in row:
        if isinstance(c.value, int) and c.number_format == '+0;"\u2212"0;0':
            fills.setdefault(str(c.value), set()).add(c.fill.fgColor.rgb)
for level, rgb in spec['fills'].items():
    check(fills.get(level) == {rgb}, 'fill of level %s: %r' % (level, fills.get(level)))

ms = wb['Maßnahmen']
lists = [(str(dv.sqref), dv.type, dv.formula1) for dv in ms.data_validations.dataValidation]
check(any(t == 'list' and f == '"Idee,geplant,in Arbeit,erledigt"' and 'H2' in ref for ref, t, f in lists), 'status list: %r' % lists)
check(any(t == 'list' and f == '"klein,mittel,groß"' for ref, t, f in lists), 'effort list: %r' % lists)
due = ms['F2']
check(isinstance(due.value, datetime.datetime) and due.value.date() == datetime.date(2026, 4, 30), 'due date: %r' % due.value)
check(ms['H2'].value == 'in Arbeit', 'status: %r' % ms['H2'].value)

cube = wb['Würfel']
stickers = [c for row in cube.iter_rows() for c in row if c.value in ('−−', '−', '○', '+', '++', '?')]
check(len(stickers) == spec['stickers'], 'cube stickers: %d' % len(stickers))
print(json.dumps({'problems': problems, 'guarded': len(guarded)}))
`;

function hasOpenpyxl(): boolean {
  const r = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' });
  return r.status === 0;
}

describe('the workbook read by openpyxl (a second reader)', () => {
  it('has the values, fills, frozen panes, drop-down lists and dates, and no formula anywhere', async () => {
    if (!hasOpenpyxl()) {
      throw new Error(`${PYTHON} cannot import openpyxl: install it with "apt-get install -y python3-openpyxl" (CI installs it).`);
    }
    const doc = hostileWorkshop();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tpc-openpyxl-'));
    const file = path.join(dir, 'handoff.xlsx');
    await fs.writeFile(file, await exportWorkbook(doc, { lang: 'de', now: EXPORT_NOW }));
    const spec = {
      sheets: ['Übersicht', 'Touchpoints', 'Bewertungen', 'Würfel', 'Prioritäten', 'Maßnahmen', 'Teilnehmende'],
      hostile: HOSTILE_IN_CELLS,
      fills: Object.fromEntries(([-2, -1, 0, 1, 2] as const).map((l) => [String(l), `FF${swatchOf(l).fill.slice(1)}`])),
      stickers: doc.touchpoints.filter((t) => t.faceId).length + 6, // + the legend's six
      fields: ['Sofort angehen', 'Planen', 'Kurz prüfen', 'Beobachten', 'Blinder Fleck (nicht bewertet)'],
      summary: ['Beziehungskonto', 'Saldo', 'Haben', 'Soll', 'Promotoren', 'Saboteur-Risiken', ...doc.phases.map((p) => p.name)],
    };
    // -W ignore: openpyxl warns that it would drop drawing shapes when rewriting the file (the summary's picture anchor)
    const r = spawnSync(PYTHON, ['-W', 'ignore', '-c', SCRIPT, file, JSON.stringify(spec)], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { problems: string[]; guarded: number };
    expect(out.problems).toEqual([]);
    expect(out.guarded).toBeGreaterThanOrEqual(HOSTILE_IN_CELLS.length);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
