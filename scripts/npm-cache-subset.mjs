// Usage: node scripts/npm-cache-subset.mjs <npm cache dir> <out dir>
// Links into <out dir>/_cacache the tarballs package-lock.json needs, taken from an npm cache by their
// integrity (npm finds a tarball in its cache by that digest alone), and prints name@version of those the
// cache lacks. scripts/docker-base.sh ships the result as an image for offline `npm ci` in containers.
import { linkSync, copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Buffer } from 'node:buffer';
import process from 'node:process';

const [cache, out] = process.argv.slice(2);
if (!cache || !out) throw new Error('usage: npm-cache-subset.mjs <npm cache dir> <out dir>');
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));

// cacache's content address: content-v2/<algorithm>/<hex digest split 2/2/rest>.
const contentPath = (integrity) => {
  const [algorithm, base64] = integrity.split(/-(.*)/s);
  const hex = Buffer.from(base64, 'base64').toString('hex');
  return join('_cacache', 'content-v2', algorithm, hex.slice(0, 2), hex.slice(2, 4), hex.slice(4));
};

// The containers are linux-x64 with glibc: npm skips optional packages built for anything else.
const fits = (list, value) => !list || (list.some((v) => !v.startsWith('!')) ? list.includes(value) : !list.includes(`!${value}`));
const installable = (entry) => fits(entry.os, 'linux') && fits(entry.cpu, 'x64') && fits(entry.libc, 'glibc');

const missing = new Set();
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!path || entry.link || !entry.integrity || !installable(entry)) continue;
  const relative = contentPath(entry.integrity.split(' ')[0]);
  const source = join(cache, relative);
  const target = join(out, relative);
  if (!existsSync(source)) {
    missing.add(`${entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 13)}@${entry.version}`);
    continue;
  }
  if (existsSync(target)) continue;
  mkdirSync(dirname(target), { recursive: true });
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target); // another file system
  }
}
if (missing.size) process.stdout.write(`${[...missing].join('\n')}\n`);
