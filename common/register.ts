/**
 * The register of processing activities (schema/register.json): loaded and validated once, at start-up.
 * A malformed register stops the process with a message naming the entry, never a half-valid register.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DataCategory = {
  ORDINARY: 'ORDINARY',
  FINANCIAL: 'FINANCIAL',
  SPECIAL_HEALTH: 'SPECIAL_HEALTH',
  CRIMINAL: 'CRIMINAL',
} as const;
export type DataCategory = (typeof DataCategory)[keyof typeof DataCategory];

export interface ProcessingActivity {
  id: string;
  version: number;
  name: string;
  purpose: string;
  legalBasis: string;
  dataCategories: DataCategory[];
  retentionDays: number;
  confidential: boolean;
}

export interface Register {
  activities: readonly ProcessingActivity[];
  byId: ReadonlyMap<string, ProcessingActivity>;
}

/** The activity under which a citizen's inquiry (AVG art. 15) into the processing logs is made. */
export const INQUIRY_ACTIVITY = 'inzage-betrokkene';

export const DEFAULT_REGISTER_PATH = join(__dirname, '..', 'schema', 'register.json');

const ACTIVITY_ID = /^[a-z][a-z0-9-]{2,63}$/;
const categories: ReadonlySet<string> = new Set(Object.values(DataCategory));

function fail(where: string, message: string): never {
  throw new Error(`Invalid register of processing activities: ${where}: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(entry: Record<string, unknown>, key: string, where: string): string {
  const value = entry[key];
  if (typeof value !== 'string' || value.trim() === '') fail(where, `"${key}" must be a non-empty string`);
  return value;
}

function parseActivity(entry: unknown, index: number): ProcessingActivity {
  const where = `activities[${index}]`;
  if (!isRecord(entry)) fail(where, 'must be an object');
  const id = nonEmptyString(entry, 'id', where);
  if (!ACTIVITY_ID.test(id)) fail(where, `id "${id}" must be lower-case letters, digits and dashes`);
  const { version, retentionDays, confidential, dataCategories } = entry;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail(where, '"version" must be a positive integer');
  if (typeof retentionDays !== 'number' || !Number.isInteger(retentionDays) || retentionDays < 1) {
    fail(where, '"retentionDays" must be a positive integer');
  }
  if (typeof confidential !== 'boolean') fail(where, '"confidential" must be true or false');
  if (!Array.isArray(dataCategories) || dataCategories.length === 0) fail(where, '"dataCategories" must be a non-empty list');
  for (const category of dataCategories) {
    if (typeof category !== 'string' || !categories.has(category)) {
      fail(where, `unknown data category ${JSON.stringify(category)}; use one of ${[...categories].join(', ')}`);
    }
  }
  return {
    id,
    version,
    name: nonEmptyString(entry, 'name', where),
    purpose: nonEmptyString(entry, 'purpose', where),
    legalBasis: nonEmptyString(entry, 'legalBasis', where),
    dataCategories: dataCategories as DataCategory[],
    retentionDays,
    confidential,
  };
}

export function parseRegister(json: unknown): Register {
  if (!isRecord(json) || !Array.isArray(json.activities)) fail('root', 'must be an object with an "activities" list');
  const activities = json.activities.map(parseActivity);
  const byId = new Map<string, ProcessingActivity>();
  for (const activity of activities) {
    if (byId.has(activity.id)) fail(`activity "${activity.id}"`, 'id is listed twice');
    byId.set(activity.id, activity);
  }
  return { activities, byId };
}

export function loadRegister(path: string = DEFAULT_REGISTER_PATH): Register {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the register of processing activities at ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`The register of processing activities at ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseRegister(json);
}
