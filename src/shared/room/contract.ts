/**
 * The participant contract: the closed set of messages between a phone and the room server
 * (room-mode.md, quality bar S9). It is not the IPC contract and never carries the workshop
 * document: a phone sees only the item in front of it and its own answers.
 *
 * Every message is a strict object (unknown keys are refused), every string and number is
 * bounded, and the server refuses frames above MAX_CLIENT_FRAME_BYTES before parsing them.
 */
import { z } from 'zod';
import { Id, Language, Level } from '../model/schema';

/** Largest phone → server frame. The biggest honest message (addSelf with a 100-character name) is far below. */
export const MAX_CLIENT_FRAME_BYTES = 2048;
/** Most touchpoints a phone is shown at once (own-pace list, voting list): keeps server → phone frames small. */
export const MAX_LIST_ITEMS = 200;
/** Most participants offered to pick from (the document allows 100). */
export const MAX_PICK_ITEMS = 100;
/** Room secret: ≥ 128 bits as base64url (16 bytes → 22 characters); we issue 24 bytes → 32 characters. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;
/** Device token: 24 random bytes as base64url. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;
/** The 6-digit room code for typing the short address. */
export const CODE_PATTERN = /^\d{6}$/;

const Secret = z.string().regex(SECRET_PATTERN);
const Token = z.string().regex(TOKEN_PATTERN);
/** A sequence number the phone chooses per answer, so it can re-send what was not acknowledged. */
const Seq = z.number().int().min(0).max(2 ** 31);
const Name = z.string().trim().min(1).max(100);

// ---------- phone → server ----------

export const Hello = z.strictObject({
  t: z.literal('hello'),
  /** the secret from the QR URL, or … */
  secret: Secret.optional(),
  /** … the 6-digit code typed on the short address */
  code: z.string().regex(CODE_PATTERN).optional(),
  /** the token this device got before (resume after reload, screen lock, lost Wi-Fi) */
  token: Token.optional(),
  lang: Language.optional(),
});
export const Pick = z.strictObject({ t: z.literal('pick'), participantId: Id });
export const AddSelf = z.strictObject({ t: z.literal('addSelf'), name: Name });
/** level null = "can't judge" */
export const Rate = z.strictObject({ t: z.literal('rate'), seq: Seq, touchpointId: Id, level: Level.nullable() });
export const Vote = z.strictObject({ t: z.literal('vote'), seq: Seq, touchpointId: Id, dots: z.number().int().min(0).max(20) });
export const Leave = z.strictObject({ t: z.literal('leave') });
export const Ping = z.strictObject({ t: z.literal('ping') });

export const ClientMessage = z.discriminatedUnion('t', [Hello, Pick, AddSelf, Rate, Vote, Leave, Ping]);
export type ClientMessage = z.infer<typeof ClientMessage>;
export type ClientMessageType = ClientMessage['t'];

// ---------- server → phone ----------

/** Error keys a phone can receive; each is a key of the phone catalogue (i18n/catalog/phone.ts). */
export const PHONE_ERRORS = [
  'phone.error.badMessage',
  'phone.error.tooFast',
  'phone.error.wrongRoom',
  'phone.error.codeDisabled',
  'phone.error.roomFull',
  'phone.error.roomLocked',
  'phone.error.notJoined',
  'phone.error.noParticipant',
  'phone.error.nameTaken',
  'phone.error.selfAddOff',
  'phone.error.notOpen',
  'phone.error.notThisItem',
  'phone.error.votingClosed',
  'phone.error.tooManyDots',
  'phone.error.rejected',
] as const;
export const PhoneErrorKey = z.enum(PHONE_ERRORS);
export type PhoneErrorKey = z.infer<typeof PhoneErrorKey>;

/** The phone's own answer to a touchpoint: null = not answered yet; level null = "can't judge". */
export const OwnAnswer = z.strictObject({ level: Level.nullable() }).nullable();
export type OwnAnswer = z.infer<typeof OwnAnswer>;

const Title = z.string().max(300);
const Quote = z.string().max(4000);

export const PickEntry = z.strictObject({ participantId: Id, name: z.string().max(100), taken: z.boolean() });
export type PickEntry = z.infer<typeof PickEntry>;

export const Welcome = z.strictObject({
  t: z.literal('welcome'),
  token: Token,
  /** true when the token was known: the device keeps its name and answers */
  resumed: z.boolean(),
  lang: Language,
  me: z.strictObject({ participantId: Id, name: z.string().max(100) }).nullable(),
  participants: z.array(PickEntry).max(MAX_PICK_ITEMS),
  allowSelfAdd: z.boolean(),
  locked: z.boolean(),
});
export type Welcome = z.infer<typeof Welcome>;

export const ListEntry = z.strictObject({ touchpointId: Id, title: Title, answer: OwnAnswer });
export type ListEntry = z.infer<typeof ListEntry>;
export const VoteEntry = z.strictObject({ touchpointId: Id, title: Title, dots: z.number().int().min(0).max(20) });
export type VoteEntry = z.infer<typeof VoteEntry>;

export const PhoneState = z.strictObject({
  t: z.literal('state'),
  /** what the round asks of the phone right now */
  mode: z.enum(['wait', 'one', 'own', 'vote']),
  /** pace one: the open touchpoint; closed = answers no longer change */
  item: z.strictObject({ touchpointId: Id, title: Title, quote: Quote, answer: OwnAnswer, closed: z.boolean() }).nullable(),
  /** own pace: the touchpoints of the phase with the phone's own answers */
  list: z.array(ListEntry).max(MAX_LIST_ITEMS).nullable(),
  /** own pace: how many of the list the phone has answered */
  progress: z.strictObject({ answered: z.number().int().min(0), of: z.number().int().min(0) }).nullable(),
  /** dot voting: budget, own dots per candidate */
  votes: z.strictObject({ budget: z.number().int().min(0).max(20), used: z.number().int().min(0).max(20), items: z.array(VoteEntry).max(MAX_LIST_ITEMS) }).nullable(),
  anonymous: z.boolean(),
  /** the facilitator revealed the current touchpoint's distribution (shown on the beamer, not here) */
  revealed: z.boolean(),
});
export type PhoneState = z.infer<typeof PhoneState>;

export const Ack = z.strictObject({ t: z.literal('ack'), seq: Seq });
export const ErrorMessage = z.strictObject({ t: z.literal('error'), key: PhoneErrorKey, seq: Seq.optional() });
/** the room was closed or the facilitator freed this phone's name */
export const Bye = z.strictObject({ t: z.literal('bye'), reason: z.enum(['closed', 'freed', 'left']) });
export const Pong = z.strictObject({ t: z.literal('pong') });

export const ServerMessage = z.discriminatedUnion('t', [Welcome, PhoneState, Ack, ErrorMessage, Bye, Pong]);
export type ServerMessage = z.infer<typeof ServerMessage>;

/**
 * Parse one frame from a phone. Never throws: a frame that is too big, not JSON or not
 * in the contract is null.
 */
export function parseClientFrame(text: string): ClientMessage | null {
  if (text.length > MAX_CLIENT_FRAME_BYTES) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = ClientMessage.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
