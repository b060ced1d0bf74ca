/**
 * Child process of bench/room.ts: simulated phones as `ws` clients, outside the measured
 * main process. Each phone joins, picks its participant and rates every touchpoint of the
 * own-pace round as fast as the server acknowledges. Reports send and ack times (epoch ms).
 */
import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';

interface Job { port: number; secret: string; participants: string[]; touchpoints: string[] }
const now = () => performance.timeOrigin + performance.now();

function phone(job: Job, participantId: string, index: number): Promise<{ sent: Record<string, number>; acked: string[] }> {
  return new Promise((resolve, reject) => {
    const host = `127.0.0.1:${job.port}`;
    const ws = new WebSocket(`ws://${host}/ws`, { headers: { origin: `http://${host}` } });
    const sent: Record<string, number> = {};
    const acked: string[] = [];
    let i = 0;
    const next = () => {
      const tp = job.touchpoints[i];
      if (tp === undefined) {
        ws.close();
        return resolve({ sent, acked });
      }
      sent[`${participantId}:${tp}`] = now();
      ws.send(JSON.stringify({ t: 'rate', seq: i + 1, touchpointId: tp, level: ((index + i) % 5) - 2 }));
    };
    ws.on('open', () => ws.send(JSON.stringify({ t: 'hello', secret: job.secret })));
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { t: string; me?: unknown; seq?: number; key?: string };
      if (m.t === 'welcome' && m.me === null) ws.send(JSON.stringify({ t: 'pick', participantId }));
      else if (m.t === 'welcome') next();
      else if (m.t === 'ack') {
        acked.push(`${participantId}:${job.touchpoints[i]}`);
        i++;
        next();
      } else if (m.t === 'error') reject(new Error(`${participantId}: ${m.key}`));
    });
    ws.on('error', reject);
  });
}

process.on('message', async (job: Job) => {
  const all = await Promise.all(job.participants.map((p, k) => phone(job, p, k)));
  const sent = Object.assign({}, ...all.map((a) => a.sent)) as Record<string, number>;
  process.send?.({ sent, acked: all.flatMap((a) => a.acked) }, () => process.exit(0));
});
