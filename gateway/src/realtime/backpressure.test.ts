import { describe, expect, it } from 'vitest';
import { backpressuredSender, type SendableSocket } from './backpressure.js';

function fakeSocket() {
  const socket = {
    OPEN: 1,
    readyState: 1,
    bufferedAmount: 0,
    sent: [] as string[],
    closed: undefined as { code: number; reason: string } | undefined,
    send(data: string) {
      this.sent.push(data);
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
    const send = backpressuredSender(socket, () => (slow += 1), 10);
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
    const send = backpressuredSender(socket, () => {}, 10);
    for (let i = 0; i < 100; i++) {
      expect(send('123456789')).toBe(true);
      socket.bufferedAmount = 0; // the kernel took it
    }
    expect(socket.closed).toBeUndefined();
  });
});
