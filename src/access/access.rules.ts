/**
 * Who may see what (docs/domain.md, "Roles and scopes"). Pure: the one place that decides an
 * actor's scope; services and controllers call it instead of looking at roles themselves.
 */
import { AppError } from '../common/app-error';
import { maskIdNumber } from '../common/validators/id-number';
import { maskPhone } from '../common/validators/phone';
import { Actor } from './actor';
import { Role } from './role';

/** An agent works for one judicial office (代办点): the office is part of their account. */
export const holdsOffice = (role: Role): boolean => role === Role.AGENT;
/** An agency liaison speaks for one agency: the agency is part of their account. */
export const holdsAgency = (role: Role): boolean => role === Role.AGENCY_LIAISON;

/**
 * What an actor's reads are confined to: an agent to their own office, a liaison to their own
 * agency, an officer to the alerts addressed to them; `null` where the actor is not confined on
 * that side.
 */
export interface Scope {
  officeId: string | null;
  agencyId: string | null;
  officerId: string | null;
}

export function scopeOf(actor: Actor): Scope {
  return {
    officeId: holdsOffice(actor.role) ? actor.officeId : null,
    agencyId: holdsAgency(actor.role) ? actor.agencyId : null,
    officerId: actor.role === Role.OFFICER ? actor.id : null,
  };
}

/**
 * What a record belongs to: a case or an office to a judicial office (`officeId`), a lawsuit or a
 * reminder letter to an agency (`agencyId`), an alert to an officer (`officerId`). A scope applies
 * to the records that carry its side.
 */
export interface Owned {
  officeId?: string | null;
  agencyId?: string | null;
  officerId?: string | null;
}

/**
 * Refuses a record outside the actor's scope with `notFound`: to an agent another office's case
 * does not exist (404, not 403), nor to a liaison another agency's lawsuit.
 */
export function assertVisible(actor: Actor, record: Owned, notFound: () => AppError): void {
  const scope = scopeOf(actor);
  if (scope.officeId !== null && 'officeId' in record && record.officeId !== scope.officeId) {
    throw notFound();
  }
  if (scope.agencyId !== null && 'agencyId' in record && record.agencyId !== scope.agencyId) {
    throw notFound();
  }
  if (scope.officerId !== null && 'officerId' in record && record.officerId !== scope.officerId) {
    throw notFound();
  }
}

export const caseNotFound = (): AppError => AppError.notFound('case', 'CASE_NOT_FOUND');

/** A case as `actor` may see it, or 404. */
export function assertCaseVisible(actor: Actor, c: { officeId: string | null }): void {
  assertVisible(actor, { officeId: c.officeId }, caseNotFound);
}

/** Roles that see parties' ID numbers and phone numbers only masked. */
const MASKED_ROLES: readonly Role[] = [Role.VIEWER, Role.AGENCY_LIAISON];

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
