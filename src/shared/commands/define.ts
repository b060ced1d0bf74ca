/**
 * Commands: every change of a workshop is a named, pure function doc → doc with a payload
 * schema (modelled on Excalidraw's actions). Payloads carry every id and timestamp the
 * change needs, so applying a command is deterministic and can be replayed anywhere.
 */
import type { z } from 'zod';
import type { Workshop } from '../model/schema';

export interface CommandDef<N extends string = string, S extends z.ZodType = z.ZodType> {
  name: N;
  schema: S;
  apply: (doc: Workshop, payload: z.infer<S>) => Workshop;
  /** false for room-running state (timer, current step) that undo must not rewind */
  undoable: boolean;
}

export function defineCommand<N extends string, S extends z.ZodType>(
  name: N,
  schema: S,
  apply: (doc: Workshop, payload: z.infer<S>) => Workshop,
  opts: { undoable?: boolean } = {},
): CommandDef<N, S> {
  return { name, schema, apply, undoable: opts.undoable ?? true };
}
