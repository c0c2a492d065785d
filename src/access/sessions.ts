import { EntityManager } from 'typeorm';

/**
 * Ending a user's sessions, for the modules that change what a user may do (a new password, a
 * disabled account). The auth module owns the sessions and provides this; the users module asks
 * for it here, so neither imports the other's services.
 */
export abstract class Sessions {
  /** Revokes every session of `userId` in the caller's transaction. */
  abstract endAllOf(em: EntityManager, userId: string): Promise<void>;
}
