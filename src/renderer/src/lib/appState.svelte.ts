/** Application state of one window: settings, the open workshop, the current view. */
import type { AppInfo, OpenOutcome, Settings } from '../../../shared/ipc/types';
import type { ViewName } from '../../../shared/model/schema';
import { SettingsPatch } from '../../../shared/ipc/contract';
import type { z } from 'zod';
import { getBridge } from './bridge';
import { DocStore } from './docState.svelte';
import { i18n } from './i18n.svelte';
import { notices } from './noticesState.svelte';
import { releaseWorkshop } from './perWorkshop';

export type Recovery = Extract<OpenOutcome, { kind: 'recovery' }>;
export type Elsewhere = Extract<OpenOutcome, { kind: 'elsewhere' }>;

class AppState {
  info = $state.raw<AppInfo | null>(null);
  settings = $state.raw<Settings | null>(null);
  current = $state<DocStore | null>(null);
  view = $state<ViewName>('board');
  recovery = $state.raw<Recovery | null>(null);
  /** the file's lock names an owner that cannot be checked: the library asks before "open anyway" */
  elsewhere = $state.raw<Elsewhere | null>(null);
  ready = $state(false);

  async init() {
    const b = getBridge();
    b.onEvent((e) => {
      if (e.type === 'settings.changed') this.applySettings(e.settings);
      else if (e.type === 'doc.closed') {
        // the views' session state of a closed workshop goes with it
        releaseWorkshop(e.docId);
        if (this.current?.docId === e.docId) this.current = null;
      }
      else if (e.type === 'doc.changed' || e.type === 'doc.saveState' || e.type === 'doc.moved') this.current?.handle(e);
      // main reports a failed rename once per open workshop
      else if (e.type === 'doc.renameFailed' && this.current?.docId === e.docId) notices.error(e.error);
    });
    const [info, settings] = await Promise.all([b.api['app.info']({}), b.api['settings.get']({})]);
    if (info.ok) this.info = info.value;
    if (settings.ok) this.applySettings(settings.value);
    this.ready = true;
  }

  applySettings(s: Settings) {
    this.settings = s;
    i18n.lang = s.language;
    document.documentElement.lang = s.language;
    document.documentElement.dataset['theme'] = s.theme;
    document.documentElement.dataset['palette'] = s.palette;
    document.documentElement.style.setProperty('--font-scale', String(s.fontScale));
  }

  async updateSettings(patch: z.input<typeof SettingsPatch>) {
    const r = await getBridge().api['settings.update']({ patch });
    if (r.ok) this.applySettings(r.value);
    else notices.error(r.error);
  }

  /** Take the outcome of create/open: show the workshop, offer the recovery, or ask about a lock held elsewhere. */
  accept(r: Awaited<ReturnType<ReturnType<typeof getBridge>['api']['library.open']>>): boolean {
    if (!r.ok) {
      notices.error(r.error);
      return false;
    }
    if (r.value.kind === 'recovery') {
      this.recovery = r.value;
      return false;
    }
    if (r.value.kind === 'elsewhere') {
      this.elsewhere = r.value;
      return false;
    }
    this.recovery = null;
    this.elsewhere = null;
    this.current = new DocStore(r.value.state);
    return true;
  }

  async closeWorkshop() {
    const doc = this.current;
    if (!doc) return;
    const r = await getBridge().api['doc.close']({ docId: doc.docId });
    if (r.ok && r.value.state === 'failed') {
      notices.error(r.value.error);
      return; // stay: nothing may be lost
    }
    this.current = null;
  }
}

export const app = new AppState();
