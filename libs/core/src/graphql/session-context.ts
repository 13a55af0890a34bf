import { GraphQLError } from 'graphql';
import type { Authenticator } from '../auth/authenticator.js';
import { tokenFromHeaders } from '../auth/authenticator.js';
import type { Session } from '../auth/session.js';
import { AppError, unavailableError } from '../errors.js';

type Headers = Record<string, string | string[] | undefined>;

/**
 * Authenticates an HTTP GraphQL request. Apollo turns an error thrown while building the context into
 * a response with the status in extensions.http, so failures answer 401/403, not 500.
 */
export async function sessionFromHeaders(authenticator: Authenticator, headers: Headers): Promise<Session> {
  try {
    const authorization = headers.authorization;
    return await authenticator.authenticate(
      tokenFromHeaders({ authorization: Array.isArray(authorization) ? authorization[0] : authorization, 'x-api-key': headers['x-api-key'] }),
    );
  } catch (caught) {
    const error = unavailableError(caught) ?? caught;
    if (error instanceof AppError) {
      throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: error.status } } });
    }
    throw error;
  }
}
