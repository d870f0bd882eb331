/**
 * Prints a development token for the local dev issuer that `npm start` trusts.
 *   npm run token -- --org <OIN|partner handle> --activity <id> [--activity <id> …] [--staff] [--sub <user id>] [--hours <n>]
 * Without --activity the token grants every activity in the register.
 */
import { parseArgs } from 'node:util';
import { findDemoPartner, DEMO_PARTNERS } from '../common/partners';
import { loadRegister } from '../common/register';
import { isValidOin } from '../common/scalars';
import { loadDevIssuerKeys, signDevToken } from '../gateway/src/auth/devIssuer';

function usage(message: string): never {
  console.error(`${message}
Usage: npm run token -- --org <OIN|partner> [--activity <id>]… [--staff] [--sub <user>] [--hours <n>]
Partners: ${DEMO_PARTNERS.map((p) => p.handle).join(', ')}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      org: { type: 'string' },
      activity: { type: 'string', multiple: true },
      staff: { type: 'boolean', default: false },
      sub: { type: 'string' },
      hours: { type: 'string', default: '8' },
    },
  });
  if (!values.org) usage('--org is required.');
  const partner = findDemoPartner(values.org);
  const org = partner?.oin ?? values.org;
  if (!isValidOin(org)) usage(`"${values.org}" is neither a 20-digit OIN nor a demo partner.`);
  const register = loadRegister();
  const activities = values.activity ?? register.activities.map((a) => a.id);
  for (const activity of activities) {
    if (!register.byId.has(activity)) usage(`"${activity}" is not in the register (schema/register.json).`);
  }
  const hours = Number(values.hours);
  if (!(hours > 0 && hours <= 24)) usage('--hours must be a number from 1 to 24.');
  const token = await signDevToken(await loadDevIssuerKeys(), {
    claims: { sub: values.sub ?? `dev-${partner?.handle ?? 'user'}`, org, activities, staff: values.staff },
    expiresInSeconds: Math.round(hours * 3600),
  });
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
