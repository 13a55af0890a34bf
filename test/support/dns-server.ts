import { createSocket } from 'node:dgram';
import { decode, encode, type Answer } from 'dns-packet';

export interface TestDns {
  /** host:port, for nginx's resolver directive. */
  address: string;
  /** Sets (or replaces) the A records a name resolves to. */
  set(name: string, addresses: string[]): void;
  close(): Promise<void>;
}

/**
 * A tiny authoritative DNS server on a UDP loopback port, so tests can play Docker's embedded DNS for
 * nginx: names resolve to whatever the test set last (TTL 1 s), unknown names get NXDOMAIN.
 */
export async function startTestDns(): Promise<TestDns> {
  const records = new Map<string, string[]>();
  const socket = createSocket('udp4');
  socket.on('message', (message, peer) => {
    let query;
    try {
      query = decode(message);
    } catch {
      return;
    }
    const answers: Answer[] = [];
    let known = false;
    for (const question of query.questions ?? []) {
      const addresses = records.get(question.name.toLowerCase());
      if (addresses) known = true;
      if (question.type === 'A') for (const data of addresses ?? []) answers.push({ type: 'A', name: question.name, ttl: 1, data });
    }
    const response = encode({
      id: query.id,
      type: 'response',
      flags: 0x8000 | 0x0400 | (known ? 0 : 3), // QR, AA, NXDOMAIN for unknown names
      questions: query.questions,
      answers,
    });
    socket.send(response, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${socket.address().port}`,
    set: (name, addresses) => void records.set(name.toLowerCase(), addresses),
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
