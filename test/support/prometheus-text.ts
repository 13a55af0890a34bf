/**
 * Reads one sample from Prometheus text exposition: the value of `name` whose labels include `labels`
 * (summed over the other labels' values), 0 when no such series exists yet.
 */
export function sampleValue(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = Object.fromEntries([...(match[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) total += Number(match[3]);
  }
  return total;
}

/** Whether the exposition has a series of `name` at all. */
export const hasSeries = (text: string, name: string): boolean => text.split('\n').some((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
