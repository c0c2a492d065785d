import { AppError } from '../common/app-error';
import { Actor } from './actor';
import { assertVisible, holdsAgency, holdsOffice, scopeOf } from './access.rules';
import { Role } from './role';

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  id: 'u1',
  username: 'u1',
  role,
  officeId: null,
  agencyId: null,
  ...extra,
});
const notFound = (): AppError => AppError.notFound('thing', 'THING_NOT_FOUND');

describe('scopeOf', () => {
  it('confines an agent to their office, a liaison to their agency, an officer to their alerts', () => {
    expect(scopeOf(actor(Role.AGENT, { officeId: 'o1' }))).toEqual({
      officeId: 'o1',
      agencyId: null,
      officerId: null,
    });
    expect(scopeOf(actor(Role.AGENCY_LIAISON, { agencyId: 'a1' }))).toEqual({
      officeId: null,
      agencyId: 'a1',
      officerId: null,
    });
    expect(scopeOf(actor(Role.OFFICER))).toEqual({
      officeId: null,
      agencyId: null,
      officerId: 'u1',
    });
  });

  it.each([Role.ADMIN, Role.REVIEWER, Role.VIEWER])('leaves %s unconfined', (role) => {
    // An office or agency left on the account of another role confines nothing.
    expect(scopeOf(actor(role, { officeId: 'o1', agencyId: 'a1' }))).toEqual({
      officeId: null,
      agencyId: null,
      officerId: null,
    });
  });

  it('names the roles whose account carries an office or an agency', () => {
    expect(Object.values(Role).filter(holdsOffice)).toEqual([Role.AGENT]);
    expect(Object.values(Role).filter(holdsAgency)).toEqual([Role.AGENCY_LIAISON]);
  });
});

describe('assertVisible', () => {
  const agent = actor(Role.AGENT, { officeId: 'o1' });
  const liaison = actor(Role.AGENCY_LIAISON, { agencyId: 'a1' });

  it('lets an agent see their own office only, as not found otherwise', () => {
    expect(() => assertVisible(agent, { officeId: 'o1' }, notFound)).not.toThrow();
    expect(() => assertVisible(agent, { officeId: 'o2' }, notFound)).toThrow(
      expect.objectContaining({ code: 'THING_NOT_FOUND' }),
    );
    // A case filed directly at the bureau belongs to no office: not the agent's.
    expect(() => assertVisible(agent, { officeId: null }, notFound)).toThrow(AppError);
  });

  it('lets a liaison see their own agency only', () => {
    expect(() => assertVisible(liaison, { agencyId: 'a1' }, notFound)).not.toThrow();
    expect(() => assertVisible(liaison, { agencyId: 'a2' }, notFound)).toThrow(AppError);
  });

  it('applies a scope only to records that carry its side', () => {
    expect(() => assertVisible(liaison, { officeId: 'o2' }, notFound)).not.toThrow();
    expect(() => assertVisible(agent, { agencyId: 'a2' }, notFound)).not.toThrow();
  });

  it('lets an officer see the alerts addressed to them, a reviewer every one', () => {
    const officer = actor(Role.OFFICER);
    expect(() => assertVisible(officer, { officerId: 'u1' }, notFound)).not.toThrow();
    expect(() => assertVisible(officer, { officerId: 'u2' }, notFound)).toThrow(AppError);
    expect(() => assertVisible(actor(Role.REVIEWER), { officerId: 'u2' }, notFound)).not.toThrow();
  });
});
