/* global process */
// Preloaded into service processes by tests (node --import): names under .clearpath.test resolve through
// the test's DNS server (CLEARPATH_TEST_DNS, host:port), as Docker's embedded DNS serves a compose
// service's replicas: every A record, in rotating order, so new connections spread over the replicas and
// a replica taken out of DNS gets no new ones. Every other name goes to the system resolver as before.
import dns from 'node:dns';

const [host, port] = (process.env.CLEARPATH_TEST_DNS ?? '').split(':');
const resolver = new dns.Resolver({ timeout: 1000, tries: 2 });
resolver.setServers([`${host}:${port}`]);
const systemLookup = dns.lookup;
let turn = 0;

dns.lookup = function lookup(hostname, options, callback) {
  if (typeof options === 'function') [callback, options] = [options, {}];
  if (typeof options === 'number') options = { family: options };
  if (!host || typeof hostname !== 'string' || !hostname.endsWith('.clearpath.test')) return systemLookup.call(dns, hostname, options, callback);
  resolver.resolve4(hostname, (error, addresses) => {
    if (error || addresses.length === 0) {
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }));
      return;
    }
    const start = turn++ % addresses.length;
    const rotated = [...addresses.slice(start), ...addresses.slice(0, start)];
    if (options?.all) callback(null, rotated.map((address) => ({ address, family: 4 })));
    else callback(null, rotated[0], 4);
  });
};
