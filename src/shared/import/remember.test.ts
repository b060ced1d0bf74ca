/** Remembered import mappings: the header-set key, what is kept, and how it is applied again. */
import { describe, expect, it } from 'vitest';
import { exampleWorkshop } from '../example/bank';
import { detectColumns, IMPORT_FIELDS } from './headers';
import { CREATE, headerSetKey, NONE, recall, RememberedImport, REMEMBER_MAX, toRemember, withRemembered, type DialogColumns } from './remember';

const doc = exampleWorkshop();
const auto = (headers: string[]): DialogColumns => {
  const d = detectColumns(headers).columns;
  const out = {} as DialogColumns;
  for (const f of IMPORT_FIELDS) out[f] = d[f] ?? -1;
  return out;
};

describe('headerSetKey', () => {
  it('is the set of normalised headers: order, case, spacing, umlaut spelling and repeats do not matter', () => {
    expect(headerSetKey(['Titel', 'Abteilung', 'Würfelseite'])).toBe(headerSetKey([' würfelseite', 'ABTEILUNG', 'Titel', 'titel', '']));
    expect(headerSetKey(['Titel', 'Abteilung'])).not.toBe(headerSetKey(['Titel', 'Abteilung', 'Phase']));
  });
});

describe('toRemember / recall', () => {
  const headers = ['Maßnahme', 'Notiz', 'Team', 'Phase'];
  const dep = doc.departments[0]!;

  it('keeps only what differs from automatic, by header name and value, and applies it to the same headers in another order', () => {
    const a = auto(headers);
    expect(a.title).toBe(-1); // "Maßnahme" is not known as the title column
    const columns = { ...a, title: 0, description: 1 };
    const entry = toRemember(doc, headers, columns, a, [
      { kind: 'department', value: 'Vertrieb ', choice: dep.id },
      { kind: 'phase', value: 'Später', choice: CREATE },
      { kind: 'face', value: 'Sonstiges', choice: '' },
    ]);
    expect(entry).toEqual({
      key: headerSetKey(headers),
      columns: [
        { field: 'title', header: 'massnahme' },
        { field: 'description', header: 'notiz' },
      ],
      values: [
        { kind: 'department', value: 'vertrieb', target: { id: dep.id, name: dep.name } },
        { kind: 'phase', value: 'spater', target: 'create' },
      ],
    });
    expect(RememberedImport.safeParse(entry).success).toBe(true);

    const reordered = ['Phase', 'Team', 'Notiz', 'Maßnahme'];
    const r = recall(entry!, doc, reordered, auto(reordered));
    expect(r.applied).toBe(true);
    expect(r.columns).toMatchObject({ title: 3, description: 2, department: 1, phase: 0 });
    expect(r.choose('department', 'VERTRIEB')).toBe(dep.id);
    expect(r.choose('phase', 'später')).toBe(CREATE);
    expect(r.choose('face', 'Sonstiges')).toBeNull();
  });

  it('remembers nothing when everything is automatic', () => {
    expect(toRemember(doc, headers, auto(headers), auto(headers), [{ kind: 'face', value: 'x', choice: '' }])).toBeNull();
  });

  it('falls back to automatic for what no longer fits: a removed department, a gone header', () => {
    const entry: RememberedImport = {
      key: headerSetKey(headers),
      columns: [{ field: 'title', header: 'spalte die es nicht gibt' }, { field: 'department', header: null }],
      values: [
        { kind: 'department', value: 'vertrieb', target: { id: 'dep_gone', name: 'Abteilung, die es nicht mehr gibt' } },
        { kind: 'department', value: 'extern', target: 'none' },
        { kind: 'department', value: 'service', target: { id: 'dep_other', name: dep.name.toUpperCase() } },
      ],
    };
    const r = recall(entry, doc, headers, auto(headers));
    expect(r.columns.title).toBe(auto(headers).title);
    expect(r.columns.department).toBe(-1); // "not imported" was a choice too
    expect(r.choose('department', 'Vertrieb')).toBeNull();
    expect(r.choose('department', 'Extern')).toBe(NONE);
    // another workshop: the department of that name, under its own id
    expect(r.choose('department', 'Service')).toBe(dep.id);
  });
});

describe('withRemembered', () => {
  it(`puts the newest first, replaces the same header set and keeps ${REMEMBER_MAX}`, () => {
    const e = (k: string): RememberedImport => ({ key: k, columns: [], values: [] });
    let list: RememberedImport[] = [];
    for (let i = 0; i < 25; i++) list = withRemembered(list, e(`k${i}`));
    expect(list).toHaveLength(REMEMBER_MAX);
    expect(list[0]!.key).toBe('k24');
    list = withRemembered(list, e('k10'));
    expect(list.map((x) => x.key).slice(0, 2)).toEqual(['k10', 'k24']);
    expect(list.filter((x) => x.key === 'k10')).toHaveLength(1);
  });
});
