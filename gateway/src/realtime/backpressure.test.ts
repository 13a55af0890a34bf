import { describe, expect, it } from 'vitest';
import { backpressuredSender, type SendableSocket } from './backpressure.js';

function fakeSocket() {
  const socket = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount: 0,
    sent: [] as string[],
    closed: undefined as { code: number; reason: string } | undefined,
    send(data: string | Buffer, options?: { binary?: boolean }) {
      if (options?.binary !== false) throw new Error('frames must go out as text');
      this.sent.push(String(data));
      this.bufferedAmount += data.length;
    },
    close(code: number, reason: string) {
      this.closed = { code, reason };
      this.readyState = 2;
    },
  };
  return socket satisfies SendableSocket;
}

describe('backpressuredSender', () => {
  it('sends while the buffer is under the limit, then closes once with 4008 and counts it', () => {
    const socket = fakeSocket();
    let slow = 0;
    const send = backpressuredSender(socket, () => (slow += 1), { maxBufferedBytes: 10 });
    expect(send('12345')).toBe(true);
    expect(send('123456')).toBe(true); // 5 buffered: still under the limit
    expect(send('x')).toBe(false); // 11 buffered: too slow
    expect(send('y')).toBe(false);
    expect(socket.sent).toEqual(['12345', '123456']);
    expect(socket.closed?.code).toBe(4008);
    expect(socket.closed?.reason).toMatch(/slow consumer/i);
    expect(slow).toBe(1);
  });

  it('keeps sending to a client that drains its buffer', () => {
    const socket = fakeSocket();
    const send = backpressuredSender(socket, () => {}, { maxBufferedBytes: 10 });
    for (let i = 0; i < 100; i++) {
      expect(send('123456789')).toBe(true);
      socket.bufferedAmount = 0; // the kernel took it
    }
    expect(socket.closed).toBeUndefined();
  });

  it('writes the frames of one tick to a socket together: corked once, uncorked after the tick', async () => {
    const socket = fakeSocket();
    const calls: string[] = [];
    const transport = { cork: () => calls.push('cork'), uncork: () => calls.push('uncork') };
    const send = backpressuredSender(socket, () => {}, { transport });
    send('a');
    send(Buffer.from('b'));
    await Promise.resolve().then(() => send('c')); // a promise callback of the same tick
    expect(calls).toEqual(['cork']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toEqual(['cork', 'uncork']);
    expect(socket.sent).toEqual(['a', 'b', 'c']);
    send('d'); // the next tick corks again
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toEqual(['cork', 'uncork', 'cork', 'uncork']);
  });

  it('writes held frames at once when they pass 64 KiB, so a batch is not taken for a slow client', async () => {
    const socket = fakeSocket();
    const calls: string[] = [];
    // Like a socket the kernel keeps up with: uncorking hands everything held to the kernel.
    const transport = { cork: () => calls.push('cork'), uncork: () => (calls.push('uncork'), (socket.bufferedAmount = 0)) };
    let slow = 0;
    const send = backpressuredSender(socket, () => (slow += 1), { transport, maxBufferedBytes: 100 * 1024 });
    const frame = 'x'.repeat(40 * 1024);
    for (let i = 0; i < 10; i++) expect(send(frame)).toBe(true);
    expect(slow).toBe(0);
    expect(calls.filter((c) => c === 'uncork').length).toBeGreaterThanOrEqual(4);
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls.at(-1)).toBe('uncork');
  });
});
