import { execute, parse, type GraphQLError } from 'graphql';
import { ErrorCode, ketenError, readPolicies } from '../../../common';
import { DisclosureRecorder } from '../../processingLog/disclosureRecorder';
import { DataSubjects } from '../dataSubject';
import { type DisclosureChecker } from '../disclosureChecker';
import { applyDisclosurePipeline, type DisclosureContext } from '../disclosurePipeline';
import { planDisclosures } from '../disclosurePlan';
import { planSchema, planTypeDefs } from './support/planSchema';

const BSN = '111222333';
const QUERY = parse(`query($r: [_Any!]!) {
  _entities(representations: $r) { ... on Client { bsn section { items { amount health } notes { text } } } ... on Letter { body } }
}`);

interface Run {
  data: unknown;
  errors: readonly GraphQLError[];
  checked: string[];
  read: string[];
  recorded: Record<string, { disclosed: string[]; refused: string[] }>;
}

async function run(options: {
  checks: boolean;
  records: boolean;
  refuse?: string[];
  representation?: Record<string, unknown>;
}): Promise<Run> {
  const read: string[] = [];
  const checked: string[] = [];
  const schema = planSchema({
    Client: { section: () => (read.push('Client.section'), { items: [{ amount: 5, health: 'h' }], notes: [] }) },
    Item: { health: (item: { health: string }) => (read.push('Item.health'), item.health) },
    Letter: { body: () => (read.push('Letter.body'), 'b') },
  });
  applyDisclosurePipeline(
    schema,
    planDisclosures(schema, readPolicies(planTypeDefs), { entities: new Set(['Client', 'Letter']), ...options }),
  );
  const checker: DisclosureChecker = {
    async assertDisclosed(bsn, _policy, coordinate) {
      checked.push(`${coordinate}@${bsn}`);
      if (options.refuse?.includes(coordinate)) throw ketenError(ErrorCode.NOT_DISCLOSED, `${coordinate} refused`);
    },
  };
  const recorder = new DisclosureRecorder();
  const contextValue: DisclosureContext = {
    disclosures: { subjects: new DataSubjects(), checker: options.checks ? checker : null, recorder },
  };
  const representation = options.representation ?? { __typename: 'Client', bsn: BSN };
  const result = await execute({ schema, document: QUERY, variableValues: { r: [representation] }, contextValue });
  const recorded = Object.fromEntries(
    [...recorder.subjects()].map(([bsn, found]) => [bsn, { disclosed: [...found.disclosed].sort(), refused: [...found.refused].sort() }]),
  );
  return { data: result.data?._entities, errors: result.errors ?? [], checked, read, recorded };
}

const ALL_DISCLOSED = ['Client.section', 'Item.amount', 'Item.health', 'Section.items', 'Section.notes'];

describe('the disclosure pipeline: subject → check → resolve → record', () => {
  it.each([
    {
      label: 'checks and records everything disclosed, nested values under their client',
      options: { checks: true, records: true },
      data: [{ bsn: BSN, section: { items: [{ amount: 5, health: 'h' }], notes: [] } }],
      checked: ['Client.section', 'Item.health', 'Section.items', 'Section.notes'],
      read: ['Client.section', 'Item.health'],
      recorded: { [BSN]: { disclosed: ALL_DISCLOSED, refused: [] } },
    },
    {
      label: 'refuses before reading, and records the refusal',
      options: { checks: true, records: true, refuse: ['Item.health'] },
      data: [{ bsn: BSN, section: { items: [{ amount: 5, health: null }], notes: [] } }],
      checked: ['Client.section', 'Item.health', 'Section.items', 'Section.notes'],
      read: ['Client.section'],
      recorded: { [BSN]: { disclosed: ALL_DISCLOSED.filter((c) => c !== 'Item.health'), refused: ['Item.health'] } },
    },
    {
      label: 'a refused parent: nothing below it is read or checked',
      options: { checks: true, records: true, refuse: ['Client.section'] },
      data: [{ bsn: BSN, section: null }],
      checked: ['Client.section'],
      read: [],
      recorded: { [BSN]: { disclosed: [], refused: ['Client.section'] } },
    },
    {
      label: 'without checks (a benchmark variant) still records',
      options: { checks: false, records: true },
      data: [{ bsn: BSN, section: { items: [{ amount: 5, health: 'h' }], notes: [] } }],
      checked: [],
      read: ['Client.section', 'Item.health'],
      recorded: { [BSN]: { disclosed: ALL_DISCLOSED, refused: [] } },
    },
    {
      label: 'without a log (a benchmark variant) still checks',
      options: { checks: true, records: false, refuse: ['Item.health'] },
      data: [{ bsn: BSN, section: { items: [{ amount: 5, health: null }], notes: [] } }],
      checked: ['Client.section', 'Item.health', 'Section.items', 'Section.notes'],
      read: ['Client.section'],
      recorded: {},
    },
  ])('$label', async ({ options, ...expected }) => {
    const result = await run(options);
    expect(result.data).toEqual(expected.data);
    expect(result.checked.map((c) => c.replace(`@${BSN}`, '')).sort()).toEqual(expected.checked);
    expect(result.checked.every((c) => c.endsWith(`@${BSN}`))).toBe(true);
    expect(result.read.sort()).toEqual(expected.read);
    expect(result.recorded).toEqual(expected.recorded);
    expect(result.errors.map((e) => e.extensions.code)).toEqual(options.refuse ? [ErrorCode.NOT_DISCLOSED] : []);
  });

  it.each([
    { checks: true, records: true },
    { checks: true, records: false },
    { checks: false, records: true },
  ])('fails closed when the data subject is unknown (%j): not checked, not read, not recorded', async (options) => {
    const result = await run({ ...options, representation: { __typename: 'Letter', id: 'L1' } });
    expect(result.data).toEqual([{ body: null }]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Letter.body carries personal data but its data subject is unknown, so it is not handed out',
    ]);
    expect({ checked: result.checked, read: result.read, recorded: result.recorded }).toEqual({ checked: [], read: [], recorded: {} });
  });
});

describe('the one data-subject rule', () => {
  it.each([
    ['an object with its own bsn', { bsn: BSN }, undefined, BSN],
    ['an object a policy field of that client produced', { amount: 1 }, BSN, BSN],
    ['an object nobody produced', { amount: 1 }, undefined, undefined],
    ['a bsn that is not a string', { bsn: 5 }, undefined, undefined],
    ['not an object', 'text', BSN, undefined],
  ])('%s', (_label, value, producedFor, expected) => {
    const subjects = new DataSubjects();
    if (producedFor) subjects.attribute(producedFor, [value]);
    expect(subjects.subjectOf(value)).toBe(expected);
  });

  it('keeps the first attribution of a shared object', () => {
    const shared = { amount: 1 };
    const subjects = new DataSubjects();
    subjects.attribute('111222333', shared);
    subjects.attribute('999888777', [shared]);
    expect(subjects.subjectOf(shared)).toBe('111222333');
  });
});
