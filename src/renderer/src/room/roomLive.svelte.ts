/**
 * Room mode as this window sees it: what to show for joining (`room.join`) and the round
 * (`room.view`: counts until the reveal, then the distribution), both pushed by main.
 *
 * Secrecy in the windows (docs/room-mode.md, "Values before the reveal"): phone ratings are
 * ordinary rating commands, so every window's copy of the workshop has their values. The
 * views mask: while a round is open or closed but not revealed, `secretTouchpoints` names the
 * touchpoints whose values no view may draw; the audience draws such a round from this
 * state only (RoomStage), never from the document.
 */
import type { RoomJoin } from '../../../shared/room/join';
import type { PresenterRoundView } from '../../../shared/room/round';
import type { Result } from '../../../shared/result';
import { getBridge } from '../lib/bridge';
import { notices } from '../lib/noticesState.svelte';

export { secretTouchpoints } from '../../../shared/room/secret';

class RoomLive {
  join = $state.raw<RoomJoin | null>(null);
  view = $state.raw<PresenterRoundView | null>(null);
  busy = $state(false);
  private started = false;

  get isOpen(): boolean {
    return this.join !== null;
  }

  /** a round is running that has not been revealed: values stay off every screen */
  get secret(): boolean {
    return this.view?.status === 'open' || this.view?.status === 'closed';
  }

  init() {
    if (this.started) return;
    this.started = true;
    const b = getBridge();
    b.onEvent((e) => {
      if (e.type === 'room.join') this.join = e.join;
      else if (e.type === 'room.view') this.view = e.view;
    });
    void b.api['room.join']({}).then((r) => r.ok && (this.join = r.value));
    void b.api['room.view']({}).then((r) => r.ok && (this.view = r.value));
  }

  /** Call main; an error becomes a notice, the answer (if any) is returned. */
  private async call<T>(p: Promise<Result<T>>): Promise<T | undefined> {
    this.busy = true;
    try {
      const r = await p;
      if (!r.ok) {
        notices.error(r.error);
        return undefined;
      }
      return r.value;
    } finally {
      this.busy = false;
    }
  }

  private get api() {
    return getBridge().api;
  }

  async open(docId: string) {
    const join = await this.call(this.api['room.open']({ docId }));
    if (join) this.join = join;
  }
  async close() {
    await this.call(this.api['room.close']({}));
    this.join = null;
    this.view = null;
  }
  async setAddress(address?: string) {
    const join = await this.call(this.api['room.setAddress']({ address }));
    if (join !== undefined) this.join = join;
  }
  openLocal() {
    return this.call(this.api['room.openLocal']({}));
  }
  openTouchpoint(touchpointId: string) {
    return this.call(this.api['room.round.openTouchpoint']({ touchpointId }));
  }
  openPhase(phaseId: string) {
    return this.call(this.api['room.round.openPhase']({ phaseId }));
  }
  closeRound() {
    return this.call(this.api['room.round.close']({}));
  }
  reveal() {
    return this.call(this.api['room.round.reveal']({}));
  }
  endRound() {
    return this.call(this.api['room.round.end']({}));
  }
  setAnonymous(anonymous: boolean) {
    return this.call(this.api['room.setAnonymous']({ anonymous }));
  }
  setLocked(locked: boolean) {
    return this.call(this.api['room.setLocked']({ locked }));
  }
  setAllowSelfAdd(allow: boolean) {
    return this.call(this.api['room.setAllowSelfAdd']({ allow }));
  }
  setVoting(voting: boolean) {
    return this.call(this.api['room.setVoting']({ voting }));
  }
  free(participantId: string) {
    return this.call(this.api['room.free']({ participantId }));
  }
}

export const live = new RoomLive();
