/**
 * Every key table of the app, in the order of the shortcut sheet ('?'). A view's new table
 * goes here; components/shortcuts.test.ts fails for a table that is missing.
 */
import type { AnyKeyTable } from '../lib/keys/keys';
import { sheetOf } from '../lib/keys/sheet';
import { AUDIENCE_KEYS, ROOM_KEYS } from '../room/keys';
import { BOARD_CAPTURE_KEYS, BOARD_KEYS } from '../views/board/keys';
import { CUBE_KEYS } from '../views/cube/keys';
import { VOTING_KEYS } from '../views/priorities/keys';
import { GRID_KEYS, ROUND_KEYS } from '../views/rate/keys';
import { WORKSPACE_KEYS } from '../views/workspace/keys';

export const KEY_TABLES: readonly AnyKeyTable[] = [WORKSPACE_KEYS, ROOM_KEYS, AUDIENCE_KEYS, BOARD_KEYS, BOARD_CAPTURE_KEYS, ROUND_KEYS, GRID_KEYS, CUBE_KEYS, VOTING_KEYS];

export const SHORTCUTS = sheetOf(KEY_TABLES);
