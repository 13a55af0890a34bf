import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { AppError } from '@clearpath/core';

/**
 * The SSRF guard: a webhook may only reach public addresses over http(s). Private, loopback, link-local,
 * carrier-grade NAT, multicast and unspecified ranges are refused unless CLEARPATH_WEBHOOK_ALLOWED_HOSTS
 * names the host or a CIDR holding the address. The address checked is the address connected to
 * (the sender's socket lookup goes through `resolveAllowed`), so DNS cannot swap it in between.
 */
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96], ['2001:db8::', 32]] as const) {
  BLOCKED.addSubnet(net, prefix, 'ipv6');
}

export class WebhookTargetError extends AppError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message, { field: 'url' });
  }
}

export interface TargetPolicy {
  hosts: Set<string>;
  cidrs: BlockList;
}

/** Parses CLEARPATH_WEBHOOK_ALLOWED_HOSTS entries: `10.1.0.0/16`, `127.0.0.1`, `hooks.internal`. */
export function targetPolicy(allowed: readonly string[]): TargetPolicy {
  const policy: TargetPolicy = { hosts: new Set(), cidrs: new BlockList() };
  for (const entry of allowed) {
    const [address, bits] = entry.split('/');
    const family = isIP(address ?? '');
    if (family === 0) policy.hosts.add(entry.toLowerCase());
    else if (bits === undefined) policy.cidrs.addAddress(address!, family === 4 ? 'ipv4' : 'ipv6');
    else policy.cidrs.addSubnet(address!, Number(bits), family === 4 ? 'ipv4' : 'ipv6');
  }
  return policy;
}

/** An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is checked as the IPv4 address it is. */
function normalize(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, family: 'ipv4' };
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

export function addressAllowed(policy: TargetPolicy, host: string, address: string): boolean {
  const { address: a, family } = normalize(address);
  if (policy.hosts.has(host.toLowerCase()) || policy.cidrs.check(a, family)) return true;
  return !BLOCKED.check(a, family);
}

/** Checks the URL's shape: absolute http(s), no credentials in it. */
export function parseTargetUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookTargetError('url must be an absolute http(s) URL, e.g. https://example.com/hooks/clearpath');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WebhookTargetError(`url must use http or https, not ${url.protocol.replace(':', '')}`);
  if (url.username || url.password) throw new WebhookTargetError('url must not contain credentials; receivers verify the ClearPath-Signature header instead');
  if (raw.length > 2048) throw new WebhookTargetError('url must be at most 2048 characters');
  return url;
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/** Resolves the URL's host and refuses it when any address is not allowed; returns the addresses. */
export async function resolveAllowed(policy: TargetPolicy, host: string): Promise<{ address: string; family: number }[]> {
  const literal = isIP(host);
  const addresses = literal ? [{ address: host, family: literal }] : await lookup(host, { all: true }).catch(() => {
    throw new WebhookTargetError(`url host ${host} does not resolve`);
  });
  const refused = addresses.find((a) => !addressAllowed(policy, host, a.address));
  if (refused) {
    throw new WebhookTargetError(
      `url host ${host} resolves to ${refused.address}, a private, loopback or link-local address; allow it with CLEARPATH_WEBHOOK_ALLOWED_HOSTS`,
    );
  }
  return addresses;
}

/** What creation checks: shape and every resolved address. */
export async function checkTarget(policy: TargetPolicy, raw: string): Promise<URL> {
  const url = parseTargetUrl(raw);
  await resolveAllowed(policy, hostOf(url));
  return url;
}

export { hostOf };
