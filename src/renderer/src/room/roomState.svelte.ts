/**
 * The room as this window sees it: which window this is (workspace, presenter, audience),
 * the shared room state from main (which workshop is presented, presenting or not),
 * and the room's panels. The audience window keeps its own copy of the presented workshop
 * and follows main's broadcasts like any other window.
 */
import type { RoomState } from '../../../shared/ipc/types';
import { app } from '../lib/appState.svelte';
import { getBridge } from '../lib/bridge';
import { DocStore } from '../lib/docState.svelte';
import { notices } from '../lib/noticesState.svelte';
import { live } from './roomLive.svelte';

export type RoomMode = 'workspace' | 'presenter' | 'audience';

/** `/audience` (harness) or `index.html#audience` (Electron's audience window); likewise presenter. */
export function modeOf(loc: { pathname: string; hash: string }): RoomMode {
  const page = loc.pathname.replace(/\/+$/, '').split('/').pop() ?? '';
  const hash = loc.hash.replace(/^#/, '');
  if (hash === 'audience' || page === 'audience') return 'audience';
  if (hash === 'presenter' || page === 'presenter') return 'presenter';
  return 'workspace';
}

const EMPTY: RoomState = { docId: null, presenting: false, audienceWindow: false, focusId: null, audienceNames: false };

class RoomClient {
  readonly mode: RoomMode = modeOf(window.location);
  state = $state.raw<RoomState>(EMPTY);
  /** the presenter console beside the view (always on the presenter page and while an audience window runs) */
  consoleOpen = $state(false);
  settingsOpen = $state(false);
  shortcutsOpen = $state(false);
  /** audience mode only: the workshop the presenter has open */
  audienceDoc = $state<DocStore | null>(null);
  private started = false;
  private loading = 0;

  constructor() {
    this.consoleOpen = this.mode === 'presenter';
  }

  /** In this window the audience view covers the workspace (one display, presenting). */
  get localPresentation(): boolean {
    return this.mode !== 'audience' && this.state.presenting && !this.state.audienceWindow;
  }

  init() {
    if (this.started) return;
    this.started = true;
    live.init();
    const b = getBridge();
    b.onEvent((e) => {
      if (e.type === 'room.changed') this.take(e.room);
      else if (e.type === 'doc.closed' && this.audienceDoc?.docId === e.docId) this.audienceDoc = null;
      else if (e.type === 'doc.changed' || e.type === 'doc.saveState') this.audienceDoc?.handle(e);
    });
    void b.api['room.get']({}).then((r) => {
      if (r.ok) this.take(r.value);
    });
  }

  private take(s: RoomState) {
    const before = this.state;
    this.state = s;
    if (s.audienceWindow && !before.audienceWindow && this.mode === 'workspace') this.consoleOpen = true;
    if (this.mode === 'audience' && s.docId !== (this.audienceDoc?.docId ?? null)) void this.follow(s.docId);
  }

  /** Audience: load the presented workshop (the latest request wins). */
  private async follow(docId: string | null) {
    const ticket = ++this.loading;
    if (!docId) {
      this.audienceDoc = null;
      return;
    }
    const r = await getBridge().api['doc.get']({ docId });
    if (ticket !== this.loading) return;
    this.audienceDoc = r.ok ? new DocStore(r.value) : null;
  }

  async set(patch: { docId?: string | null; presenting?: boolean; focusId?: string | null; audienceNames?: boolean }): Promise<RoomState | null> {
    const r = await getBridge().api['room.set'](patch);
    if (!r.ok) {
      notices.error(r.error);
      return null;
    }
    this.take(r.value);
    return r.value;
  }

  /** F5: the audience view goes to the beamer (second display) or fills this window. */
  async present() {
    const s = await this.set({ presenting: true });
    // the browser needs the user's gesture for full-screen; Electron's main makes the window full-screen itself
    if (s && this.localPresentation && app.info?.host !== 'electron' && !document.fullscreenElement && document.fullscreenEnabled) {
      await document.documentElement.requestFullscreen().catch(() => {});
    }
  }

  async stopPresenting() {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
    await this.set({ presenting: false });
  }

  /** What the presenter has in focus inside a view (e.g. the touchpoint being rated), for the audience. */
  focus(id: string | null) {
    if (this.mode === 'audience' || this.state.focusId === id) return;
    void this.set({ focusId: id });
  }
}

export const room = new RoomClient();
