import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { LRUCache } from 'lru-cache';
import type { AccessTokenClaims } from './access.guard';

/** More tokens than this remembered: the least recently used go first. */
const MAX_ENTRIES = 50_000;

type Verified = AccessTokenClaims & { exp: number };

/**
 * Access tokens whose signature has been checked, with their claims, until they expire: the
 * signature of a token cannot change, so checking it again on each request (a twentieth of a
 * case read's CPU, docs/benchmarks.md) tells nothing new. Expiry is checked on every use, to the
 * second as jsonwebtoken checks it; whether the token's session and user still hold is not this
 * cache's business (SessionRegistry). Only tokens we signed are remembered.
 */
@Injectable()
export class VerifiedTokens {
  private readonly verified = new LRUCache<string, Verified>({ max: MAX_ENTRIES });

  constructor(private readonly jwt: JwtService) {}

  /** The claims of `token`; throws as JwtService.verifyAsync throws when it is not valid now. */
  async claims(token: string): Promise<AccessTokenClaims> {
    const hit = this.verified.get(token);
    if (hit) {
      if (Math.floor(Date.now() / 1000) < hit.exp) return hit;
      this.verified.delete(token);
    }
    const claims = await this.jwt.verifyAsync<AccessTokenClaims & { exp?: unknown }>(token);
    if (typeof claims.exp === 'number') this.verified.set(token, claims as Verified);
    return claims;
  }
}
