import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../i18n/messages';
import { MAX_CLIENT_FRAME_BYTES, PHONE_ERRORS, parseClientFrame, ServerMessage } from './contract';

const TP = 'tp_abcdef';

describe('participant contract', () => {
  it('accepts the honest messages of a phone', () => {
    expect(parseClientFrame(JSON.stringify({ t: 'hello', secret: 'A'.repeat(32) }))).toEqual({ t: 'hello', secret: 'A'.repeat(32) });
    expect(parseClientFrame(JSON.stringify({ t: 'hello', code: '123456', token: 'b'.repeat(32), lang: 'de' }))?.t).toBe('hello');
    expect(parseClientFrame(JSON.stringify({ t: 'rate', seq: 1, touchpointId: TP, level: -2 }))).toEqual({ t: 'rate', seq: 1, touchpointId: TP, level: -2 });
    expect(parseClientFrame(JSON.stringify({ t: 'rate', seq: 2, touchpointId: TP, level: null }))?.t).toBe('rate');
    expect(parseClientFrame(JSON.stringify({ t: 'vote', seq: 3, touchpointId: TP, dots: 2 }))?.t).toBe('vote');
    expect(parseClientFrame(JSON.stringify({ t: 'addSelf', name: '  Jana  ' }))).toEqual({ t: 'addSelf', name: 'Jana' });
  });

  it('refuses unknown message types, unknown keys and values out of bounds', () => {
    const refused = [
      'not json',
      '[]',
      'null',
      JSON.stringify({ t: 'export' }),
      JSON.stringify({ t: 'command', name: 'rating.set' }),
      JSON.stringify({ t: 'rate', seq: 1, touchpointId: TP, level: 3 }),
      JSON.stringify({ t: 'rate', seq: 1, touchpointId: TP, level: 1, participantId: 'pa_other' }),
      JSON.stringify({ t: 'rate', seq: 1, touchpointId: '__proto__', level: 1 }),
      JSON.stringify({ t: 'rate', seq: -1, touchpointId: TP, level: 1 }),
      JSON.stringify({ t: 'vote', seq: 1, touchpointId: TP, dots: 21 }),
      JSON.stringify({ t: 'vote', seq: 1, touchpointId: TP, dots: 1.5 }),
      JSON.stringify({ t: 'hello', secret: 'short' }),
      JSON.stringify({ t: 'hello', code: '12345' }),
      JSON.stringify({ t: 'hello', secret: 'A'.repeat(32), __proto__: { admin: true }, extra: 1 }),
      JSON.stringify({ t: 'addSelf', name: '   ' }),
      JSON.stringify({ t: 'addSelf', name: 'x'.repeat(101) }),
    ];
    for (const frame of refused) expect(parseClientFrame(frame), frame).toBeNull();
  });

  it('refuses a frame above the size cap before parsing it', () => {
    const big = JSON.stringify({ t: 'ping', pad: 'x'.repeat(MAX_CLIENT_FRAME_BYTES) });
    expect(parseClientFrame(big)).toBeNull();
  });

  it('sends only error keys that the catalogue translates', () => {
    for (const key of PHONE_ERRORS) expect(isMessageKey(key), key).toBe(true);
    expect(ServerMessage.safeParse({ t: 'error', key: 'error.file.notFound' }).success).toBe(false);
  });
});
