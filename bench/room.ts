/**
 * Room mode under load (issue 14): 30 and 100 simulated phones (a child process) each rate
 * 40 touchpoints as fast as the room acknowledges, against the real room server, the real
 * session and real saves. Figures:
 * - phone tap → presenter progress: from the phone sending its rating to the room server
 *   emitting the presenter's progress event that counts it (main-process side; drawing it in
 *   the presenter window is not included), p95;
 * - main-process CPU over the run (the phones run in another process);
 * - every acknowledged rating is in the saved file.
 *
 *   npx tsx bench/room.ts            both sizes, prints a table
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { newWorkshop } from '../src/shared/model/defaults';
import type { Workshop } from '../src/shared/model/schema';
import { Session } from '../src/main/services/session';
import { RoomServer } from '../src/main/services/roomServer/server';
import { p95, median } from './stats';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const now = () => performance.timeOrigin + performance.now();

function workshop(phones: number, touchpoints: number): Workshop {
  const d = newWorkshop({ title: 'Room bench', language: 'de', now: new Date('2026-01-01T00:00:00Z') });
  for (let i = 0; i < phones; i++) d.participants.push({ id: `pa_b${String(i).padStart(3, '0')}`, name: `Person ${i}`, departmentId: null, role: '' });
  for (let i = 0; i < touchpoints; i++)
    d.touchpoints.push({ id: `tp_b${String(i).padStart(3, '0')}`, title: `Touchpoint ${i}`, description: '', phaseId: d.phases[0]!.id, faceId: d.faces[i % 6]!.id, departmentId: null, direct: true, online: false, momentOfTruth: false, importance: 2, target: null, order: i });
  return d;
}

export interface RoomBench { phones: number; ratings: number; tapToPresenterP95: number; tapToPresenterMedian: number; cpuPercent: number; wallMs: number; lost: number }

export async function benchRoomLoad(phones: number, touchpoints = 40): Promise<RoomBench> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tpc-room-bench-'));
  const session = new Session();
  const created = await session.create(path.join(dir, 'bench.tpcube'), workshop(phones, touchpoints));
  if (!created.ok || created.value.kind !== 'opened') throw new Error('create failed');
  const docId = created.value.state.docId;
  const server = new RoomServer({ session, docId, host: '127.0.0.1', port: 0, addresses: () => ['127.0.0.1'], staticDir: null, limits: { maxConnectionsPerIp: 1000 } });
  const info = await server.open();
  const doc = session.state(docId).doc;
  server.openPhase(doc.phases[0]!.id);

  const processed: { key: string; t: number }[] = [];
  const views: number[] = [];
  session.on((e) => {
    if (e.type !== 'doc.changed' || e.op.type !== 'commands') return;
    for (const c of e.op.commands) if (c.name === 'rating.set') processed.push({ key: `${c.payload.participantId}:${c.payload.touchpointId}`, t: now() });
  });
  server.on((e) => {
    if (e.type === 'room.view') views.push(now());
  });

  const child = fork(path.join(HERE, 'room-phones.ts'), [], { execArgv: ['--import', 'tsx'] });
  const cpu0 = process.cpuUsage();
  const t0 = now();
  const result = await new Promise<{ sent: Record<string, number>; acked: string[] }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { sent: Record<string, number>; acked: string[] }));
    child.once('error', reject);
    child.send({ port: info.port, secret: info.secret, participants: doc.participants.map((p) => p.id), touchpoints: doc.touchpoints.map((t) => t.id) });
  });
  const wallMs = now() - t0;
  const cpu = process.cpuUsage(cpu0);

  const latencies: number[] = [];
  let v = 0;
  for (const p of processed) {
    while (v < views.length && (views[v] as number) < p.t) v++;
    const sent = result.sent[p.key];
    if (v < views.length && sent !== undefined) latencies.push((views[v] as number) - sent);
  }
  await session.flush(docId);
  const saved = JSON.parse(readFileSync(path.join(dir, 'bench.tpcube'), 'utf8')) as Workshop;
  const lost = result.acked.filter((k) => {
    const [pid, tp] = k.split(':') as [string, string];
    return saved.ratings[tp]?.[pid] === undefined;
  }).length;
  await server.close();
  await session.closeAll();
  rmSync(dir, { recursive: true, force: true });
  return {
    phones,
    ratings: result.acked.length,
    tapToPresenterP95: p95(latencies),
    tapToPresenterMedian: median(latencies),
    cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
    wallMs,
    lost,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const n of [30, 100]) {
    const r = await benchRoomLoad(n);
    process.stdout.write(`${n} phones × 40: ${r.ratings} ratings in ${r.wallMs.toFixed(0)} ms; tap → presenter progress p95 ${r.tapToPresenterP95.toFixed(1)} ms (median ${r.tapToPresenterMedian.toFixed(1)}); main CPU ${r.cpuPercent.toFixed(0)} %; acknowledged but not saved: ${r.lost}\n`);
  }
}
