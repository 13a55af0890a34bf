import { CLOSE_SLOW_CONSUMER, REALTIME_LIMITS } from './realtime-limits.js';

/** The part of a ws WebSocket a sender needs. */
export interface SendableSocket {
  readonly readyState: number;
  readonly OPEN: number;
  readonly bufferedAmount: number;
  send(data: string): void;
  close(code: number, reason: string): void;
}

/**
 * Sends frames unless the client has fallen behind: past maxBufferedBytes of unsent data the socket is
 * closed with 4008 (counted by onSlow), so a slow client costs neither memory nor other clients' latency.
 */
export function backpressuredSender(socket: SendableSocket, onSlow: () => void, maxBufferedBytes: number = REALTIME_LIMITS.maxBufferedBytes) {
  let dropped = false;
  return (frame: string): boolean => {
    if (dropped || socket.readyState !== socket.OPEN) return false;
    if (socket.bufferedAmount > maxBufferedBytes) {
      dropped = true;
      onSlow();
      socket.close(CLOSE_SLOW_CONSUMER, 'Slow consumer: send buffer limit exceeded; reconnect and resume with after');
      return false;
    }
    socket.send(frame);
    return true;
  };
}
