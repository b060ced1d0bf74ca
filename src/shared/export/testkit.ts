/** Workshops for the export tests (test-only helper; not exported from the index). */
import { exampleWorkshop } from '../example/bank';
import type { Workshop } from '../model/schema';

/** Text a client could type that spreadsheets would otherwise evaluate (docs/design/quality.md S6). */
export const HOSTILE = {
  hyperlink: '=HYPERLINK("http://x","klick")',
  phone: '+49 171 2345678',
  percent: '-5 %',
  at: '@SUM(A1)',
  tab: '\t=1+1',
  cr: '\r=2+2',
  lf: '\n=3+3',
  client: '=EVIL()',
  person: '=Mallory',
  face: '+Online',
  department: '@Vertrieb',
  measure: '-Kosten senken',
} as const;

/** What a cell keeps of each: the text as typed, a lone CR as LF (XML readers normalise it). */
export const HOSTILE_IN_CELLS: readonly string[] = Object.values(HOSTILE).map((v) => v.replace(/\r\n?/g, '\n'));

/** The bundled example with formula-like text in every kind of field, and a measure due on 30 April 2026. */
export function hostileWorkshop(): Workshop {
  const w = structuredClone(exampleWorkshop());
  const tp = w.touchpoints;
  tp[0]!.title = HOSTILE.hyperlink;
  tp[1]!.title = HOSTILE.phone;
  tp[2]!.title = HOSTILE.percent;
  tp[3]!.title = HOSTILE.at;
  tp[4]!.description = HOSTILE.tab;
  tp[5]!.description = HOSTILE.cr;
  tp[6]!.description = HOSTILE.lf;
  tp[7]!.description = 'Klingelt\u0007 laut';
  w.meta.client = HOSTILE.client;
  w.participants[0]!.name = HOSTILE.person;
  w.faces[4]!.name = HOSTILE.face;
  w.departments[0]!.name = HOSTILE.department;
  const m = w.measures[0]!;
  m.title = HOSTILE.measure;
  m.due = '2026-04-30';
  m.ownerId = w.participants[0]!.id;
  m.status = 'inProgress';
  return w;
}

export const EXPORT_NOW = new Date('2026-03-14T10:30:00');

/** The bundled example with 14 touchpoints on the first face and the rest spread over the others (every face 4×4). */
export function lopsidedWorkshop(): Workshop {
  const w = structuredClone(exampleWorkshop());
  w.touchpoints.forEach((tp, i) => {
    tp.faceId = i < 14 ? w.faces[0]!.id : w.faces[1 + ((i - 14) % 5)]!.id;
  });
  return w;
}
