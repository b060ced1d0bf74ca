import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PresenterRoundView } from '../../../shared/room/round';
import { Phone, startRoom, type TestRoom } from './testkit';
import { tempDir } from '../testing/tempDir';

const TP = 'tp_t000';
let room: TestRoom | null = null;
afterEach(async () => {
  await room?.stop();
  room = null;
});

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

function rawStatus(port: number, target: string, host = `127.0.0.1:${port}`): Promise<string> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1', () => s.write(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
    let text = '';
    s.on('data', (d) => (text += String(d)));
    s.on('close', () => resolve(text.split(' ')[1] ?? ''));
    s.on('error', () => resolve('error'));
  });
}

function nextView(r: TestRoom, pred: (v: PresenterRoundView) => boolean = () => true): Promise<PresenterRoundView> {
  return new Promise((resolve) => {
    const off = r.server.on((e) => {
      if (e.type === 'room.view' && pred(e.view)) {
        off();
        resolve(e.view);
      }
    });
  });
}

describe('room server', () => {
  it('listens only while the room is open, and closing it closes every socket', async () => {
    room = await startRoom();
    const { port } = room.info;
    expect(room.info.secret.length).toBeGreaterThanOrEqual(22); // ≥ 128 bits
    expect(room.info.code).toMatch(/^\d{6}$/);
    expect(room.info.urls[0]?.join).toBe(`http://127.0.0.1:${port}/${room.info.secret}`);
    const a = await Phone.join(room, 'pa_p00');
    const b = await Phone.join(room);
    await room.server.close();
    expect(await a.waitClosed()).toBeGreaterThan(0);
    expect(await b.waitClosed()).toBeGreaterThan(0);
    expect(await canConnect(port)).toBe(false);
  });

  it("a phone's rating is a command: saved, in the cube's data, undoable by the facilitator", async () => {
    room = await startRoom();
    room.server.openTouchpoint(TP);
    const phone = await Phone.join(room, 'pa_p01');
    expect(phone.lastState().item).toMatchObject({ touchpointId: TP, title: 'Touchpoint 0', quote: '“Quote of Touchpoint 0”', answer: null });
    expect(await phone.rate(TP, 2)).toEqual({ t: 'ack', seq: 1 });
    expect(room.doc().ratings[TP]).toEqual({ pa_p01: 2 });
    await room.session.flush(room.docId);
    const saved = JSON.parse(readFileSync(room.session.state(room.docId).path, 'utf8'));
    expect(saved.ratings[TP]).toEqual({ pa_p01: 2 });
    expect(await phone.rate(TP, -1)).toMatchObject({ t: 'ack' });
    expect(room.session.state(room.docId).canUndo).toBe(true);
    room.session.undo(room.docId);
    expect(room.doc().ratings[TP]).toEqual({ pa_p01: 2 });
    const pushed = await phone.next((m) => m.t === 'state');
    expect(pushed.t === 'state' && pushed.item?.answer).toEqual({ level: 2 });
  });

  it('a phone that reconnects with its token keeps its name and its answers', async () => {
    room = await startRoom();
    room.server.openTouchpoint(TP);
    const first = await Phone.join(room, 'pa_p02');
    await first.rate(TP, 1);
    const token = first.token();
    first.close();
    const again = await Phone.join(room, undefined, token);
    const welcome = again.messages.find((m) => m.t === 'welcome');
    expect(welcome).toMatchObject({ resumed: true, me: { participantId: 'pa_p02' } });
    expect(again.lastState().item?.answer).toEqual({ level: 1 });
  });

  it('before the reveal the presenter sees counts only; the reveal shows the distribution', async () => {
    room = await startRoom();
    room.server.openTouchpoint(TP);
    const phones = await Promise.all(['pa_p00', 'pa_p01', 'pa_p02'].map((p) => Phone.join(room!, p)));
    const seen = nextView(room, (v) => v.progress.answered === 2);
    await phones[0]!.rate(TP, -2);
    await phones[1]!.rate(TP, 1);
    const view = await seen;
    expect(view).toMatchObject({ status: 'open', progress: { answered: 2, of: 3 }, summary: null, connected: 3 });
    const revealed = nextView(room, (v) => v.status === 'revealed');
    room.server.reveal();
    expect((await revealed).summary).toMatchObject({ distribution: [1, 0, 0, 1, 0], spread: 3, disputed: true });
    expect(await phones[2]!.rate(TP, 0)).toEqual({ t: 'error', key: 'phone.error.notOpen', seq: 1 });
  });

  it('an anonymous round stores levels without names and forgets who at close', async () => {
    room = await startRoom();
    expect(room.server.setAnonymous(true)).toBe(true);
    room.server.openTouchpoint(TP);
    expect(room.server.setAnonymous(false)).toBe(false);
    const a = await Phone.join(room, 'pa_p00');
    const b = await Phone.join(room, 'pa_p01');
    await a.rate(TP, 2);
    await b.rate(TP, 2);
    await a.rate(TP, -1); // changes her mind
    await b.rate(TP, null); // can't judge after all
    expect(room.doc().anonRatings[TP]).toEqual([-1]);
    expect(room.doc().ratings[TP]).toBeUndefined();
    expect(a.lastState()).toMatchObject({ anonymous: true, item: { answer: { level: -1 } } });
    room.server.closeRound();
    room.server.reveal();
    const view = room.server.view()!;
    expect(view.progress).toMatchObject({ answered: 2, of: 2 });
    expect(view.summary).toMatchObject({ distribution: [0, 1, 0, 0, 0], cantJudge: 1 });
    expect(view.seats).toEqual([]);
    await room.session.flush(room.docId);
    const text = readFileSync(room.session.state(room.docId).path, 'utf8');
    expect(JSON.parse(text).anonRatings).toEqual({ [TP]: [-1] });
  });

  it('own pace: the phase list with own answers and progress', async () => {
    room = await startRoom({});
    const phase = room.doc().phases[0]!.id;
    room.server.openPhase(phase);
    const p = await Phone.join(room, 'pa_p03');
    const s = p.lastState();
    expect(s.mode).toBe('own');
    expect(s.list?.map((e) => e.touchpointId)).toEqual(['tp_t000', 'tp_t002']);
    await p.rate('tp_t002', 0);
    expect(p.lastState().progress).toEqual({ answered: 1, of: 2 });
    expect(await p.rate('tp_t001', 0)).toMatchObject({ t: 'error', key: 'phone.error.notThisItem' });
  });

  it('dot voting within the budget', async () => {
    room = await startRoom();
    room.server.setRoom({ voting: true, votingPhaseId: null });
    const p = await Phone.join(room, 'pa_p00');
    const budget = room.doc().method.dotsPerParticipant;
    expect(p.lastState().votes).toMatchObject({ budget, used: 0 });
    expect(await p.vote('tp_t000', budget)).toMatchObject({ t: 'ack' });
    expect(await p.vote('tp_t001', 1)).toMatchObject({ t: 'error', key: 'phone.error.tooManyDots' });
    expect(room.doc().votes).toEqual({ tp_t000: { pa_p00: budget } });
  });

  it('one name per phone: taken names, no switching, the facilitator frees a name', async () => {
    room = await startRoom();
    const a = await Phone.join(room, 'pa_p00');
    const b = await Phone.join(room);
    b.send({ t: 'pick', participantId: 'pa_p00' });
    expect(await b.next((m) => m.t === 'error')).toMatchObject({ key: 'phone.error.nameTaken' });
    a.send({ t: 'pick', participantId: 'pa_p01' });
    expect(await a.next((m) => m.t === 'error')).toMatchObject({ key: 'phone.error.nameTaken' });
    room.server.freeParticipant('pa_p00');
    expect(await a.next((m) => m.t === 'bye')).toEqual({ t: 'bye', reason: 'freed' });
    b.send({ t: 'pick', participantId: 'pa_p00' });
    expect(await b.next((m) => m.t === 'welcome')).toMatchObject({ me: { participantId: 'pa_p00' } });
  });

  it('a phone whose participant the facilitator removes picks a name again', async () => {
    room = await startRoom();
    const p = await Phone.join(room, 'pa_p03');
    room.session.apply(room.docId, [{ name: 'participant.remove', payload: { id: 'pa_p03' } }]);
    expect(await p.next((m) => m.t === 'welcome')).toMatchObject({ me: null });
    p.send({ t: 'pick', participantId: 'pa_p02' });
    expect(await p.next((m) => m.t === 'welcome')).toMatchObject({ me: { participantId: 'pa_p02' } });
  });

  it('adds a participant only when the facilitator allows it', async () => {
    room = await startRoom();
    const p = await Phone.join(room);
    p.send({ t: 'addSelf', name: 'Zoe' });
    expect(await p.next((m) => m.t === 'error')).toMatchObject({ key: 'phone.error.selfAddOff' });
    room.server.setRoom({ allowSelfAdd: true });
    p.send({ t: 'addSelf', name: 'Zoe' });
    const w = await p.next((m) => m.t === 'welcome');
    expect(w).toMatchObject({ me: { name: 'Zoe' } });
    expect(room.doc().participants.map((x) => x.name)).toContain('Zoe');
  });

  it('joins by the 6-digit code; too many wrong codes switch the code off', async () => {
    room = await startRoom({ limits: { maxCodeFailures: 3 } });
    const ok = await Phone.connect(room.info.port);
    ok.send({ t: 'hello', code: room.info.code });
    expect(await ok.next((m) => m.t === 'welcome')).toMatchObject({ resumed: false });
    const wrong = room.info.code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 3; i++) {
      const p = await Phone.connect(room.info.port);
      p.send({ t: 'hello', code: wrong });
      expect(await p.next((m) => m.t === 'error')).toMatchObject({ key: 'phone.error.wrongRoom' });
    }
    const late = await Phone.connect(room.info.port);
    late.send({ t: 'hello', code: room.info.code });
    expect(await late.next((m) => m.t === 'error')).toMatchObject({ key: 'phone.error.codeDisabled' });
    expect(room.server.info().code).toBeNull();
  });

  it('a locked room lets known phones back in, no new ones', async () => {
    room = await startRoom();
    const known = await Phone.join(room, 'pa_p00');
    const token = known.token();
    known.close();
    room.server.setRoom({ locked: true });
    await Phone.join(room, undefined, token);
    const stranger = await Phone.connect(room.info.port);
    stranger.send({ t: 'hello', secret: room.info.secret });
    expect(await stranger.next((m) => m.t === 'error')).toMatchObject({ key: 'phone.error.roomLocked' });
  });

  it('closing the workshop closes the room', async () => {
    room = await startRoom();
    const p = await Phone.join(room, 'pa_p00');
    const port = room.info.port;
    await room.session.close(room.docId);
    expect(await p.waitClosed()).toBeGreaterThan(0);
    expect(room.server.isOpen).toBe(false);
    expect(await canConnect(port)).toBe(false);
  });
});

describe('room server: the phone page over HTTP', () => {
  it('serves the built app with a strict CSP, and nothing outside it', async () => {
    const dir = tempDir('tpc-phone-');
    mkdirSync(path.join(dir, 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="./assets/app.js"></script>');
    writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'no');
    room = await startRoom({ staticDir: dir });
    const base = `http://127.0.0.1:${room.info.port}`;
    const page = await fetch(`${base}/${room.info.secret}`);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toMatch(/javascript/);
    for (const bad of ['/secret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/wrong-secret-AAAAAAAAAAAAAAAAAAAAAA']) {
      expect((await fetch(`${base}${bad}`)).status, bad).toBe(404);
    }
    // paths a browser would normalise, sent raw
    for (const bad of ['/assets/../secret.txt', '/../../../../etc/passwd', '/assets/..\\..\\secret.txt']) expect(await rawStatus(room.info.port, bad), bad).toBe('404');
    expect(await rawStatus(room.info.port, '/', 'evil.example:80')).toBe('421');
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});
