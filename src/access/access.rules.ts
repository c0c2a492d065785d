import { AppError } from '../common/app-error';
import { maskIdNumber } from '../common/validators/id-number';
import { maskPhone } from '../common/validators/phone';
import { Actor } from './actor';
import { Role } from './role';

/** Roles that see parties' ID numbers and phone numbers only masked. */
const MASKED_ROLES: readonly Role[] = [Role.VIEWER, Role.AGENCY_LIAISON];

export const caseNotFound = (): AppError => AppError.notFound('case', 'CASE_NOT_FOUND');

/** An agent sees only their own office's cases; to them any other case does not exist (404). */
export function assertCaseVisible(actor: Actor, c: { officeId: string | null }): void {
  if (actor.role === Role.AGENT && c.officeId !== actor.officeId) throw caseNotFound();
}

/** The office an actor's case queries are confined to, if any. */
export function officeScope(actor: Actor): string | null {
  return actor.role === Role.AGENT ? actor.officeId : null;
}

export function piiMasker(actor: Actor): {
  idNumber: (v: string | null) => string | null;
  phone: (v: string | null) => string | null;
} {
  if (!MASKED_ROLES.includes(actor.role)) return { idNumber: (v) => v, phone: (v) => v };
  return {
    idNumber: (v) => (v === null ? null : maskIdNumber(v)),
    phone: (v) => (v === null ? null : maskPhone(v)),
  };
}
