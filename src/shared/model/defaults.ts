/** Defaults of a new workshop, in the workshop's language (content stays as typed afterwards). */
import type { Agenda, AgendaStep, Face, FaceKey, Language, Method, Phase, Run, Touchpoint, ViewName, Workshop } from './schema';
import { SCHEMA_VERSION } from './schema';
import { newId } from './ids';

/** The six causes of good or bad experiences (docs/glossary.md "the six causes") = the six faces of the cube. */
export const DEFAULT_FACES: Record<Language, Record<FaceKey, { name: string; description: string }>> = {
  de: {
    product: { name: 'Produkt & Angebot', description: 'Was der Kunde kauft: Leistung, Sortiment, Preis, Konditionen.' },
    service: { name: 'Servicequalität', description: 'Erreichbarkeit, Schnelligkeit, Verlässlichkeit, Problemlösung.' },
    people: { name: 'Mitarbeitende: Freundlichkeit & Kompetenz', description: 'Wie freundlich, hilfsbereit und kompetent Menschen dem Kunden begegnen.' },
    premises: { name: 'Point of Sale & Räume', description: 'Filiale, Laden, Empfang: Gestaltung, Wege, Atmosphäre.' },
    online: { name: 'Online-Präsenz', description: 'Website, App, Social Media, Bewertungsportale: schnell, einfach, mobil.' },
    technology: { name: 'Technik & Vernetzung', description: 'Technische Probleme und wie die Touchpoints miteinander verbunden sind.' },
  },
  en: {
    product: { name: 'Product & offering', description: 'What the customer buys: service, range, price, terms.' },
    service: { name: 'Service quality', description: 'Reachability, speed, reliability, problem solving.' },
    people: { name: 'People: friendliness & competence', description: 'How friendly, helpful and competent people meet the customer.' },
    premises: { name: 'Point of sale & premises', description: 'Branch, shop, reception: design, ways, atmosphere.' },
    online: { name: 'Online presence', description: 'Website, app, social media, rating portals: fast, easy, mobile.' },
    technology: { name: 'Technology & integration', description: 'Technical problems and how the touchpoints are connected.' },
  },
};

/** Cube colours of the classic Rubik's cube, one per face; used only as the face's label band. */
export const DEFAULT_FACE_COLORS: Record<FaceKey, string> = {
  product: '#1f6feb',
  service: '#e3a008',
  people: '#d9480f',
  premises: '#2b8a3e',
  online: '#7048e8',
  technology: '#495057',
};

export const DEFAULT_PHASES: Record<Language, string[]> = {
  de: ['Vor dem Kauf', 'Während des Kaufs', 'Nach dem Kauf'],
  en: ['Before the purchase', 'During the purchase', 'After the purchase'],
};

export const DEPARTMENT_PALETTE = ['#0b7285', '#5f3dc4', '#c2255c', '#2b8a3e', '#e67700', '#1864ab', '#862e9c', '#5c940d'];

const AGENDA: Record<Language, { title: string; minutes: number; view: ViewName; notes: string }[]> = {
  de: [
    { title: 'Begrüßung und Markenversprechen', minutes: 15, view: 'setup', notes: 'Ziel des Workshops, Markenversprechen vorlesen: Was verspricht das Unternehmen seinen Kunden?' },
    { title: 'Touchpoints sammeln', minutes: 45, view: 'board', notes: 'Die Kundenreise in Kundenreihenfolge: vor, während, nach dem Kauf. An indirekte Touchpoints denken: Bewertungsportale, Foren, Testberichte, Presse, Mundpropaganda.' },
    { title: 'Phasen, Würfelseiten, Abteilungen zuordnen', minutes: 20, view: 'board', notes: 'Wo arbeiten Abteilungen nebeneinander her? Wo ist niemand zuständig?' },
    { title: 'Aus Kundensicht bewerten', minutes: 45, view: 'rate', notes: 'Nicht: Wie gut sind wir? Sondern: Was erlebt der Kunde? Abweichungen von zwei Stufen diskutieren.' },
    { title: 'Den Würfel anschauen', minutes: 20, view: 'cube', notes: 'Wie homogen ist das Bild? Wo sind blinde Flecken?' },
    { title: 'Priorisieren und abstimmen', minutes: 30, view: 'priorities', notes: 'Schlüssel-Touchpoints und Quick Wins zuerst. Jede Person vergibt ihre Punkte.' },
    { title: 'Maßnahmen und Verantwortliche', minutes: 40, view: 'measures', notes: 'Jede Maßnahme bekommt eine Person, die sie wirklich will.' },
    { title: 'Abschluss und Übergabe', minutes: 15, view: 'summary', notes: 'Ergebnisse zusammenfassen, Excel-Mappe übergeben, nächsten Termin vereinbaren.' },
  ],
  en: [
    { title: 'Welcome and brand promise', minutes: 15, view: 'setup', notes: 'Goal of the workshop; read the brand promise: what does the company promise its customers?' },
    { title: 'Collect touchpoints', minutes: 45, view: 'board', notes: 'The journey in the customer\'s order: before, during, after the purchase. Think of indirect touchpoints: rating portals, forums, test reports, press, word of mouth.' },
    { title: 'Assign phases, faces, departments', minutes: 20, view: 'board', notes: 'Where do departments work side by side? Where is nobody in charge?' },
    { title: 'Rate from the customer\'s view', minutes: 45, view: 'rate', notes: 'Not: how good are we? But: what does the customer experience? Discuss differences of two levels.' },
    { title: 'Look at the cube', minutes: 20, view: 'cube', notes: 'How homogeneous is the picture? Where are blind spots?' },
    { title: 'Prioritise and vote', minutes: 30, view: 'priorities', notes: 'Key touchpoints and quick wins first. Everyone places their dots.' },
    { title: 'Measures and owners', minutes: 40, view: 'measures', notes: 'Every measure gets a person who really wants it.' },
    { title: 'Wrap-up and handoff', minutes: 15, view: 'summary', notes: 'Sum up, hand over the Excel workbook, agree on the next date.' },
  ],
};

export function defaultAgendaSteps(language: Language): AgendaStep[] {
  return AGENDA[language].map((s) => ({ id: newId('ag'), ...s }));
}

export function defaultAgenda(language: Language): Agenda {
  return { steps: defaultAgendaSteps(language) };
}

/** The room before the day starts: on the first step, the timer idle, nothing spent. */
export function idleRun(agenda: Agenda): Run {
  return {
    currentStepId: agenda.steps[0]?.id ?? null,
    timer: { state: 'idle', startedAt: null, elapsedMs: 0, extraMinutes: 0 },
    actualMs: {},
  };
}

export function defaultFaces(language: Language): Face[] {
  return (Object.keys(DEFAULT_FACES[language]) as FaceKey[]).map((key) => ({
    id: newId('fc'),
    key,
    name: DEFAULT_FACES[language][key].name,
    description: DEFAULT_FACES[language][key].description,
    color: DEFAULT_FACE_COLORS[key],
  }));
}

export function defaultPhases(language: Language): Phase[] {
  return DEFAULT_PHASES[language].map((name) => ({ id: newId('ph'), name }));
}

/**
 * The fields of a new touchpoint that nobody gave a value: on the board (touchpoint.add)
 * and for an imported row whose cell is empty (import/plan.ts). Direct, offline, no moment
 * of truth, medium importance, the default target (cube.ts DEFAULT_TARGET applies).
 */
export const TouchpointDefaults = {
  description: '',
  faceId: null,
  departmentId: null,
  direct: true,
  online: false,
  momentOfTruth: false,
  importance: 2,
  target: null,
} as const satisfies Partial<Touchpoint>;

export const DEFAULT_METHOD: Method = {
  dotsPerParticipant: 3,
  negativeWeight: 2,
  momentOfTruthWeight: 1.5,
  votesFeedPriority: true,
};

export function newWorkshop(opts: { title: string; language: Language; now: Date }): Workshop {
  const agenda = defaultAgenda(opts.language);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId('ws'),
    meta: {
      title: opts.title,
      client: '',
      date: opts.now.toISOString().slice(0, 10),
      venue: '',
      goal: '',
      brandPromise: '',
      language: opts.language,
      createdAt: opts.now.toISOString(),
    },
    departments: [],
    participants: [],
    phases: defaultPhases(opts.language),
    faces: defaultFaces(opts.language),
    touchpoints: [],
    ratings: {},
    anonRatings: {},
    roomRatings: {},
    snapshots: [],
    votes: {},
    roomVotes: {},
    measures: [],
    agenda,
    run: idleRun(agenda),
    method: { ...DEFAULT_METHOD },
  };
}
