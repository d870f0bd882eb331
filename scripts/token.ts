/**
 * Prints a development token for the local dev issuer that `npm start` trusts.
 *   npm run token -- --org <OIN|partner handle> --activity <id> [--activity <id> …] [--staff] [--sub <user id>] [--hours <n>]
 *   npm run token -- --citizen <BSN>       (a citizen signed in at the intermediary's portal, for their own inquiry)
 * Without --activity the token grants every activity in the register (a citizen's: only the inquiry).
 */
import { parseArgs } from 'node:util';
import { INQUIRY_ACTIVITY, isValidBsn, isValidOin, loadRegister } from '../common';
import { findDemoPartner, DEMO_PARTNERS } from '../subgraphs/partners';
import { loadDevIssuerKeys, signDevToken } from '../gateway/src/auth/devIssuer';

function usage(message: string): never {
  console.error(`${message}
Usage: npm run token -- --org <OIN|partner> [--activity <id>]… [--staff] [--sub <user>] [--hours <n>]
       npm run token -- --citizen <BSN> [--hours <n>]
Partners: ${DEMO_PARTNERS.map((p) => p.handle).join(', ')}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      org: { type: 'string' },
      activity: { type: 'string', multiple: true },
      staff: { type: 'boolean', default: false },
      citizen: { type: 'string' },
      sub: { type: 'string' },
      hours: { type: 'string', default: '8' },
    },
  });
  if (values.citizen !== undefined && !isValidBsn(values.citizen)) usage(`"${values.citizen}" is not a valid BSN (eleven-test).`);
  if (values.citizen !== undefined && values.staff) usage("A citizen's token cannot carry staff rights.");
  // A citizen signs in at the intermediary's portal, so the token names the intermediary as organisation.
  const orgArgument = values.org ?? (values.citizen !== undefined ? 'regie' : undefined);
  if (!orgArgument) usage('--org is required.');
  const partner = findDemoPartner(orgArgument);
  const org = partner?.oin ?? orgArgument;
  if (!isValidOin(org)) usage(`"${orgArgument}" is neither a 20-digit OIN nor a demo partner.`);
  const register = loadRegister();
  const activities = values.activity ?? (values.citizen !== undefined ? [INQUIRY_ACTIVITY] : register.activities.map((a) => a.id));
  for (const activity of activities) {
    if (!register.byId.has(activity)) usage(`"${activity}" is not in the register (schema/register.json).`);
  }
  const hours = Number(values.hours);
  if (!(hours > 0 && hours <= 24)) usage('--hours must be a number from 1 to 24.');
  const token = await signDevToken(await loadDevIssuerKeys(), {
    claims: {
      sub: values.sub ?? (values.citizen !== undefined ? 'dev-citizen' : `dev-${partner?.handle ?? 'user'}`),
      org,
      activities,
      staff: values.staff,
      ...(values.citizen !== undefined ? { citizen: values.citizen } : {}),
    },
    expiresInSeconds: Math.round(hours * 3600),
  });
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
