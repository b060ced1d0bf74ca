/**
 * S4: every channel validates its payload. A fuzzer sends malformed and random payloads to
 * every handler: each answer is an error envelope (or a valid result), nothing throws,
 * and the service keeps working afterwards.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { createApi } from './api';
import { Session } from './session';
import { SettingsStore } from './settings';
import { tempDir } from './testing/tempDir';

function makeApi() {
  const data = tempDir('tpc-api-');
  const session = new Session({ debounceMs: 10 });
  const api = createApi({
    session,
    settings: new SettingsStore(path.join(data, 'settings.json')),
    folder: path.join(data, 'workshops'),
    examplePath: path.resolve(__dirname, '../../../resources/example.tpcube'),
    now: () => new Date('2026-11-23T10:00:00Z'),
    info: { version: 'test', host: 'harness', platform: 'linux' },
  });
  return { api, session, data };
}

const HOSTILE: unknown[] = [
  undefined,
  null,
  42,
  'text',
  [],
  [1, 2],
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  { docId: 'doc1; rm -rf /' },
  { docId: 'doc1', commands: 'x' },
  { docId: 'doc1', commands: [{ name: 'touchpoint.add', payload: { id: '__proto__', title: 'x', phaseId: 'ph_x' } }] },
  { path: '' },
  { path: 'a'.repeat(5000) },
  { title: '' },
  { title: 'x'.repeat(300), language: 'xx', from: 'blank' },
  { patch: { language: 'fr' } },
  { patch: { fontScale: 100 } },
  { patch: { unknown: 1 } },
  { name: 'x.tpcube', text: '{not json' },
  { name: 'x.tpcube', text: '{"schemaVersion": 999}' },
  { file: '/etc/passwd', backup: '/etc/shadow' },
  { extra: 'field', docId: 'doc1' },
];

function randomValue(depth = 0): unknown {
  const r = Math.random();
  if (depth > 2 || r < 0.25) return [null, true, -1, 1e308, '', 'doc1', '../../x', '\u0000', '=cmd|x'][Math.floor(Math.random() * 9)];
  if (r < 0.5) return Array.from({ length: Math.floor(Math.random() * 4) }, () => randomValue(depth + 1));
  const o: Record<string, unknown> = {};
  for (const k of ['docId', 'path', 'title', 'commands', 'patch', 'name', 'text', 'payload', 'from', 'language']) if (Math.random() < 0.4) o[k] = randomValue(depth + 1);
  return o;
}

describe('IPC handlers under malformed input', () => {
  it('answers every hostile payload on every channel with an envelope, never a throw', async () => {
    const { api } = makeApi();
    for (const channel of CHANNELS) {
      for (const payload of HOSTILE) {
        const r = await api.call(channel, payload);
        expect(typeof r.ok, `${channel} ${JSON.stringify(payload)}`).toBe('boolean');
        if (!r.ok) expect(r.error.code).toMatch(/^error\./);
      }
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('survives 2,000 random payloads and still serves a real workflow afterwards', async () => {
    const { api } = makeApi();
    for (let i = 0; i < 2000; i++) {
      const channel = CHANNELS[Math.floor(Math.random() * CHANNELS.length)]!;
      const r = await api.call(channel, randomValue());
      expect(typeof r.ok).toBe('boolean');
    }
    const created = await api.call('library.create', { title: 'Nach dem Sturm', language: 'de', from: 'blank' });
    expect(created.ok).toBe(true);
    const list = await api.call('library.list', {});
    expect(list.ok && (list.value as { items: { title: string }[] }).items.map((i) => i.title)).toContain('Nach dem Sturm');
  });

  it('rejects unknown channels and prototype names as channels', async () => {
    const { api } = makeApi();
    for (const c of ['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(await api.call(c, {})).toMatchObject({ ok: false, error: { code: 'error.ipc.unknownChannel' } });
    }
  });

  it('rejects commands with a prototype key as id without touching the document', async () => {
    const { api } = makeApi();
    const created = await api.call('library.create', { title: 'Probe', language: 'en', from: 'blank' });
    if (!created.ok) throw new Error('create failed');
    const state = (created.value as { state: { docId: string; doc: { phases: { id: string }[] } } }).state;
    const r = await api.call('doc.apply', {
      docId: state.docId,
      commands: [{ name: 'rating.set', payload: { touchpointId: '__proto__', participantId: 'constructor', value: 2 } }],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'error.command.invalid' } });
  });
});
