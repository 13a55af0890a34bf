import type { RequestHandler } from 'express';
import { tokenFromHeaders, type Authenticator, type Session } from '@clearpath/core';

export interface Caller {
  session: Session;
  token: string;
}

/** Authenticates every /api/v1 request once; handlers read res.locals.caller. */
export function requireAuth(authenticator: Authenticator): RequestHandler {
  return async (req, res, next) => {
    const token = tokenFromHeaders({ authorization: req.headers.authorization, 'x-api-key': req.headers['x-api-key'] });
    const session = await authenticator.authenticate(token);
    res.locals.caller = { session, token: token ?? '' } satisfies Caller;
    next();
  };
}
