import { EntityManager } from 'typeorm';
import { Actor } from './actor';

/** Why a user's sessions end (kept on the session and in its `auth.session_ended` audit row). */
export type SessionEndReason =
  'logout' | 'refresh_reused' | 'deactivated' | 'password_changed' | 'access_changed';

/**
 * Ending a user's sessions, for the modules that change what a user may do (a new password, a
 * disabled account, another role, office or agency). The auth module owns the sessions and
 * provides this; the users module asks for it here, so neither imports the other's services.
 * An ended session's access tokens are refused within SESSION_CHECK_SECONDS.
 */
export abstract class Sessions {
  /**
   * Ends every session of `userId` in the caller's transaction, recorded as done by `actor`
   * (null: the system); answers how many were open.
   */
  abstract endAllOf(
    em: EntityManager,
    userId: string,
    reason?: SessionEndReason,
    actor?: Actor | null,
  ): Promise<number>;
}
