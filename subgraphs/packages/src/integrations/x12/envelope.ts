import { X12Error } from './errors.js';
import { tokenize, type Delimiters, type Segment } from './tokenize.js';

export interface Transaction {
  setId: string;
  /** ST02, equal to SE02. */
  control: string;
  /** The segments between ST and SE (exclusive). */
  body: Segment[];
  st: Segment;
}

export interface FunctionalGroup {
  functionalId: string;
  /** GS06, equal to GE02. */
  control: string;
  sender: string;
  receiver: string;
  version: string;
  transactions: Transaction[];
  gs: Segment;
}

export interface Interchange {
  delimiters: Delimiters;
  senderQualifier: string;
  sender: string;
  receiverQualifier: string;
  receiver: string;
  /** ISA13, equal to IEA02. */
  control: string;
  version: string;
  groups: FunctionalGroup[];
  isa: Segment;
}

const fail = (code: string, message: string, segment: Segment | undefined, element: number | null = null, fallbackNumber = 0) =>
  new X12Error(code, message, { segment: segment?.number ?? fallbackNumber, segmentId: segment?.id ?? '', element });

/** Element n (X12 numbering) trimmed; ISA pads its fields with spaces. */
export const el = (segment: Segment, n: number): string => (segment.elements[n] ?? '').trim();

function requireElement(segment: Segment, n: number, pattern: RegExp, what: string): string {
  const value = el(segment, n);
  if (!pattern.test(value)) throw fail('X12_INVALID_ELEMENT', `${segment.id}${String(n).padStart(2, '0')} (${what}) ${value ? `is invalid: ${JSON.stringify(value)}` : 'is missing'}`, segment, n);
  return value;
}

function requireCount(segment: Segment, n: number, actual: number, what: string): void {
  const declared = requireElement(segment, n, /^\d{1,10}$/, what);
  if (Number(declared) !== actual) throw fail('X12_COUNT_MISMATCH', `${what} says ${Number(declared)} but there are ${actual}`, segment, n);
}

function requireControl(trailer: Segment, n: number, expected: string, header: string): void {
  const value = el(trailer, n);
  // Control numbers are numeric; compare as numbers so "0001" and "1" agree as senders expect.
  if (!/^\d+$/.test(value) || Number(value) !== Number(expected)) {
    throw fail('X12_CONTROL_MISMATCH', `control number ${JSON.stringify(value)} does not match ${header} ${JSON.stringify(expected)}`, trailer, n);
  }
}

/**
 * Parses the envelope (X12.5/X12.6): ISA/IEA around GS/GE groups around ST/SE transaction sets, checking
 * every control number and count. Any violation refuses the whole interchange, as a translator would.
 */
export function parseEnvelope(text: string): Interchange {
  const { delimiters, segments } = tokenize(text);
  const isa = segments[0]!;
  if (isa.elements.length !== 17) throw fail('X12_INVALID_ISA', `ISA has 16 elements; got ${isa.elements.length - 1}`, isa);
  const control = requireElement(isa, 13, /^\d{9}$/, 'interchange control number, 9 digits');
  const interchange: Interchange = {
    delimiters,
    senderQualifier: el(isa, 5),
    sender: requireElement(isa, 6, /^\S.*$/, 'interchange sender id'),
    receiverQualifier: el(isa, 7),
    receiver: requireElement(isa, 8, /^\S.*$/, 'interchange receiver id'),
    control,
    version: requireElement(isa, 12, /^\d{5}$/, 'interchange control version number'),
    groups: [],
    isa,
  };
  let i = 1;
  const next = () => segments[i];
  while (next()?.id === 'GS') {
    const gs = next()!;
    i++;
    const group: FunctionalGroup = {
      functionalId: requireElement(gs, 1, /^QM$/, 'functional identifier code, QM for 214 shipment status'),
      sender: requireElement(gs, 2, /^.+$/, "application sender's code"),
      receiver: requireElement(gs, 3, /^.+$/, "application receiver's code"),
      control: requireElement(gs, 6, /^\d{1,9}$/, 'group control number'),
      version: requireElement(gs, 8, /^.+$/, 'version / release code'),
      transactions: [],
      gs,
    };
    while (next()?.id === 'ST') {
      const st = next()!;
      i++;
      const setId = requireElement(st, 1, /^214$/, 'transaction set identifier, only 214 is accepted here');
      const stControl = requireElement(st, 2, /^\d{4,9}$/, 'transaction set control number, 4-9 digits');
      const body: Segment[] = [];
      while (next() && !['SE', 'ST', 'GE', 'GS', 'IEA', 'ISA'].includes(next()!.id)) body.push(segments[i++]!);
      const se = next();
      if (se?.id !== 'SE') throw fail('X12_MISSING_SEGMENT', `transaction set ${stControl} (segment ${st.number}) ends without SE`, se, null, segments.length);
      i++;
      requireCount(se, 1, body.length + 2, 'SE01, the number of segments from ST to SE,');
      requireControl(se, 2, stControl, 'ST02');
      group.transactions.push({ setId, control: stControl, body, st });
    }
    const ge = next();
    if (ge?.id !== 'GE') throw fail('X12_UNEXPECTED_SEGMENT', `expected ST or GE in group ${group.control}, found ${ge?.id ?? 'the end'}`, ge, null, segments.length);
    i++;
    requireCount(ge, 1, group.transactions.length, 'GE01, the number of transaction sets,');
    requireControl(ge, 2, group.control, 'GS06');
    interchange.groups.push(group);
  }
  const iea = next();
  if (iea?.id !== 'IEA') throw fail('X12_UNEXPECTED_SEGMENT', `expected GS or IEA, found ${iea?.id ?? 'the end'}`, iea, null, segments.length);
  i++;
  requireCount(iea, 1, interchange.groups.length, 'IEA01, the number of functional groups,');
  requireControl(iea, 2, control, 'ISA13');
  if (i < segments.length) throw fail('X12_UNEXPECTED_SEGMENT', `nothing may follow IEA; found ${segments[i]!.id}`, segments[i]);
  if (interchange.groups.length === 0) throw fail('X12_MISSING_SEGMENT', 'the interchange holds no functional group (GS)', iea);
  return interchange;
}
