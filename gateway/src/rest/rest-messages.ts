/**
 * REST routes run GraphQL operations, so input errors come back in GraphQL's words: `Variable "$input" got
 * invalid value … at "input.trackingNumber"`. A REST client never wrote a variable; it sent a snake_case
 * body or query parameter. These rewrite such messages to name the REST field (`tracking_number`).
 */

const toSnake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

// graphql-js: Variable "$<name>" got invalid value <value>[ at "<name><path>"]; <detail>
const AT_PATH = /^Variable "\$(\w+)" got invalid value [\s\S]*? at "\1((?:\.\w+|\[\d+\])+)"; ([\s\S]*)$/;
const AT_ROOT = /^Variable "\$(\w+)" got invalid value [\s\S]*?; ([A-Z][\s\S]*)$/;
const REQUIRED = /^Field "(\w+)" of required type "([^"]+)" was not provided\.$/;
const UNKNOWN = /^Field "(\w+)" is not defined by type "[^"]+"\.(?: Did you mean ([^?]+)\?)?$/;
const MISSING_VARIABLE = /^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/;
/** Service-level validation (zod) prefixes its message with the camelCase input path. */
const SERVICE_PATH = /^([a-z]\w*(?:\.\w+)*): ([\s\S]+)$/;

export interface RestMessage {
  message: string;
  /** The REST field the message is about, when there is one. */
  field?: string;
}

export function restMessage(message: string): RestMessage {
  const atPath = AT_PATH.exec(message);
  const coercion = atPath ?? AT_ROOT.exec(message);
  if (coercion) {
    const [variable = '', path = '', detail = ''] = atPath ? atPath.slice(1) : [coercion[1], '', coercion[2]];
    // `.destination.facilityCode` → `destination.facility_code`: the variable itself is the body (or query).
    const at = toSnake(path.replace(/^\./, ''));
    const within = (name: string) => (at ? `${at}.${toSnake(name)}` : toSnake(name));
    const required = REQUIRED.exec(detail);
    if (required) return { message: `${within(required[1]!)} is required (${required[2]!.replace(/!$/, '')})`, field: within(required[1]!) };
    const unknown = UNKNOWN.exec(detail);
    if (unknown) {
      const hint = unknown[2] ? `; did you mean ${toSnake(unknown[2].replace(/"/g, ''))}?` : '';
      return { message: `${within(unknown[1]!)} is not a known field${hint}`, field: within(unknown[1]!) };
    }
    const field = at || toSnake(variable);
    return { message: `${field}: ${detail}`, field };
  }
  const missing = MISSING_VARIABLE.exec(message);
  if (missing) return { message: `${toSnake(missing[1]!)} is required`, field: toSnake(missing[1]!) };
  const service = SERVICE_PATH.exec(message);
  if (service) {
    const field = toSnake(service[1]!);
    return { message: `${field}: ${service[2]!}`, field };
  }
  return { message };
}
