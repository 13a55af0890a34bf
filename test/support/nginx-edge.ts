import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startProcess, type Proc } from './processes.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface NginxEdge {
  proc: Proc;
  httpsPort: number;
  httpPort: number;
  /** The self-signed certificate clients must trust (PEM). */
  certificate: string;
}

/**
 * The repository's nginx.conf rendered by scripts/render-nginx-conf.sh (the container's renderer) for
 * local ports, a self-signed certificate made now with openssl, and the given upstream name and resolver.
 */
export async function startNginxEdge(options: {
  upstream: string;
  resolver: string;
  corsOrigins?: string;
  /** Edits the rendered file (benchmarks lift the per-client rate limits, which a load generator trips). */
  transform?: (conf: string) => string;
}): Promise<NginxEdge> {
  const dir = mkdtempSync(join(tmpdir(), 'clearpath-nginx-'));
  const cert = join(dir, 'tls.crt');
  const key = join(dir, 'tls.key');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const conf = execFileSync('sh', [join(ROOT, 'scripts', 'render-nginx-conf.sh'), join(ROOT, 'nginx.conf')], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      CLEARPATH_GATEWAY_UPSTREAM: options.upstream,
      CLEARPATH_NGINX_RESOLVER: options.resolver,
      CLEARPATH_TLS_CERT: cert,
      CLEARPATH_TLS_KEY: key,
      CLEARPATH_NGINX_HTTP_PORT: String(httpPort),
      CLEARPATH_NGINX_HTTPS_PORT: String(httpsPort),
      CLEARPATH_PUBLIC_HTTPS_PORT: String(httpsPort),
      CLEARPATH_NGINX_TEMP: join(dir, 'nginx'),
      CLEARPATH_CORS_ORIGINS: options.corsOrigins ?? '',
    },
  });
  writeFileSync(join(dir, 'nginx.conf'), options.transform ? options.transform(conf) : conf);
  const proc = startProcess('/usr/sbin/nginx', ['-c', join(dir, 'nginx.conf'), '-g', 'daemon off; error_log stderr warn;'], {});
  return { proc, httpsPort, httpPort, certificate: readFileSync(cert, 'utf8') };
}
