import { type ChainCase, type RoleAssignment } from '../../store/models';
import {
  confirmedOnAssignment,
  isInForce,
  mayAppointDirector,
  mayAssign,
  mayClose,
  mayConfirm,
  mayProposeHandover,
  mayRespondToHandover,
  mayRevoke,
  mayView,
  roleInForce,
  type Actor,
} from '../rules';

const partner: Actor = { org: 'A', user: 'u', staff: false, activity: 'ketencoordinatie' };
const staff: Actor = { ...partner, org: 'R', staff: true };
const verdict = (d: { allowed: boolean; code?: string }) => (d.allowed ? 'OK' : d.code);

describe('the coordination rules', () => {
  it.each([
    ['MAIN_CONTRACTOR', 'MAIN_CONTRACTOR', 'SUBCONTRACTOR', partner, 'OK'],
    ['MAIN_CONTRACTOR', 'SUBCONTRACTOR', 'SUBCONTRACTOR', partner, 'FORBIDDEN'],
    ['MAIN_CONTRACTOR', null, 'SUBCONTRACTOR', partner, 'FORBIDDEN'],
    ['MAIN_CONTRACTOR', null, 'SUBCONTRACTOR', staff, 'OK'],
    ['MAIN_CONTRACTOR', 'MAIN_CONTRACTOR', 'MAIN_CONTRACTOR', partner, 'FORBIDDEN'],
    ['MAIN_CONTRACTOR', null, 'MAIN_CONTRACTOR', staff, 'OK'],
    ['MAIN_CONTRACTOR', 'MAIN_CONTRACTOR', 'CONTRIBUTOR', partner, 'BAD_USER_INPUT'],
    ['MAIN_CONTRACTOR', null, 'RELAY_HOLDER', staff, 'BAD_USER_INPUT'],
    ['RELAY', 'RELAY_HOLDER', 'RELAY_HOLDER', partner, 'FORBIDDEN'],
    ['RELAY', null, 'RELAY_HOLDER', staff, 'OK'],
    ['DIRECTOR', 'DIRECTOR', 'CONTRIBUTOR', partner, 'OK'],
    ['DIRECTOR', 'CONTRIBUTOR', 'CONTRIBUTOR', partner, 'FORBIDDEN'],
    ['DIRECTOR', 'DIRECTOR', 'SUBCONTRACTOR', partner, 'BAD_USER_INPUT'],
  ] as const)('assign in %s by %s: %s → %s', (model, actorRole, role, actor, expected) => {
    expect(verdict(mayAssign(actor, model, actorRole, role))).toBe(expected);
  });

  it('never revokes a lead role, and otherwise follows who may assign', () => {
    expect(verdict(mayRevoke(staff, 'MAIN_CONTRACTOR', null, 'MAIN_CONTRACTOR'))).toBe('INVALID_TRANSITION');
    expect(verdict(mayRevoke(partner, 'DIRECTOR', 'DIRECTOR', 'CONTRIBUTOR'))).toBe('OK');
    expect(verdict(mayRevoke(partner, 'DIRECTOR', 'CONTRIBUTOR', 'CONTRIBUTOR'))).toBe('FORBIDDEN');
  });

  it('lets only the relay holder propose, to someone else, in a relay', () => {
    expect(verdict(mayProposeHandover(partner, 'RELAY', 'RELAY_HOLDER', 'B'))).toBe('OK');
    expect(verdict(mayProposeHandover(partner, 'RELAY', 'RELAY_HOLDER', 'A'))).toBe('BAD_USER_INPUT');
    expect(verdict(mayProposeHandover(staff, 'RELAY', null, 'B'))).toBe('FORBIDDEN');
    expect(verdict(mayProposeHandover(partner, 'DIRECTOR', 'DIRECTOR', 'B'))).toBe('INVALID_TRANSITION');
  });

  const relay = (pending: ChainCase['pendingHandover']): ChainCase => ({
    id: 'c',
    bsn: '111222333',
    model: 'RELAY',
    status: 'OPEN',
    activity: 'ketencoordinatie',
    version: 2,
    openedAt: '2026-01-01T00:00:00.000Z',
    openedByOrg: 'X',
    closedAt: null,
    closedByOrg: null,
    pendingHandover: pending,
  });
  const now = new Date('2026-06-01T12:00:00.000Z');

  it('lets only the addressee answer a pending, unexpired handover', () => {
    const pending = { toOrg: 'A', proposedAt: '2026-06-01T11:00:00.000Z', expiresAt: '2026-06-02T11:00:00.000Z', reason: 'r' };
    expect(verdict(mayRespondToHandover(partner, relay(pending), now))).toBe('OK');
    expect(verdict(mayRespondToHandover({ ...partner, org: 'B' }, relay(pending), now))).toBe('FORBIDDEN');
    expect(verdict(mayRespondToHandover(partner, relay({ ...pending, expiresAt: '2026-06-01T11:59:59.000Z' }), now))).toBe(
      'INVALID_TRANSITION',
    );
    expect(verdict(mayRespondToHandover(partner, relay(null), now))).toBe('INVALID_TRANSITION');
  });

  it('lets staff appoint directors in director cases only, and the lead or staff close', () => {
    expect(verdict(mayAppointDirector(staff, 'DIRECTOR'))).toBe('OK');
    expect(verdict(mayAppointDirector(partner, 'DIRECTOR'))).toBe('FORBIDDEN');
    expect(verdict(mayAppointDirector(staff, 'RELAY'))).toBe('INVALID_TRANSITION');
    expect(verdict(mayClose(partner, 'RELAY', 'RELAY_HOLDER'))).toBe('OK');
    expect(verdict(mayClose(partner, 'MAIN_CONTRACTOR', 'SUBCONTRACTOR'))).toBe('FORBIDDEN');
    expect(verdict(mayClose(staff, 'DIRECTOR', null))).toBe('OK');
  });

  it('counts a role only while it is in force', () => {
    const role = (validUntil: string | null, endedAt: string | null): RoleAssignment => ({
      id: 'r',
      caseId: 'c',
      org: 'A',
      role: 'SUBCONTRACTOR',
      validFrom: '2026-01-01T00:00:00.000Z',
      validUntil,
      assignedByOrg: 'X',
      assignedByUser: 'u',
      reason: 'r',
      endedAt,
      confirmation: null,
    });
    expect(isInForce(role(null, null), now)).toBe(true);
    expect(isInForce(role('2026-06-01T12:00:01.000Z', null), now)).toBe(true);
    expect(isInForce(role('2026-06-01T12:00:00.000Z', null), now)).toBe(false);
    expect(isInForce(role(null, '2026-05-01T00:00:00.000Z'), now)).toBe(false);
    expect(roleInForce([role('2026-01-02T00:00:00.000Z', null)], 'A', now)).toBeNull();
  });

  it('shows a case to staff, the involved and the addressee of a handover', () => {
    const pending = { toOrg: 'A', proposedAt: 'x', expiresAt: 'y', reason: 'r' };
    expect(mayView(staff, relay(null), false)).toBe(true);
    expect(mayView(partner, relay(null), true)).toBe(true);
    expect(mayView(partner, relay(pending), false)).toBe(true);
    expect(mayView({ ...partner, org: 'B' }, relay(pending), false)).toBe(false);
  });

  it('confirms a role given by staff, or by another party whose own role is confirmed; never a self-given one', () => {
    expect(confirmedOnAssignment(staff, staff.org, false)).toBe(true);
    expect(confirmedOnAssignment(partner, 'B', true)).toBe(true);
    expect(confirmedOnAssignment(partner, 'B', false)).toBe(false);
    expect(confirmedOnAssignment(partner, partner.org, true)).toBe(false);
  });

  it('lets staff alone confirm a role in force that is not confirmed yet', () => {
    const assignment = (confirmed: boolean, endedAt: string | null = null): RoleAssignment => ({
      id: 'r',
      caseId: 'c',
      org: 'A',
      role: 'MAIN_CONTRACTOR',
      validFrom: '2026-01-01T00:00:00.000Z',
      validUntil: null,
      assignedByOrg: 'A',
      assignedByUser: 'u',
      reason: 'r',
      endedAt,
      confirmation: confirmed ? { byOrg: 'S', byUser: 's', at: '2026-01-02T00:00:00.000Z' } : null,
    });
    expect(verdict(mayConfirm(staff, assignment(false), now))).toBe('OK');
    expect(verdict(mayConfirm(partner, assignment(false), now))).toBe('FORBIDDEN');
    expect(verdict(mayConfirm(staff, assignment(true), now))).toBe('INVALID_TRANSITION');
    expect(verdict(mayConfirm(staff, assignment(false, '2026-05-01T00:00:00.000Z'), now))).toBe('INVALID_TRANSITION');
  });
});
