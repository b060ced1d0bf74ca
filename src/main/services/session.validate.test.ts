/**
 * The session refuses a change whose result the app could not open again (issue: the app
 * wrote files it then refused to open). Commands are correct today, so a broken command is
 * simulated: the guarantee must hold for the next bug, too.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cmd, COMMANDS } from '../../shared/commands';
import { newWorkshop } from '../../shared/model/defaults';
import { parseWorkshopText } from '../../shared/model/migrations';
import type { Workshop } from '../../shared/model/schema';
import { Session } from './session';
import { tempDir } from './testing/tempDir';

const tmp = () => tempDir('tpc-validate-');
const sessions: Session[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const s of sessions.splice(0)) await s.closeAll().catch(() => {});
});

async function opened(file: string) {
  const s = new Session({ debounceMs: 5 });
  sessions.push(s);
  const r = await s.create(file, newWorkshop({ title: 'Valid', language: 'de', now: new Date('2026-11-23T10:00:00Z') }));
  if (!r.ok || r.value.kind !== 'opened') throw new Error(JSON.stringify(r));
  return { s, docId: r.value.state.docId, phase: r.value.state.doc.phases[0]!.id };
}

describe('session: every change leaves an openable document', () => {
  it('refuses a change that would make the file invalid, with a message, and keeps file and history as they were', async () => {
    const file = path.join(tmp(), 'w.tpcube');
    const { s, docId, phase } = await opened(file);
    expect(s.apply(docId, [cmd('touchpoint.add', { id: 'tp_good', title: 'Good', phaseId: phase })]).ok).toBe(true);
    await s.flush(docId);
    const before = s.state(docId);

    const def = COMMANDS.get('meta.update')!;
    vi.spyOn(def, 'apply').mockImplementation((doc: Workshop) => ({ ...doc, touchpoints: doc.touchpoints.map((t) => ({ ...t, order: Infinity })) }));
    const r = s.apply(docId, [cmd('meta.update', { patch: { client: 'Bug' } })]);
    expect(r).toMatchObject({ ok: false, error: { code: 'rule.doc.invalid', params: { where: 'touchpoints.0.order' } } });

    const after = s.state(docId);
    expect(after.version).toBe(before.version);
    expect(after.doc).toBe(before.doc);
    await s.flush(docId);
    expect(parseWorkshopText(await fs.readFile(file, 'utf8')).touchpoints[0]?.order).toBe(1);
    // the history is intact: undo still takes back the good change
    expect(s.undo(docId).ok).toBe(true);
    expect(s.state(docId).doc.touchpoints).toEqual([]);
  });

  it('checks the first change of a document it has not checked yet in full', async () => {
    const { s, docId } = await opened(path.join(tmp(), 'x.tpcube'));
    const def = COMMANDS.get('meta.update')!;
    // a broken part the command did not touch: only a full check sees it
    vi.spyOn(def, 'apply').mockImplementation((doc: Workshop) => ({ ...doc, meta: { ...doc.meta, client: 'ok' }, method: { ...doc.method, negativeWeight: 99 } }));
    expect(s.apply(docId, [cmd('meta.update', { patch: { client: 'ok' } })])).toMatchObject({ ok: false, error: { code: 'rule.doc.invalid', params: { where: 'method.negativeWeight' } } });
  });

  it('101 participant.add through the session: the 101st is refused with the cap, the file still opens (regression)', async () => {
    const file = path.join(tmp(), 'p.tpcube');
    const { s, docId } = await opened(file);
    for (let i = 0; i < 100; i++) expect(s.apply(docId, [cmd('participant.add', { id: `pa_person${i}`, name: `P${i}`, departmentId: null, role: '' })]).ok).toBe(true);
    const r = s.apply(docId, [cmd('participant.add', { id: 'pa_person100', name: 'One too many', departmentId: null, role: '' })]);
    expect(r).toMatchObject({ ok: false, error: { code: 'rule.limit.participants', params: { max: 100 } } });
    await s.flush(docId);
    expect(parseWorkshopText(await fs.readFile(file, 'utf8')).participants).toHaveLength(100);
  });
});
