/**
 * The audit trail of one request (ASKED once, before any partner; ANSWERED with the outcome) and the plugin that
 * writes ANSWERED as the answer leaves, withholding it when the write fails.
 */
import pino from 'pino';
import { loadRegister } from '../../../../common';
import { auditLogPlugin, outcomeOf } from '../../audit/auditLogPlugin';
import { auditTrails, type AuditLogWriter, type AuditTrail } from '../../audit/auditTrail';
import { gatewayContext, PARTNER, requestContext, UNRESOLVABLE, willSendResponse } from './support/requestContext';

type Entries = Parameters<AuditLogWriter['append']>[0];

function writer(fails = false) {
  const written: Entries[number][] = [];
  const log: AuditLogWriter = {
    append: (entries: Entries) => (fails ? Promise.reject(new Error('store down')) : Promise.resolve(void written.push(...entries))),
  };
  return { log, written };
}

const register = loadRegister();
const silent = pino({ level: 'silent' });
const request = () => ({ user: PARTNER, activity: 'schuldhulp-intake', trace: gatewayContext().trace });

describe('audit trail', () => {
  it('writes ASKED once however many partners are asked, then ANSWERED with the outcome', async () => {
    const { log, written } = writer();
    const trail = auditTrails(log, register, silent)(request());
    await Promise.all([trail.recordAsked('Dossier'), trail.recordAsked('Dossier')]);
    await trail.recordAnswered('Dossier', 'OK');
    expect(written.map((entry) => entry.skeleton)).toEqual([
      expect.objectContaining({ phase: 'ASKED', operationName: 'Dossier', org: PARTNER.org, traceId: request().trace.traceId }),
      expect.objectContaining({ phase: 'ANSWERED', outcome: 'OK' }),
    ]);
    expect(written[0]?.personal).toEqual({ userId: PARTNER.sub });
  });

  it('rejects when a record cannot be written, so the caller can fail closed', async () => {
    const trail = auditTrails(writer(true).log, register, silent)(request());
    await expect(trail.recordAsked('Dossier')).rejects.toThrow('store down');
    await expect(
      auditTrails(writer().log, register, silent)({ ...request(), activity: 'not-registered' }).recordAsked(null),
    ).rejects.toThrow(/register/);
  });
});

describe('audit log plugin', () => {
  function recording(fails = false) {
    const answered: [string | null, string][] = [];
    const trail: AuditTrail = {
      recordAsked: () => Promise.resolve(),
      recordAnswered: (name, outcome) =>
        fails ? Promise.reject(new Error('store down')) : Promise.resolve(void answered.push([name, outcome])),
    };
    return { trail, answered };
  }

  it('records the outcome of the answer: OK, or its error codes', async () => {
    const { trail, answered } = recording();
    await willSendResponse(
      auditLogPlugin(),
      requestContext({ query: 'query P { partners { oin } }', context: gatewayContext(PARTNER, undefined, trail) }),
    );
    const refused = requestContext({
      query: '{ partners { oin } }',
      context: gatewayContext(PARTNER, undefined, trail),
      errors: [{ message: 'no', extensions: { code: 'PURPOSE_NOT_ALLOWED' } }],
    });
    await willSendResponse(auditLogPlugin(), refused);
    expect(answered).toEqual([
      ['P', 'OK'],
      [null, 'PURPOSE_NOT_ALLOWED'],
    ]);
  });

  it.each(UNRESOLVABLE)('records a request with %s too', async (_, unresolvable) => {
    const { trail, answered } = recording();
    const context = requestContext({
      query: 'query P { partners { oin } }',
      ...unresolvable,
      context: gatewayContext(PARTNER, undefined, trail),
      errors: [{ message: 'which?', extensions: { code: 'BAD_REQUEST' } }],
    });
    await willSendResponse(auditLogPlugin(), context);
    expect(answered).toEqual([[null, 'BAD_REQUEST']]);
  });

  it('withholds the answer when the record cannot be written', async () => {
    const context = requestContext({ query: '{ partners { oin } }', context: gatewayContext(PARTNER, undefined, recording(true).trail) });
    await willSendResponse(auditLogPlugin(), context);
    expect(context.response.body).toMatchObject({ singleResult: { data: null, errors: [{ extensions: { code: 'LOG_UNAVAILABLE' } }] } });
  });

  it('names unexpected errors by the masked code', () => {
    expect(
      outcomeOf([
        { message: 'a', extensions: { code: 'FORBIDDEN' } },
        { message: 'b' },
        { message: 'c', extensions: { code: 'FORBIDDEN' } },
      ]),
    ).toBe('FORBIDDEN,INTERNAL_SERVER_ERROR');
  });
});
