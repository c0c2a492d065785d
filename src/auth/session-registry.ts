import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { Role } from '../access/role';
import { Env } from '../config/env';

/** What the guard needs of a session: whether it is live, and who its user is now. */
export interface SessionState {
  userId: string;
  /** Not ended, and its user active. */
  live: boolean;
  actor: Actor;
}

interface Cached {
  state: SessionState | null;
  until: number;
}

/** More sessions than this in the cache: the least recently used go first. */
const MAX_ENTRIES = 50_000;

/**
 * The per-request session check, kept cheap: one indexed read (the session by its primary key
 * joined to its user) and an in-process cache of the answer for SESSION_CHECK_SECONDS, with
 * concurrent misses for one session sharing one read. The cache is what bounds how long an ended
 * session, or a user's old role, office or agency, is still trusted: this process forgets a
 * session it ends at once; other replicas notice within SESSION_CHECK_SECONDS.
 */
@Injectable()
export class SessionRegistry {
  private readonly cache = new LRUCache<string, Cached>({ max: MAX_ENTRIES });
  private readonly inFlight = new Map<string, Promise<SessionState | null>>();
  private readonly ttlMs: number;

  constructor(
    private readonly dataSource: DataSource,
    env: Env,
  ) {
    this.ttlMs = env.SESSION_CHECK_SECONDS * 1000;
  }

  async state(sessionId: string): Promise<SessionState | null> {
    const now = performance.now();
    const hit = this.cache.get(sessionId);
    if (hit && hit.until > now) return hit.state;
    const pending = this.inFlight.get(sessionId);
    if (pending) return pending;
    const read = this.read(sessionId)
      .then((state) => {
        if (this.ttlMs > 0) {
          this.cache.set(sessionId, { state, until: performance.now() + this.ttlMs });
        }
        return state;
      })
      .finally(() => this.inFlight.delete(sessionId));
    this.inFlight.set(sessionId, read);
    return read;
  }

  /** Forgets sessions this process has just ended (or whose user has just changed). */
  forget(sessionIds: Iterable<string>): void {
    for (const id of sessionIds) this.cache.delete(id);
  }

  private async read(sessionId: string): Promise<SessionState | null> {
    const rows = await this.dataSource.query<
      {
        user_id: string;
        live: boolean;
        username: string;
        role: Role;
        office_id: string | null;
        agency_id: string | null;
      }[]
    >(
      `SELECT s.user_id, (s.ended_at IS NULL AND u.active) AS live,
              u.username, u.role, u.office_id, u.agency_id
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1`,
      [sessionId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.user_id,
      live: row.live,
      actor: {
        id: row.user_id,
        username: row.username,
        role: row.role,
        officeId: row.office_id,
        agencyId: row.agency_id,
      },
    };
  }
}
