/** The part of a net.Socket (a stream.Writable) corking needs. */
export interface Corkable {
  cork(): void;
  uncork(): void;
}

const corked = new Set<Corkable>();
let flushScheduled = false;

function flush(): void {
  flushScheduled = false;
  const sockets = [...corked];
  corked.clear();
  for (const socket of sockets) socket.uncork();
}

/**
 * Holds a socket's writes until the current tick's work is done (cork now, uncork on process.nextTick, which
 * runs after the pending promise callbacks), so the frames one tick sends to a socket (the items of one
 * resolution, the subscriptions of one connection) leave in one writev system call instead of one each.
 * At 10,000 subscribers a system call per frame is where most of the fan-out's CPU goes.
 */
export function corkUntilNextTick(socket: Corkable): void {
  if (corked.has(socket)) return;
  socket.cork();
  corked.add(socket);
  if (!flushScheduled) {
    flushScheduled = true;
    process.nextTick(flush);
  }
}

/** Writes what a socket holds now, before the tick ends (it is corked again by its next frame). */
export function releaseCork(socket: Corkable): void {
  if (corked.delete(socket)) socket.uncork();
}
