import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';

/**
 * Mints Clerk-shaped RS256 session tokens at run time with a freshly generated RSA-2048 key (the only
 * kind Clerk's PEM loader accepts). Nothing here is ever committed as a token.
 */
export interface TokenIssuer {
  /** PEM public key, as CLERK_JWT_KEY. */
  publicKeyPem: string;
  mint(claims: TokenClaims, options?: { expiresInSeconds?: number; notBeforeOffset?: number }): string;
}

export interface TokenClaims {
  sub?: string;
  org_id?: string;
  org_role?: string;
  o?: { id: string; rol: string };
  azp?: string;
  [claim: string]: unknown;
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function createTokenIssuer(privateKey?: KeyObject): TokenIssuer {
  const pair = privateKey ? undefined : generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 65537 });
  const key = privateKey ?? pair!.privateKey;
  const publicKeyPem = (pair?.publicKey ?? key).export({ type: 'spki', format: 'pem' }).toString();
  return {
    publicKeyPem,
    mint(claims, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const header = { alg: 'RS256', typ: 'JWT', kid: 'ins_test' };
      const payload = {
        iss: 'https://clerk.test.clearpath',
        sid: 'sess_test',
        iat: now - 5,
        nbf: now - 5 + (options.notBeforeOffset ?? 0),
        exp: now + (options.expiresInSeconds ?? 600),
        sub: 'user_test',
        ...claims,
      };
      const body = `${b64(header)}.${b64(payload)}`;
      const signature = createSign('RSA-SHA256').update(body).sign(key).toString('base64url');
      return `${body}.${signature}`;
    },
  };
}
