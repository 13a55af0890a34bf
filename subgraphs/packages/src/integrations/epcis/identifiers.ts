/**
 * GS1 identifiers as EPCIS carries them: EPC pure-identity URNs (GS1 EPC Tag Data Standard §6, §7) and
 * GS1 Digital Link URIs (GS1 Digital Link URI Syntax §4). Pure functions: a string in, what it names out.
 */

/** GS1 mod-10 check digit (GS1 General Specifications §7.9) of the digits before it. */
export function gs1CheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Weights 3,1,3,… counted from the rightmost digit.
    const weight = (digits.length - i) % 2 === 1 ? 3 : 1;
    sum += Number(digits[i]) * weight;
  }
  return String((10 - (sum % 10)) % 10);
}

export interface ParsedEpc {
  scheme: 'sgtin' | 'sscc';
  /** The identifier as normalized text (URN as given, Digital Link with https and no query). */
  canonical: string;
  /** Keys a package's trackingNumber or reference may equal, most specific first. */
  keys: string[];
}

/** TDS escapes in the serial (e.g. %2F) are kept as written: it is what printed labels and carriers use. */
const SGTIN_URN = /^urn:epc:id:sgtin:(\d{6,12})\.(\d{1,7})\.([!%-?A-Z_a-z"]{1,20})$/;
const SSCC_URN = /^urn:epc:id:sscc:(\d{6,12})\.(\d{5,11})$/;
/** Any host: a Digital Link may use a brand's own domain instead of id.gs1.org. */
const DIGITAL_LINK = /^https?:\/\/[^/?#]+(?:\/[^?#]*?)?\/(00|01|414)\/([^/?#]+)(?:\/(21|254)\/([^/?#]+))?\/?(?:[?#].*)?$/;

/** URIs are visible ASCII (RFC 3986); anything else cannot be an identifier, and must not reach a lookup. */
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;

/** A percent-decoded Digital Link value, or null when it is malformed or decodes to control characters. */
function decoded(value: string): string | null {
  try {
    const text = decodeURIComponent(value);
    return VISIBLE_ASCII.test(text) || /^[^\p{Cc}\p{Cs}]+$/u.test(text) ? text : null;
  } catch {
    return null;
  }
}

/** SGTIN/SSCC as URN or Digital Link; null for anything else (class-level ids, other schemes, typos). */
export function parseEpc(text: string): ParsedEpc | null {
  if (!VISIBLE_ASCII.test(text)) return null;
  const sgtin = SGTIN_URN.exec(text);
  if (sgtin) {
    const [, company, itemRef, serial] = sgtin as unknown as [string, string, string, string];
    // The company prefix and item reference (indicator digit first) together are 13 digits.
    if (company.length + itemRef.length !== 13) return null;
    return { scheme: 'sgtin', canonical: text, keys: [text, serial] };
  }
  const sscc = SSCC_URN.exec(text);
  if (sscc) {
    const [, company, serialRef] = sscc as unknown as [string, string, string];
    if (company.length + serialRef.length !== 17) return null;
    // SSCC-18: extension digit, company prefix, rest of the serial reference, check digit (TDS §6.3.2).
    const body = serialRef[0] + company + serialRef.slice(1);
    return { scheme: 'sscc', canonical: text, keys: [text, body + gs1CheckDigit(body)] };
  }
  const link = DIGITAL_LINK.exec(text);
  if (!link) return null;
  const [, ai, value, qualifierAi, qualifier] = link;
  const canonical = text.replace(/^http:/, 'https:').replace(/[?#].*$/, '').replace(/\/$/, '');
  if (ai === '00' && !qualifierAi && isValidGs1Number(value!, 18)) return { scheme: 'sscc', canonical, keys: [canonical, value!] };
  if (ai === '01' && qualifierAi === '21' && isValidGs1Number(value!, 14)) {
    const serial = decoded(qualifier!);
    return serial === null ? null : { scheme: 'sgtin', canonical, keys: [canonical, serial] };
  }
  return null;
}

function isValidGs1Number(value: string, length: number): boolean {
  return value.length === length && /^\d+$/.test(value) && gs1CheckDigit(value.slice(0, -1)) === value.slice(-1);
}

const SGLN_URN = /^urn:epc:id:sgln:(\d{6,12})\.(\d{0,6})\.([!%-?A-Z_a-z"]{1,20})$/;

/**
 * The facility code a location identifier names: a GLN (13 digits), with "-<extension>" when the SGLN
 * extension is not "0" (TDS §6.3.3: "0" means no extension). Other URIs are private location ids that
 * EPCIS allows; they are used as the code as written. Returns an error text when it cannot be a code.
 */
export function facilityCodeFor(id: string): { code: string } | { error: string } {
  const sgln = SGLN_URN.exec(id);
  if (sgln) {
    const [, company, locationRef, extension] = sgln as unknown as [string, string, string, string];
    if (company.length + locationRef.length !== 12) return { error: `SGLN ${id} must have 12 digits of company prefix and location reference` };
    const body = company + locationRef;
    const gln = body + gs1CheckDigit(body);
    return { code: extension === '0' ? gln : `${gln}-${extension}` };
  }
  if (id.startsWith('urn:epc:id:sgln:')) return { error: `Malformed SGLN ${id}` };
  const link = /^https?:\/\/[^/?#]+(?:\/[^?#]*?)?\/414\/(\d+)(?:\/254\/([^/?#]+))?\/?(?:[?#].*)?$/.exec(id);
  if (link) {
    const [, gln, extension] = link as unknown as [string, string, string | undefined];
    if (!isValidGs1Number(gln, 13)) return { error: `GLN ${gln} in ${id} is not 13 digits with a valid check digit` };
    const ext = extension === undefined ? '' : decoded(extension);
    if (ext === null) return { error: `Malformed GLN extension in ${id}` };
    return { code: ext ? `${gln}-${ext}` : gln };
  }
  if (id.trim() === '' || id.length > 64) return { error: `A location id must be 1–64 characters, got ${id.length}` };
  return { code: id };
}
