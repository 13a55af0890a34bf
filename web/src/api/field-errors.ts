import type { CombinedError } from 'urql';

export type FieldErrors = Record<string, string>;

interface Issue {
  path?: (string | number)[];
  message?: string;
}

/**
 * The API's validation errors by field ("destination.lat" → "Number must be at most 90"). The packages
 * subgraph reports every issue in extensions.details.issues; a duplicate tracking number is a CONFLICT.
 * Whatever cannot be pinned to a field is returned under "" (shown above the form).
 */
export function fieldErrors(error: CombinedError | { graphQLErrors: { message: string; extensions?: Record<string, unknown> }[] }): FieldErrors {
  const result: FieldErrors = {};
  for (const failure of error.graphQLErrors) {
    const extensions = failure.extensions ?? {};
    const issues = ((extensions.details as { issues?: Issue[] } | undefined)?.issues ?? []).filter((issue) => issue.path?.length);
    if (issues.length > 0) {
      for (const issue of issues) {
        const path = (issue.path ?? []).join('.');
        result[path] ??= issue.message ?? 'invalid';
      }
    } else if (extensions.code === 'CONFLICT' && /tracking number/i.test(failure.message)) {
      result.trackingNumber = failure.message;
    } else {
      // "carrier: String must contain at least 1 character(s)" names its field first.
      const match = /^([\w.]+): (.+)$/.exec(failure.message);
      if (match?.[1] && match[2] && extensions.code === 'BAD_USER_INPUT') result[match[1]] = match[2];
      else result[''] = failure.message;
    }
  }
  if (error.graphQLErrors.length === 0) result[''] = 'message' in error ? String(error.message) : 'The request failed';
  return result;
}
