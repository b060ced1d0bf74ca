import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppEvent, DocState, RoomState } from '../../shared/ipc/types';
import { createApi } from './api';
import { Room } from './room';
import { Session } from './session';
import { SettingsStore } from './settings';
import { tempDir } from './testing/tempDir';

function makeApi() {
  const data = tempDir('tpc-room-');
  const session = new Session({ debounceMs: 10 });
  const room = new Room();
  const events: AppEvent[] = [];
  const api = createApi({
    session,
    settings: new SettingsStore(path.join(data, 'settings.json')),
    folder: path.join(data, 'workshops'),
    examplePath: path.resolve(__dirname, '../../../resources/example.tpcube'),
    now: () => new Date('2026-11-23T10:00:00Z'),
    info: { version: 'test', host: 'harness', platform: 'linux' },
    emit: (e) => events.push(e),
    room,
  });
  return { api, session, room, events };
}

const roomEvents = (events: AppEvent[]) => events.flatMap((e) => (e.type === 'room.changed' ? [e.room] : []));

describe('room state shared by every window', () => {
  it('tells every window which workshop is presented, once per change, and forgets it when the workshop closes', async () => {
    const { api, events } = makeApi();
    expect((await api.call('room.get', {})) as { value: RoomState }).toMatchObject({ ok: true, value: { docId: null, presenting: false } });
    const opened = (await api.call('library.create', { title: 'x', language: 'de', from: 'example' })) as { ok: true; value: { state: DocState } };
    const docId = opened.value.state.docId;
    const set = await api.call('room.set', { docId, presenting: true });
    expect(set).toMatchObject({ ok: true, value: { docId, presenting: true, audienceWindow: false } });
    await api.call('room.set', { docId, presenting: true }); // no change, no broadcast
    await Promise.resolve();
    expect(roomEvents(events)).toEqual([{ docId, presenting: true, audienceWindow: false, focusId: null, audienceNames: false }]);
    await api.call('doc.close', { docId });
    await Promise.resolve();
    expect(roomEvents(events).at(-1)).toEqual({ docId: null, presenting: false, audienceWindow: false, focusId: null, audienceNames: false });
  });

  it('refuses a workshop that is not open, and bad payloads', async () => {
    const { api } = makeApi();
    expect(await api.call('room.set', { docId: 'doc99' })).toMatchObject({ ok: false, error: { code: 'error.doc.notOpen' } });
    expect(await api.call('room.set', { docId: '../x' })).toMatchObject({ ok: false, error: { code: 'error.ipc.badRequest' } });
    expect(await api.call('room.set', { audienceWindow: true })).toMatchObject({ ok: false, error: { code: 'error.ipc.badRequest' } });
  });

  it('broadcasts the state after the adapter reacted (no flicker of an intermediate state)', async () => {
    const { api, room, events } = makeApi();
    const opened = (await api.call('library.create', { title: 'x', language: 'de', from: 'blank' })) as { ok: true; value: { state: DocState } };
    // the Electron adapter opens the audience window synchronously when presenting starts
    room.on((r) => {
      if (r.presenting && !r.audienceWindow) room.set({ audienceWindow: true });
    });
    const r = await api.call('room.set', { docId: opened.value.state.docId, presenting: true });
    expect(r).toMatchObject({ ok: true, value: { presenting: true, audienceWindow: true } });
    await Promise.resolve();
    expect(roomEvents(events)).toEqual([{ docId: opened.value.state.docId, presenting: true, audienceWindow: true, focusId: null, audienceNames: false }]);
  });

  it('a new workshop clears the focus and presenting cannot outlive its workshop', () => {
    const room = new Room();
    room.set({ docId: 'doc1', focusId: 'tp_abc', presenting: true });
    expect(room.set({ docId: 'doc2' })).toMatchObject({ docId: 'doc2', focusId: null, presenting: true });
    expect(room.set({ docId: null })).toMatchObject({ presenting: false, focusId: null });
  });
});
