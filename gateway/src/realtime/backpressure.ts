import { CLOSE_SLOW_CONSUMER, REALTIME_LIMITS } from './realtime-limits.js';
import { corkUntilNextTick, releaseCork, type Corkable } from './tick-cork.js';

/**
 * What a tick may hold back on one socket: beyond this the held frames are written at once, so a big batch
 * is not mistaken for a client falling behind (the limit below counts unsent bytes) and one writev is enough.
 */
const HOLD_BYTES = 64 * 1024;

/** The part of a ws WebSocket a sender needs. */
export interface SendableSocket {
  readonly readyState: number;
  readonly OPEN: number;
  readonly bufferedAmount: number;
  send(data: string | Buffer, options?: { binary?: boolean }): void;
  close(code: number, reason: string): void;
}

export interface SenderOptions {
  /** The TCP socket under the WebSocket: when given, a tick's frames to it are written together. */
  transport?: Corkable;
  maxBufferedBytes?: number;
}

/**
 * Sends text frames (a string, or its UTF-8 bytes when they are shared by many sockets) unless the client has
 * fallen behind: past maxBufferedBytes of unsent data the socket is closed with 4008 (counted by onSlow), so
 * a slow client costs neither memory nor other clients' latency.
 */
export function backpressuredSender(socket: SendableSocket, onSlow: () => void, options: SenderOptions = {}) {
  const maxBufferedBytes = options.maxBufferedBytes ?? REALTIME_LIMITS.maxBufferedBytes;
  let dropped = false;
  return (frame: string | Buffer): boolean => {
    if (dropped || socket.readyState !== socket.OPEN) return false;
    if (options.transport && socket.bufferedAmount >= HOLD_BYTES) releaseCork(options.transport);
    if (socket.bufferedAmount > maxBufferedBytes) {
      dropped = true;
      onSlow();
      socket.close(CLOSE_SLOW_CONSUMER, 'Slow consumer: send buffer limit exceeded; reconnect and resume with after');
      return false;
    }
    if (options.transport) corkUntilNextTick(options.transport);
    socket.send(frame, { binary: false });
    return true;
  };
}
