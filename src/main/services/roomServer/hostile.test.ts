/**
 * Hostile clients against the room server, on 127.0.0.1 only (S9). Whatever they send:
 * nothing crashes, no value lands without a valid device token holding a name, and an
 * honest phone still gets in and rates. Every loop is bounded; the suite runs in seconds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { Phone, startRoom, type TestRoom } from './testkit';
import { SOCKET_PATH } from './server';

const TP = 'tp_t000';
let room: TestRoom | null = null;
afterEach(async () => {
  await room?.stop();
  room = null;
});

/** nothing reached the document's ratings or votes */
function untouched(r: TestRoom) {
  const d = r.doc();
  expect(d.ratings).toEqual({});
  expect(d.anonRatings).toEqual({});
  expect(d.votes).toEqual({});
}

/** an honest phone joins and rates within `ms` */
async function honestPhoneRates(r: TestRoom, participantId: string, ms: number): Promise<number> {
  const t0 = performance.now();
  const phone = await Phone.join(r, participantId);
  expect(await phone.rate(TP, 1)).toMatchObject({ t: 'ack' });
  const took = performance.now() - t0;
  expect(took).toBeLessThan(ms);
  phone.close();
  return took;
}

function upgradeStatus(port: number, headers: Record<string, string>, pathName = SOCKET_PATH): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${pathName}`, { headers });
    ws.once('open', () => (ws.terminate(), resolve('open')));
    ws.once('unexpected-response', (_q, res) => (resolve(res.statusCode ?? 0), ws.terminate()));
    ws.once('error', () => resolve(0));
  });
}

describe('hostile phones', () => {
  it('malformed JSON, wrong shapes, binary frames: refused, and the socket is dropped after too many', async () => {
    room = await startRoom({ limits: { maxStrikes: 10 } });
    room.server.openTouchpoint(TP);
    const p = await Phone.join(room, 'pa_p00');
    const junk = ['{', 'null', '[]', '"rate"', '{"t":"rate"}', '{"t":"rate","seq":1,"touchpointId":"tp_t000","level":"2"}', '{"t":"hello","secret":"x","__proto__":{"admin":true}}', '\u0000\uffff'];
    for (const j of junk) p.send(j);
    p.ws.send(Buffer.from([0, 1, 2, 3]), { binary: true });
    const errors = await p.collect(junk.length + 1, (m) => m.t === 'error');
    expect(new Set(errors.map((e) => e.t === 'error' && e.key))).toEqual(new Set(['phone.error.badMessage']));
    for (let i = 0; i < 5; i++) p.send('not json');
    await p.waitClosed();
    untouched(room);
    await honestPhoneRates(room, 'pa_p01', 1000);
  });

  it('an oversized frame closes that socket only', async () => {
    room = await startRoom();
    room.server.openTouchpoint(TP);
    const p = await Phone.join(room, 'pa_p00');
    p.send(JSON.stringify({ t: 'rate', seq: 1, touchpointId: TP, level: 1, pad: 'x'.repeat(100_000) }));
    expect(await p.waitClosed()).toBe(1009);
    untouched(room);
    await honestPhoneRates(room, 'pa_p01', 1000);
  });

  it('a flood is capped per socket and then dropped; others are not slowed down', async () => {
    room = await startRoom({ limits: { messagesPerSecond: 20, burst: 20, maxStrikes: 200 } });
    room.server.openTouchpoint(TP);
    const p = await Phone.join(room, 'pa_p00');
    const t0 = performance.now();
    for (let i = 0; i < 5000; i++) p.send({ t: 'ping' });
    await p.waitClosed(3000);
    const pongs = p.messages.filter((m) => m.t === 'pong').length;
    const secs = (performance.now() - t0) / 1000;
    expect(pongs).toBeLessThanOrEqual(20 + Math.ceil(20 * secs) + 1);
    expect(p.messages.filter((m) => m.t === 'error' && m.key === 'phone.error.tooFast').length).toBeLessThanOrEqual(Math.ceil(secs) + 1);
    await honestPhoneRates(room, 'pa_p01', 1000);
  });

  it('messages before hello, a wrong secret, a wrong code: nothing lands', async () => {
    room = await startRoom();
    room.server.openTouchpoint(TP);
    const early = await Phone.connect(room.info.port);
    early.send({ t: 'rate', seq: 1, touchpointId: TP, level: 2 });
    expect(await early.next((m) => m.t === 'error')).toMatchObject({ key: 'phone.error.notJoined' });
    const wrong = await Phone.connect(room.info.port);
    wrong.send({ t: 'hello', secret: 'B'.repeat(32) });
    expect(await wrong.next((m) => m.t === 'error')).toMatchObject({ key: 'phone.error.wrongRoom' });
    expect(await wrong.waitClosed()).toBe(1008);
    untouched(room);
  });

  it('a made-up token gets a new device with no name; an expired token does not resume', async () => {
    let clock = 1_000_000;
    room = await startRoom({ now: () => clock, limits: { tokenIdleMs: 60_000 } });
    room.server.openTouchpoint(TP);
    const forged = await Phone.join(room, undefined, 'C'.repeat(32));
    expect(forged.messages.find((m) => m.t === 'welcome')).toMatchObject({ resumed: false, me: null });
    expect(await forged.rate(TP, 2)).toMatchObject({ t: 'error', key: 'phone.error.noParticipant' });
    const bare = await Phone.connect(room.info.port);
    bare.send({ t: 'hello', token: 'D'.repeat(32) });
    expect(await bare.next((m) => m.t === 'error')).toMatchObject({ key: 'phone.error.wrongRoom' });
    const honest = await Phone.join(room, 'pa_p00');
    const token = honest.token();
    const byToken = await Phone.connect(room.info.port);
    byToken.send({ t: 'hello', token });
    expect(await byToken.next((m) => m.t === 'welcome')).toMatchObject({ resumed: true, me: { participantId: 'pa_p00' } });
    byToken.close();
    honest.close();
    clock += 61_000;
    const bareLate = await Phone.connect(room.info.port);
    bareLate.send({ t: 'hello', token });
    expect(await bareLate.next((m) => m.t === 'error')).toMatchObject({ key: 'phone.error.wrongRoom' });
    const late = await Phone.join(room, undefined, token);
    expect(late.messages.find((m) => m.t === 'welcome')).toMatchObject({ resumed: false, me: null });
    expect(await late.rate(TP, 2)).toMatchObject({ t: 'error' });
    untouched(room);
  });

  it('a replay after the room closed: the old secret and token open nothing', async () => {
    room = await startRoom();
    room.server.openTouchpoint(TP);
    const p = await Phone.join(room, 'pa_p00');
    const old = { secret: room.info.secret, token: p.token() };
    await room.server.close();
    await p.waitClosed();
    const info = await room.server.open();
    room.info = info;
    room.server.openTouchpoint(TP);
    const replay = await Phone.connect(info.port);
    replay.send({ t: 'hello', secret: old.secret, token: old.token });
    expect(await replay.next((m) => m.t === 'error')).toMatchObject({ key: 'phone.error.wrongRoom' });
    const withNewSecret = await Phone.join(room, undefined, old.token);
    expect(withNewSecret.messages.find((m) => m.t === 'welcome')).toMatchObject({ resumed: false, me: null });
    expect(await withNewSecret.rate(TP, -2)).toMatchObject({ t: 'error', key: 'phone.error.noParticipant' });
    untouched(room);
  });

  it('a phone cannot rate or vote for another participant', async () => {
    room = await startRoom();
    room.server.openTouchpoint(TP);
    room.server.setRoom({ voting: true });
    await Phone.join(room, 'pa_p01');
    const mallory = await Phone.join(room, 'pa_p00');
    mallory.send({ t: 'rate', seq: 9, touchpointId: TP, level: -2, participantId: 'pa_p01' });
    mallory.send({ t: 'vote', seq: 10, touchpointId: TP, dots: 3, participantId: 'pa_p01' });
    mallory.send({ t: 'pick', participantId: 'pa_p01' });
    const errs = await mallory.collect(3, (m) => m.t === 'error');
    expect(errs.map((e) => e.t === 'error' && e.key).sort()).toEqual(['phone.error.badMessage', 'phone.error.badMessage', 'phone.error.nameTaken']);
    untouched(room);
  });

  it('values for a touchpoint that is not open, unknown or closed are refused', async () => {
    room = await startRoom();
    const p = await Phone.join(room, 'pa_p00');
    expect(await p.rate(TP, 1)).toMatchObject({ key: 'phone.error.notOpen' });
    room.server.openTouchpoint(TP);
    expect(await p.rate('tp_t001', 1)).toMatchObject({ key: 'phone.error.notThisItem' });
    expect(await p.rate('tp_nothere', 1)).toMatchObject({ key: 'phone.error.notThisItem' });
    room.server.closeRound();
    expect(await p.rate(TP, 1)).toMatchObject({ key: 'phone.error.notOpen' });
    expect(await p.vote(TP, 1)).toMatchObject({ key: 'phone.error.votingClosed' });
    untouched(room);
  });

  it('wrong Host, wrong or missing Origin, other paths: the upgrade is refused', async () => {
    room = await startRoom();
    const port = room.info.port;
    const host = `127.0.0.1:${port}`;
    expect(await upgradeStatus(port, { host, origin: `http://${host}` })).toBe('open');
    expect(await upgradeStatus(port, { host: `evil.example:${port}`, origin: `http://evil.example:${port}` })).toBe(421);
    expect(await upgradeStatus(port, { host: `192.168.0.99:${port}`, origin: `http://192.168.0.99:${port}` })).toBe(421);
    expect(await upgradeStatus(port, { host, origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(port, { host, origin: `https://${host}` })).toBe(403);
    expect(await upgradeStatus(port, { host })).toBe(403);
    expect(await upgradeStatus(port, { host, origin: `http://${host}` }, '/export')).toBe(404);
  });

  it('1,000 connection attempts are capped; an honest phone still joins and rates', async () => {
    room = await startRoom({ limits: { maxConnections: 60, maxConnectionsPerIp: 10_000, helloTimeoutMs: 400 } });
    room.server.openTouchpoint(TP);
    const port = room.info.port;
    const host = `127.0.0.1:${port}`;
    const sockets: WebSocket[] = [];
    const outcomes = await Promise.all(
      Array.from({ length: 1000 }, () =>
        new Promise<'open' | 'refused'>((resolve) => {
          const ws = new WebSocket(`ws://127.0.0.1:${port}${SOCKET_PATH}`, { headers: { host, origin: `http://${host}` } });
          sockets.push(ws);
          ws.once('open', () => resolve('open'));
          ws.once('unexpected-response', () => resolve('refused'));
          ws.once('error', () => resolve('refused'));
        }),
      ),
    );
    // never more than the cap at once (idle ones are dropped after the hello timeout, so others may follow)
    expect(room.server.stats().peakSockets).toBeLessThanOrEqual(60);
    expect(outcomes.filter((o) => o === 'refused').length).toBeGreaterThan(500);
    // the idle attackers never say hello and are dropped; the honest phone gets in (bounded retries)
    let took = -1;
    for (let attempt = 0; attempt < 20 && took < 0; attempt++) {
      try {
        took = await honestPhoneRates(room, 'pa_p00', 3000);
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    expect(took).toBeGreaterThanOrEqual(0);
    for (const ws of sockets) ws.terminate();
    expect(room.doc().ratings).toEqual({ [TP]: { pa_p00: 1 } });
  });
});
