import { parse } from 'graphql';
import { boundedDocumentStore, estimatedDocumentBytes } from '../documentStore';
import { documentHash } from '../manifest';

const PERSISTED = '{ a }';
const persisted = new Map([[documentHash(PERSISTED), PERSISTED]]);
const key = (text: string, schema = 'schema-1') => `${schema}:${documentHash(text)}`;
const adHoc = (n: number) => `{ field${n} }`;

describe('boundedDocumentStore', () => {
  it('keeps ad-hoc documents within their bytes, evicting the least recently used first', async () => {
    const bytes = estimatedDocumentBytes(parse(adHoc(1)));
    const store = boundedDocumentStore(persisted, bytes * 2);
    await store.set(key(adHoc(1)), parse(adHoc(1)));
    await store.set(key(adHoc(2)), parse(adHoc(2)));
    await store.get(key(adHoc(1)));
    await store.set(key(adHoc(3)), parse(adHoc(3)));
    expect(await store.get(key(adHoc(1)))).toBeDefined();
    expect(await store.get(key(adHoc(2)))).toBeUndefined();
    expect(await store.get(key(adHoc(3)))).toBeDefined();
  });

  it('never evicts the manifest’s documents for ad-hoc ones', async () => {
    const store = boundedDocumentStore(persisted, estimatedDocumentBytes(parse(adHoc(1))));
    await store.set(key(PERSISTED), parse(PERSISTED));
    for (let n = 0; n < 50; n++) await store.set(key(adHoc(n)), parse(adHoc(n)));
    expect(await store.get(key(PERSISTED))).toBeDefined();
  });

  it('does not keep a document larger than the whole ad-hoc budget', async () => {
    const store = boundedDocumentStore(persisted, 100);
    await store.set(key(adHoc(1)), parse(adHoc(1)));
    expect(await store.get(key(adHoc(1)))).toBeUndefined();
  });

  it('keeps only the documents of the schema being served', async () => {
    const store = boundedDocumentStore(persisted);
    await store.set(key(PERSISTED), parse(PERSISTED));
    await store.set(key(adHoc(1)), parse(adHoc(1)));
    await store.set(key(adHoc(2), 'schema-2'), parse(adHoc(2)));
    expect(await store.get(key(PERSISTED))).toBeUndefined();
    expect(await store.get(key(adHoc(1)))).toBeUndefined();
    expect(await store.get(key(adHoc(2), 'schema-2'))).toBeDefined();
  });

  it('estimates a parsed document at 75 heap bytes per byte of its text', () => {
    expect(estimatedDocumentBytes(parse(adHoc(1)))).toBe(adHoc(1).length * 75);
  });
});
