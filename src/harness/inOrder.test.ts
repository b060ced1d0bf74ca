import { describe, expect, it } from 'vitest';
import { createOrderGate, parseOrder } from './inOrder';

/** run calls through the gate as the harness does: wait for the turn, hand on, say done */
function runner(gate = createOrderGate(200)) {
  const handed: number[] = [];
  const call = async (page: string, seq: number) => {
    await gate.turn(page, seq);
    handed.push(seq);
    gate.done(page, seq);
  };
  return { handed, call };
}

describe('harness call order', () => {
  it('hands a page\'s calls to main in the order the page made them, whatever order they arrive in', async () => {
    const { handed, call } = runner();
    const page = 'a1b2c3d4e5f6';
    await Promise.all([call(page, 3), call(page, 2), call(page, 4), call(page, 1)]);
    expect(handed).toEqual([1, 2, 3, 4]);
  });

  it('keeps pages apart: one page waiting for its first call does not hold up another', async () => {
    const { handed, call } = runner();
    const late = call('aaaaaaaa', 2); // its call 1 is still on the way
    await call('bbbbbbbb', 1);
    expect(handed).toEqual([1]);
    await call('aaaaaaaa', 1);
    await late;
    expect(handed).toEqual([1, 1, 2]);
  });

  it('goes on after a while when an earlier call never arrives', async () => {
    const { handed, call } = runner(createOrderGate(50));
    await call('cccccccc', 3);
    await call('cccccccc', 4);
    expect(handed).toEqual([3, 4]);
  });

  it('forgets the page idle longest, not one still at work', async () => {
    const gate = createOrderGate(5000, 2);
    const { handed, call } = runner(gate);
    await call('aaaaaaaa', 1);
    await call('bbbbbbbb', 1);
    await call('aaaaaaaa', 2); // a is used again: b is now the idle one
    await call('cccccccc', 1); // a third page: b is forgotten
    // a's call 4 still waits for its call 3 (a is remembered), and goes once 3 arrives
    const four = call('aaaaaaaa', 4);
    await call('aaaaaaaa', 3);
    await four;
    expect(handed).toEqual([1, 1, 2, 1, 3, 4]);
  });

  it('orders only headers the bridge writes', () => {
    expect(parseOrder('0123456789abcdef:12')).toEqual({ page: '0123456789abcdef', seq: 12 });
    for (const bad of [undefined, ['a:1'], '', 'short:1', '0123456789abcdef:0', '0123456789abcdef:-1', '0123456789abcdef:1e3', 'ZZZZZZZZ:1', '0123456789abcdef:1234567890123456'])
      expect(parseOrder(bad as string | undefined)).toBeNull();
  });
});
