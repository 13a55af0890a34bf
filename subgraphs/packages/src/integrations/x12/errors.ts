/** Where in the interchange a problem is: 1-based segment number (ISA = 1), segment id, 1-based element. */
export interface X12Position {
  segment: number;
  segmentId: string;
  element: number | null;
}

/** A malformed interchange: the whole document is refused, naming the exact place. */
export class X12Error extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly position: X12Position,
  ) {
    const where = `segment ${position.segment} (${position.segmentId || '?'})${position.element ? `, element ${String(position.element).padStart(2, '0')}` : ''}`;
    super(`${where}: ${message}`);
    this.name = 'X12Error';
  }
}
