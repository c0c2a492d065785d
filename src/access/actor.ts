import { Role } from './role';

/** The authenticated caller, as carried by the access token. */
export interface Actor {
  id: string;
  username: string;
  role: Role;
  officeId: string | null;
  agencyId: string | null;
}
