/**
 * The closed registry of commands. A command not listed here does not exist:
 * main rejects unknown names and invalid payloads before anything is applied.
 */
import type { z } from 'zod';
import type { Workshop } from '../model/schema';
import { DomainError } from '../result';
import * as agenda from './agenda';
import type { CommandDef } from './define';
import * as measures from './measures';
import * as ratings from './ratings';
import * as room from './room';
import * as setup from './setup';
import * as touchpoints from './touchpoints';

const ALL = [
  setup.metaUpdate,
  setup.departmentAdd,
  setup.departmentUpdate,
  setup.departmentRemove,
  setup.participantAdd,
  setup.participantUpdate,
  setup.participantRemove,
  setup.phaseAdd,
  setup.phaseUpdate,
  setup.phaseMove,
  setup.phaseRemove,
  setup.faceUpdate,
  setup.methodUpdate,
  touchpoints.touchpointAdd,
  touchpoints.touchpointUpdate,
  touchpoints.touchpointMove,
  touchpoints.touchpointRemove,
  touchpoints.touchpointImport,
  ratings.ratingSet,
  ratings.ratingSetRoom,
  ratings.snapshotCreate,
  ratings.snapshotRename,
  ratings.snapshotRemove,
  ratings.voteSet,
  ratings.voteSetRoom,
  room.ratingSetAnonymous, room.ratingClearAnonymous,
  measures.measureAdd,
  measures.measureUpdate,
  measures.measureRemove,
  agenda.agendaStepAdd,
  agenda.agendaStepUpdate,
  agenda.agendaStepMove,
  agenda.agendaStepRemove,
  agenda.agendaGoto,
  agenda.timerStart,
  agenda.timerPause,
  agenda.timerAddMinutes,
  agenda.timerReset,
] as const;

type AnyDef = (typeof ALL)[number];
export type CommandName = AnyDef['name'];
type DefOf<N extends CommandName> = Extract<AnyDef, { name: N }>;
export type PayloadOf<N extends CommandName> = z.input<DefOf<N>['schema']>;
/** A command as sent over IPC: a name of the registry and its payload. */
export type Command = { [N in CommandName]: { name: N; payload: PayloadOf<N> } }[CommandName];

/** A command as it arrives over IPC, before `applyCommand` has checked its name and payload. */
export type UncheckedCommand = { name: string; payload: unknown };

export const COMMANDS: ReadonlyMap<string, CommandDef> = new Map(ALL.map((c) => [c.name, c as unknown as CommandDef]));
export const COMMAND_NAMES = ALL.map((c) => c.name);

export function cmd<N extends CommandName>(name: N, payload: PayloadOf<N>): Command {
  return { name, payload } as Command;
}

export function isUndoable(name: string): boolean {
  return COMMANDS.get(name)?.undoable ?? false;
}

/** Validate and apply one command. Throws DomainError with a catalogue key on any problem. */
export function applyCommand(doc: Workshop, command: UncheckedCommand): Workshop {
  const def = COMMANDS.get(command.name);
  if (!def) throw new DomainError('error.command.unknown', { name: String(command.name).slice(0, 60) });
  const parsed = def.schema.safeParse(command.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError('error.command.invalid', {
      name: def.name,
      what: issue ? `${issue.path.join('.') || '/'}: ${issue.message}` : '',
    });
  }
  return def.apply(doc, parsed.data);
}

/** Apply a gesture's commands atomically: all of them or none. */
export function applyCommands(doc: Workshop, commands: readonly UncheckedCommand[]): Workshop {
  let next = doc;
  for (const c of commands) next = applyCommand(next, c);
  return next;
}

export { keepRun, timerElapsed } from './agenda';
