import { readToken } from './auth-token';

/** The gateway refused the token (HTTP 401): the user has to sign in again. */
export class UnauthorizedError extends Error {
  override readonly name = 'UnauthorizedError';
}

/** The request reached the gateway but the operation failed; `code` is the error's extensions.code. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called whenever any request comes back 401, so the app can return to sign-in from anywhere. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** POSTs one operation to /graphql with the stored token (or the given one) and returns its data. */
export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; signal?: AbortSignal } = {},
): Promise<T> {
  const token = options.token ?? readToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: options.signal,
  });
  if (response.status === 401) {
    // A token given explicitly is being tried out (sign-in); only a stored one has "expired".
    if (options.token === undefined) for (const listener of unauthorizedListeners) listener();
    throw new UnauthorizedError('The gateway did not accept this API key or session token.');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new GraphQLRequestError(`The gateway answered ${response.status} ${response.statusText} without a GraphQL response.`, undefined);
  }
  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code);
  if (!body.data) throw new GraphQLRequestError(`Empty response (HTTP ${response.status}).`, undefined);
  return body.data;
}
