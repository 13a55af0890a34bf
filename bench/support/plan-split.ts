/**
 * Splits the text of an `EXPLAIN (ANALYZE)` of a write statement into where its time went: the top node's own
 * work (heap rows and their index entries), its input (finding the rows), a CTE that writes (named by the caller),
 * and each trigger (foreign-key checks, statement triggers), which PostgreSQL times apart from the nodes.
 */
export interface PlanPart {
  part: string;
  ms: number;
}

const ACTUAL = /actual time=([\d.]+)\.\.([\d.]+) rows=\d+ loops=(\d+)/;

function endMs(line: string): number | undefined {
  const m = ACTUAL.exec(line);
  return m ? Number(m[2]) * Number(m[3]) : undefined;
}

export function splitPlan(plan: string, labels: { write: string; input: string; cte?: { name: RegExp; label: string } }): PlanPart[] {
  const lines = plan.split('\n');
  const parts: PlanPart[] = [];
  const top = endMs(lines[0] ?? '') ?? 0;
  // The top node's children are the lines at the first "->" indentation; a CTE's plan hangs under "CTE <name>".
  const childIndent = Math.min(...lines.slice(1).flatMap((l) => (/^\s*->/.test(l) ? [l.search(/->/)] : [])));
  let cteMs = 0;
  let inputMs = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (labels.cte && /^\s*CTE /.test(line) && labels.cte.name.test(line)) cteMs = endMs(lines[i + 1] ?? '') ?? 0;
    else if (line.search(/->/) === childIndent && /^\s*->/.test(line)) inputMs += endMs(line) ?? 0;
  }
  // A writing CTE runs while the outer input reads it, so its time is inside the input's.
  if (labels.cte) parts.push({ part: labels.cte.label, ms: cteMs });
  parts.push({ part: labels.input, ms: Math.max(0, inputMs - cteMs) });
  parts.push({ part: labels.write, ms: Math.max(0, top - inputMs) });
  for (const line of lines) {
    const m = /^Trigger (.+?): time=([\d.]+) calls=(\d+)/.exec(line);
    if (m) parts.push({ part: /^for constraint/.test(m[1]!) ? `foreign-key check (${m[3]} rows)` : `trigger ${m[1]!.replace(/ on \S+$/, '')}`, ms: Number(m[2]) });
  }
  const planning = /^Planning Time: ([\d.]+) ms/m.exec(plan);
  if (planning) parts.push({ part: 'planning', ms: Number(planning[1]) });
  const total = /^Execution Time: ([\d.]+) ms/m.exec(plan);
  if (total) parts.push({ part: 'execution (total)', ms: Number(total[1]) });
  return parts;
}
