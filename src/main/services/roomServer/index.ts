/**
 * Room mode for the app and the harness: one room at a time, for one open workshop.
 * Wraps the room server with what the presenter console needs: the ranked laptop
 * addresses, the chosen one, the QR code. The adapter (main/index.ts, the harness) wires
 * `on()` to the windows and calls `closeAll()` when the app quits.
 */
import type { PresenterRoundView } from '../../../shared/room/round';
import type { RoomJoin } from '../../../shared/room/join';
import type { SessionPort } from './core';
import { listAddresses, qrSvg, type RankedAddress } from './addresses';
import type { RoomLimits } from './limits';
import { RoomServer, type RoomEvent } from './server';

export { RoomServer, type RoomEvent, type RoomInfo } from './server';
export { listAddresses, rankAddresses, qrSvg, type RankedAddress } from './addresses';

export interface RoomServiceOptions {
  session: SessionPort;
  /** built phone app (out/phone) */
  staticDir: string | null;
  /** '0.0.0.0' in the app; '127.0.0.1' in the harness and tests */
  host: string;
  port?: number;
  /** the laptop's addresses, best first; tests and the harness pass a fixed list */
  addresses?: () => Promise<RankedAddress[]>;
  limits?: Partial<RoomLimits>;
}

export type { RoomJoin } from '../../../shared/room/join';

export class RoomService {
  private server: RoomServer | null = null;
  private docId: string | null = null;
  private addresses: RankedAddress[] = [];
  private chosen: string | null = null;
  private readonly listeners = new Set<(e: RoomEvent) => void>();
  private off: (() => void) | null = null;

  constructor(private readonly opts: RoomServiceOptions) {}

  on(listener: (e: RoomEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The running room, for facilitator operations (round, lock, free a name…). */
  current(): RoomServer | null {
    return this.server;
  }

  view(): PresenterRoundView | null {
    return this.server?.view() ?? null;
  }

  /** Open the room for a workshop (closing a room of another workshop first). */
  async open(docId: string): Promise<RoomJoin> {
    if (this.server && this.docId === docId) return this.join();
    await this.close();
    this.addresses = await (this.opts.addresses ?? listAddresses)();
    this.chosen = this.addresses[0]?.address ?? null;
    const server = new RoomServer({
      session: this.opts.session,
      docId,
      host: this.opts.host,
      port: this.opts.port ?? 0,
      addresses: () => this.addresses.map((a) => a.address),
      staticDir: this.opts.staticDir,
      limits: this.opts.limits,
    });
    this.off = server.on((e) => {
      if (e.type === 'room.closed') this.forget(server);
      for (const l of [...this.listeners]) l(e);
    });
    await server.open();
    this.server = server;
    this.docId = docId;
    return this.join();
  }

  private forget(server: RoomServer) {
    if (this.server !== server) return;
    this.off?.();
    this.off = null;
    this.server = null;
    this.docId = null;
  }

  /** Re-read the addresses (Wi-Fi changed) and optionally pick another one for the QR code. */
  async setAddress(address?: string): Promise<RoomJoin | null> {
    if (!this.server) return null;
    this.addresses = await (this.opts.addresses ?? listAddresses)();
    if (address && this.addresses.some((a) => a.address === address)) this.chosen = address;
    else if (!this.addresses.some((a) => a.address === this.chosen)) this.chosen = this.addresses[0]?.address ?? null;
    this.server.refreshAddresses();
    return this.join();
  }

  async join(): Promise<RoomJoin> {
    const server = this.server;
    if (!server || !this.docId) throw new Error('room is closed');
    const info = server.info();
    const url = info.urls.find((u) => u.address === this.chosen) ?? null;
    return {
      docId: this.docId,
      info,
      addresses: this.addresses,
      address: this.chosen,
      joinUrl: url?.join ?? null,
      shortUrl: url?.short ?? null,
      qrSvg: url ? await qrSvg(url.join) : null,
      localUrl: `http://127.0.0.1:${info.port}/${info.secret}`,
    };
  }

  /** Close the room (also on quit and when its workshop closes: the server closes itself then). */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await server.close();
    this.forget(server);
  }

  closeAll(): Promise<void> {
    return this.close();
  }
}
