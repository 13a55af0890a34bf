import { X12Error } from './errors.js';

export interface Delimiters {
  element: string;
  component: string;
  segment: string;
}

export interface Segment {
  /** 1-based position in the interchange (ISA is 1): the number errors and the 997 refer to. */
  number: number;
  id: string;
  /** elements[1] is the first element (X12 numbering); elements[0] is the segment id. */
  elements: string[];
}

/** ISA is fixed width: the widths of ISA01..ISA16 (X12.5 interchange control header). */
const ISA_WIDTHS = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];
/** 3 ("ISA") + 16 separators + the fields + the segment terminator. */
export const ISA_LENGTH = 3 + 16 + ISA_WIDTHS.reduce((a, b) => a + b, 0) + 1;

const isa = (element: number | null, message: string) => new X12Error('X12_INVALID_ISA', message, { segment: 1, segmentId: 'ISA', element });

/** Reads the delimiters the ISA declares: element = 4th character, component = ISA16, terminator = the one after. */
export function readDelimiters(text: string): Delimiters {
  if (!text.startsWith('ISA')) throw isa(null, 'an interchange starts with an ISA segment');
  if (text.length < ISA_LENGTH) throw isa(null, `the ISA segment is fixed width (${ISA_LENGTH} characters with its terminator); got ${text.length}`);
  const element = text[3]!;
  let column = 3;
  ISA_WIDTHS.forEach((width, i) => {
    if (text[column] !== element) {
      throw isa(i + 1, `expected the element separator ${JSON.stringify(element)} before ISA${String(i + 1).padStart(2, '0')} at column ${column + 1}, found ${JSON.stringify(text[column])} (ISA elements are fixed width)`);
    }
    column += 1 + width;
  });
  const component = text[ISA_LENGTH - 2]!;
  const segment = text[ISA_LENGTH - 1]!;
  const all = [element, component, segment];
  if (all.some((c) => /[A-Za-z0-9 ]/.test(c))) throw isa(16, `delimiters must not be letters, digits or spaces; got ${JSON.stringify(all.join(''))}`);
  if (new Set(all).size !== 3) throw isa(16, `element, component and segment delimiters must differ; got ${JSON.stringify(all.join(''))}`);
  return { element, component, segment };
}

/**
 * Splits an interchange into segments with the delimiters its ISA declares. Line breaks after a
 * terminator are formatting, not data (many senders wrap one segment per line), so they are skipped.
 */
export function tokenize(input: string): { delimiters: Delimiters; segments: Segment[] } {
  const text = input.replace(/^\uFEFF/, '').replace(/^[\r\n\t ]+/, '');
  const delimiters = readDelimiters(text);
  const segments: Segment[] = [];
  const pieces = text.split(delimiters.segment);
  // Whatever follows the last terminator must be blank: anything else is a segment cut off mid-way.
  const tail = pieces.pop() ?? '';
  if (tail.trim() !== '') {
    throw new X12Error('X12_TRUNCATED', `the last segment has no terminator ${JSON.stringify(delimiters.segment)}: the interchange is truncated`, { segment: pieces.length + 1, segmentId: tail.trim().slice(0, 3), element: null });
  }
  for (const raw of pieces) {
    const body = raw.replace(/^[\r\n]+/, '');
    const number = segments.length + 1;
    const elements = body.split(delimiters.element);
    const id = elements[0] ?? '';
    if (!/^[A-Z][A-Z0-9]{1,2}$/.test(id)) {
      throw new X12Error('X12_INVALID_SEGMENT', `${JSON.stringify(id.slice(0, 20))} is not a segment id (2-3 upper-case letters or digits); wrong delimiters?`, { segment: number, segmentId: id.slice(0, 3), element: null });
    }
    segments.push({ number, id, elements });
  }
  return { delimiters, segments };
}
