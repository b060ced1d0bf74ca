/**
 * The renderer's view of one open workshop. It never holds the truth: it sends commands
 * to main and follows main's broadcasts, replaying the same pure commands locally
 * (or taking the whole document after undo/redo or a missed version).
 */
import { applyCommands, type Command } from '../../../shared/commands';
import type { DocState, SaveState, SessionEvent } from '../../../shared/ipc/types';
import type { Workshop } from '../../../shared/model/schema';
import type { Result } from '../../../shared/result';
import { getBridge } from './bridge';
import { notices } from './noticesState.svelte';

export class DocStore {
  readonly docId: string;
  // private and read through getters: only main's replies and broadcasts change them, so no
  // view can edit the copy behind main's back (every change is a command)
  #path = $state('');
  #doc = $state.raw<Workshop>(undefined as unknown as Workshop);
  #version = $state(0);
  #canUndo = $state(false);
  #canRedo = $state(false);
  #undoNames = $state.raw<string[]>([]);
  #redoNames = $state.raw<string[]>([]);
  #save = $state.raw<SaveState>({ state: 'saved' });

  constructor(s: DocState) {
    this.docId = s.docId;
    this.take(s);
  }

  get path(): string {
    return this.#path;
  }
  get doc(): Workshop {
    return this.#doc;
  }
  get version(): number {
    return this.#version;
  }
  get canUndo(): boolean {
    return this.#canUndo;
  }
  get canRedo(): boolean {
    return this.#canRedo;
  }
  /** command names of the step undo would take back (for the button's label) */
  get undoNames(): string[] {
    return this.#undoNames;
  }
  get redoNames(): string[] {
    return this.#redoNames;
  }
  get save(): SaveState {
    return this.#save;
  }

  private take(s: DocState) {
    this.#path = s.path;
    this.#doc = s.doc;
    this.#version = s.version;
    this.#canUndo = s.canUndo;
    this.#canRedo = s.canRedo;
    this.#undoNames = s.undoNames;
    this.#redoNames = s.redoNames;
    this.#save = s.save;
  }

  /** Send one gesture's commands (one undo step). Errors are shown to the user and returned. */
  async run(...commands: Command[]): Promise<Result<{ version: number }>> {
    const r = await getBridge().api['doc.apply']({ docId: this.docId, commands });
    if (!r.ok) notices.error(r.error);
    return r;
  }

  async undo() {
    const r = await getBridge().api['doc.undo']({ docId: this.docId });
    if (!r.ok) notices.error(r.error);
  }

  async redo() {
    const r = await getBridge().api['doc.redo']({ docId: this.docId });
    if (!r.ok) notices.error(r.error);
  }

  async refresh() {
    const r = await getBridge().api['doc.get']({ docId: this.docId });
    if (r.ok) this.take(r.value);
  }

  handle(e: SessionEvent) {
    if (e.docId !== this.docId) return;
    if (e.type === 'doc.saveState') {
      this.#save = e.save;
      return;
    }
    if (e.type === 'doc.moved') {
      this.#path = e.path; // renamed after its title: the window keeps working at the new place
      return;
    }
    if (e.type !== 'doc.changed') return;
    if (e.version <= this.#version) return;
    if (e.op.type === 'replace') {
      this.#doc = e.op.doc;
    } else if (e.version === this.#version + 1) {
      try {
        this.#doc = applyCommands(this.#doc, e.op.commands);
      } catch {
        void this.refresh();
        return;
      }
    } else {
      void this.refresh();
      return;
    }
    this.#version = e.version;
    this.#canUndo = e.canUndo;
    this.#canRedo = e.canRedo;
    this.#undoNames = e.undoNames;
    this.#redoNames = e.redoNames;
  }
}
