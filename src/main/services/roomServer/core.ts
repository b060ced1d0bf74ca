/**
 * The room's logic without sockets: devices and their tokens, who holds which name, the
 * round and its in-memory answer book, and the mapping of a phone's message to a command
 * of the registry. Every change goes through `Session.apply`, so a phone's rating is saved,
 * broadcast and undoable like the facilitator's own (issue 14, "one path for every change").
 */
import { cmd, type Command } from '../../../shared/commands';
import { dotsUsed } from '../../../shared/commands/ratings';
import type { Level, Workshop } from '../../../shared/model/schema';
import type { Result } from '../../../shared/result';
import type { SessionEvent } from '../../../shared/ipc/types';
import { MAX_LIST_ITEMS, MAX_PICK_ITEMS, type ClientMessage, type PhoneErrorKey, type PhoneState, type ServerMessage, type Welcome } from '../../../shared/room/contract';
import { ownAnswer, presenterView, progressOf, roundTouchpoints, type PresenterRoundView, type Progress } from '../../../shared/room/round';
import { acceptsRating, IDLE_ROUND, type RoundState } from '../../../shared/room/state';
import type { RoomLimits } from './limits';

/** What the room needs of the session (src/main/services/session.ts). */
export interface SessionPort {
  apply(docId: string, commands: readonly Command[]): Result<{ version: number }>;
  state(docId: string): { doc: Workshop };
  on(listener: (e: SessionEvent) => void): () => void;
}

export interface Device {
  readonly token: string;
  participantId: string | null;
  lastSeen: number;
  lang: Welcome['lang'];
}

type Book = Record<string, Record<string, Level | null>>;
export type Reply = ServerMessage[];

const err = (key: PhoneErrorKey, seq?: number): ServerMessage => (seq === undefined ? { t: 'error', key } : { t: 'error', key, seq });

export class RoomCore {
  round: RoundState = IDLE_ROUND;
  private book: Book = {};
  /** an anonymous round's counts, kept after its answer book was dropped at close */
  private frozen: { progress: Progress; cantJudge: Record<string, number> } | null = null;
  private readonly devices = new Map<string, Device>();
  private selfAdds = 0;
  /** true while the room itself applies a command (its own change needs no broadcast) */
  applying = false;

  constructor(
    private readonly session: SessionPort,
    readonly docId: string,
    private readonly limits: RoomLimits,
    private readonly now: () => number,
    private readonly randomToken: () => string,
  ) {}

  doc(): Workshop {
    return this.session.state(this.docId).doc;
  }

  // ---------- devices ----------

  /** A phone that proved the room secret (or code): resume its device or make a new one. */
  admit(token: string | undefined, lang: Welcome['lang']): { device: Device; resumed: boolean } | PhoneErrorKey {
    const known = token ? this.devices.get(token) : undefined;
    if (known && this.now() - known.lastSeen <= this.limits.tokenIdleMs) {
      known.lastSeen = this.now();
      known.lang = lang;
      return { device: known, resumed: true };
    }
    if (known) this.devices.delete(known.token);
    if (this.round.locked) return 'phone.error.roomLocked';
    if (this.devices.size >= this.limits.maxDevices && !this.evictOne()) return 'phone.error.roomFull';
    const device: Device = { token: this.randomToken(), participantId: null, lastSeen: this.now(), lang };
    this.devices.set(device.token, device);
    return { device, resumed: false };
  }

  /** A token this room issued that has not expired. */
  knows(token: string): boolean {
    const d = this.devices.get(token);
    return d !== undefined && this.now() - d.lastSeen <= this.limits.tokenIdleMs;
  }

  /** Make room for a new device: the oldest one that never picked a name and is not connected. */
  private evictOne(): boolean {
    let oldest: Device | null = null;
    for (const d of this.devices.values()) if (d.participantId === null && !this.isConnected(d) && (!oldest || d.lastSeen < oldest.lastSeen)) oldest = d;
    if (oldest) this.devices.delete(oldest.token);
    return oldest !== null;
  }

  /** set by the server: whether a device has a live socket */
  isConnected: (d: Device) => boolean = () => false;

  forget(device: Device): void {
    this.devices.delete(device.token);
  }

  allDevices(): Device[] {
    return [...this.devices.values()];
  }

  holderOf(participantId: string): Device | undefined {
    for (const d of this.devices.values()) if (d.participantId === participantId) return d;
    return undefined;
  }

  /** Devices whose participant was removed (or its self-add undone): they pick again. */
  releaseMissing(): Device[] {
    const ids = new Set(this.doc().participants.map((p) => p.id));
    const out: Device[] = [];
    for (const d of this.devices.values()) {
      if (d.participantId !== null && !ids.has(d.participantId)) {
        d.participantId = null;
        out.push(d);
      }
    }
    return out;
  }

  /** The facilitator frees a name taken by the wrong phone: that device is forgotten. */
  free(participantId: string): Device[] {
    const gone = this.allDevices().filter((d) => d.participantId === participantId);
    for (const d of gone) this.devices.delete(d.token);
    return gone;
  }

  welcome(device: Device, resumed: boolean, lang: Welcome['lang'] = device.lang): Welcome {
    const doc = this.doc();
    const me = device.participantId ? doc.participants.find((p) => p.id === device.participantId) : undefined;
    return {
      t: 'welcome',
      token: device.token,
      resumed,
      lang,
      me: me ? { participantId: me.id, name: me.name } : null,
      participants: doc.participants.slice(0, MAX_PICK_ITEMS).map((p) => ({ participantId: p.id, name: p.name, taken: this.holderOf(p.id) !== undefined && p.id !== device.participantId })),
      allowSelfAdd: this.round.allowSelfAdd,
      locked: this.round.locked,
    };
  }

  // ---------- messages of a phone that has joined ----------

  handle(device: Device, msg: ClientMessage): Reply {
    device.lastSeen = this.now();
    switch (msg.t) {
      case 'pick':
        return this.pick(device, msg.participantId);
      case 'addSelf':
        return this.addSelf(device, msg.name);
      case 'rate':
        return this.rate(device, msg.seq, msg.touchpointId, msg.level);
      case 'vote':
        return this.vote(device, msg.seq, msg.touchpointId, msg.dots);
      case 'ping':
        return [{ t: 'pong' }];
      case 'hello':
      case 'leave':
        return []; // handled by the server (they concern the socket)
    }
  }

  private pick(device: Device, participantId: string): Reply {
    // once a device holds a name it keeps it: otherwise one phone could answer for several people
    if (device.participantId !== null) return device.participantId === participantId ? [this.phoneState(device)] : [err('phone.error.nameTaken')];
    if (!this.doc().participants.some((p) => p.id === participantId)) return [err('phone.error.noParticipant')];
    if (this.holderOf(participantId)) return [err('phone.error.nameTaken')];
    device.participantId = participantId;
    return [this.welcome(device, true, device.lang), this.phoneState(device)];
  }

  private addSelf(device: Device, name: string): Reply {
    if (!this.round.allowSelfAdd) return [err('phone.error.selfAddOff')];
    if (device.participantId !== null) return [err('phone.error.nameTaken')];
    const doc = this.doc();
    if (doc.participants.some((p) => p.name.trim().toLowerCase() === name.toLowerCase())) return [err('phone.error.nameTaken')];
    if (this.selfAdds >= this.limits.maxSelfAdds) return [err('phone.error.roomFull')];
    const id = `pa_${this.randomToken().slice(0, 16)}`;
    const r = this.apply([cmd('participant.add', { id, name, departmentId: null, role: '' })]);
    if (!r.ok) return [err('phone.error.roomFull')];
    this.selfAdds++;
    device.participantId = id;
    return [this.welcome(device, true, device.lang), this.phoneState(device)];
  }

  private rate(device: Device, seq: number, touchpointId: string, level: Level | null): Reply {
    const pid = device.participantId;
    if (!pid) return [err('phone.error.noParticipant', seq)];
    const doc = this.doc();
    const tp = doc.touchpoints.find((t) => t.id === touchpointId);
    if (!tp) return [err('phone.error.notThisItem', seq)];
    if (!acceptsRating(this.round, tp)) return [err(this.round.status === 'open' ? 'phone.error.notThisItem' : 'phone.error.notOpen', seq)];
    const before = ownAnswer(doc, this.book, this.round.anonymous, touchpointId, pid);
    // a re-sent answer (the phone missed the ack) changes nothing and makes no undo step
    if (before !== null && before.level === level) return [{ t: 'ack', seq }, this.phoneState(device)];
    let command: Command | null;
    if (this.round.anonymous) command = cmd('rating.setAnonymous', { touchpointId, previous: before?.level ?? null, value: level });
    else command = level === null && doc.ratings[touchpointId]?.[pid] === undefined ? null : cmd('rating.set', { touchpointId, participantId: pid, value: level });
    if (command) {
      const r = this.apply([command]);
      if (!r.ok) return [err('phone.error.rejected', seq)];
    }
    (this.book[touchpointId] ??= {})[pid] = level;
    return [{ t: 'ack', seq }, this.phoneState(device)];
  }

  /** The touchpoints open for dot voting: the phase's, or all of them, capped for the phone. */
  private voteItems(doc: Workshop) {
    const scope = this.round.votingPhaseId;
    return doc.touchpoints.filter((t) => scope === null || t.phaseId === scope).slice(0, MAX_LIST_ITEMS);
  }

  private vote(device: Device, seq: number, touchpointId: string, dots: number): Reply {
    const pid = device.participantId;
    if (!pid) return [err('phone.error.noParticipant', seq)];
    if (!this.round.voting) return [err('phone.error.votingClosed', seq)];
    const doc = this.doc();
    if (!this.voteItems(doc).some((t) => t.id === touchpointId)) return [err('phone.error.notThisItem', seq)];
    if ((doc.votes[touchpointId]?.[pid] ?? 0) === dots) return [{ t: 'ack', seq }, this.phoneState(device)];
    if (dotsUsed(doc, pid, touchpointId) + dots > doc.method.dotsPerParticipant) return [err('phone.error.tooManyDots', seq), this.phoneState(device)];
    const r = this.apply([cmd('vote.set', { touchpointId, participantId: pid, count: dots })]);
    if (!r.ok) return [err(r.error.code === 'rule.votes.tooMany' ? 'phone.error.tooManyDots' : 'phone.error.rejected', seq)];
    return [{ t: 'ack', seq }, this.phoneState(device)];
  }

  private apply(commands: Command[]): Result<{ version: number }> {
    this.applying = true;
    try {
      return this.session.apply(this.docId, commands);
    } finally {
      this.applying = false;
    }
  }

  // ---------- what a phone sees ----------

  phoneState(device: Device): PhoneState {
    const doc = this.doc();
    const pid = device.participantId;
    const r = this.round;
    const answer = (tpId: string) => (pid ? ownAnswer(doc, this.book, r.anonymous, tpId, pid) : null);
    const base: PhoneState = { t: 'state', mode: 'wait', item: null, list: null, progress: null, votes: null, anonymous: r.anonymous, revealed: r.status === 'revealed' };
    const t = r.target;
    if (r.status === 'open' && t?.pace === 'own') {
      const list = roundTouchpoints(doc, r).slice(0, MAX_LIST_ITEMS).map((tp) => ({ touchpointId: tp.id, title: tp.title, answer: answer(tp.id) }));
      return { ...base, mode: 'own', list, progress: { answered: list.filter((e) => e.answer !== null).length, of: list.length } };
    }
    if (r.status !== 'idle' && t?.pace === 'one' && !(r.voting && r.status !== 'open')) {
      const tp = doc.touchpoints.find((x) => x.id === t.touchpointId);
      if (tp) return { ...base, mode: 'one', item: { touchpointId: tp.id, title: tp.title, quote: tp.description, answer: answer(tp.id), closed: r.status !== 'open' } };
    }
    if (r.voting && pid) {
      const items = this.voteItems(doc).map((tp) => ({ touchpointId: tp.id, title: tp.title, dots: doc.votes[tp.id]?.[pid] ?? 0 }));
      const budget = Math.min(20, doc.method.dotsPerParticipant);
      return { ...base, mode: 'vote', votes: { budget, used: Math.min(budget, dotsUsed(doc, pid)), items } };
    }
    return base;
  }

  // ---------- the facilitator ----------

  private present(): string[] {
    const ids = new Set<string>();
    for (const d of this.devices.values()) if (d.participantId) ids.add(d.participantId);
    return [...ids];
  }

  /** Start a new round on one touchpoint or on a phase at the participants' own pace. */
  openRound(target: NonNullable<RoundState['target']>): boolean {
    const doc = this.doc();
    const exists = target.pace === 'one' ? doc.touchpoints.some((t) => t.id === target.touchpointId) : doc.phases.some((p) => p.id === target.phaseId);
    if (!exists) return false;
    this.book = {};
    this.frozen = null;
    this.round = { ...this.round, target, status: 'open' };
    return true;
  }

  /** Freeze the answers. An anonymous round forgets who answered what here (ADR 0004). */
  closeRound(): void {
    if (this.round.status !== 'open') return;
    if (this.round.anonymous) {
      const cantJudge: Record<string, number> = {};
      for (const [tp, row] of Object.entries(this.book)) cantJudge[tp] = Object.values(row).filter((v) => v === null).length;
      this.frozen = { progress: progressOf(this.doc(), this.book, this.round, this.present()), cantJudge };
      this.book = {};
    }
    this.round = { ...this.round, status: 'closed' };
  }

  reveal(): void {
    if (this.round.status === 'idle') return;
    this.closeRound();
    this.round = { ...this.round, status: 'revealed' };
  }

  endRound(): void {
    this.closeRound();
    this.book = {};
    this.frozen = null;
    this.round = { ...this.round, target: null, status: 'idle' };
  }

  /** Named or anonymous is chosen per round, before it opens: switching mid-round would mix both. */
  setAnonymous(anonymous: boolean): boolean {
    if (this.round.status === 'open') return false;
    this.round = { ...this.round, anonymous };
    return true;
  }

  setRoom(patch: Partial<Pick<RoundState, 'locked' | 'allowSelfAdd' | 'voting' | 'votingPhaseId'>>): void {
    this.round = { ...this.round, ...patch };
  }

  view(connected: number): PresenterRoundView {
    const seats = this.present().map((participantId) => {
      const d = this.holderOf(participantId);
      return { participantId, connected: d ? this.isConnected(d) : false };
    });
    const v = presenterView(this.doc(), this.book, this.round, seats, connected);
    if (!this.frozen) return v;
    const f = this.frozen;
    return { ...v, progress: f.progress, summary: v.summary ? { ...v.summary, cantJudge: f.cantJudge[v.summary.touchpointId] ?? 0 } : null };
  }
}
