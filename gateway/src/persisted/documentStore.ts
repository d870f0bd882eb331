/**
 * Apollo Server's store of parsed and validated documents, bounded by what the documents cost in memory rather than
 * by Apollo's estimate (the length of a document's JSON, about a quarter of what a parsed document with locations
 * takes on the heap, so its default "30 MiB" can hold some 120 MiB). The manifest's operations are kept for as long
 * as the schema is served (they are few, known at start-up, and asked all the time); any other document shares a
 * small LRU, so a stream of distinct ad-hoc documents can neither grow the heap nor push the manifest's out.
 */
import { type DocumentStore } from '@apollo/server';
import { type DocumentNode } from 'graphql';
import { type PersistedOperations } from './manifest';

/** Heap bytes per byte of source text of a parsed document with locations, measured on the typed client's operations (26 operations, 8.8 KB of text: 643 KB). */
const HEAP_BYTES_PER_SOURCE_BYTE = 75;
/** What the ad-hoc documents may take together, estimated on the heap. */
export const DEFAULT_AD_HOC_DOCUMENTS_BYTES = 8 * 1024 * 1024;

/** A parsed document's estimated size on the heap, from the length of its source (or of its JSON, without locations). */
export function estimatedDocumentBytes(document: DocumentNode): number {
  return document.loc ? document.loc.end * HEAP_BYTES_PER_SOURCE_BYTE : JSON.stringify(document).length * 4;
}

export function boundedDocumentStore(persisted: PersistedOperations, adHocBytes: number = DEFAULT_AD_HOC_DOCUMENTS_BYTES): DocumentStore {
  // Apollo Server keys a document by `<schema hash>:<sha256 of the text>`; only the current schema's are kept.
  let schemaPrefix = '';
  const pinned = new Map<string, DocumentNode>();
  const adHoc = new Map<string, { document: DocumentNode; bytes: number }>();
  let adHocTotal = 0;

  const forget = (key: string) => {
    const entry = adHoc.get(key);
    if (entry) adHocTotal -= entry.bytes;
    adHoc.delete(key);
  };
  const followSchema = (key: string) => {
    const prefix = key.slice(0, key.lastIndexOf(':') + 1);
    if (prefix === schemaPrefix) return;
    schemaPrefix = prefix;
    pinned.clear();
    adHoc.clear();
    adHocTotal = 0;
  };

  return {
    async get(key) {
      const known = pinned.get(key);
      if (known) return known;
      const entry = adHoc.get(key);
      if (!entry) return undefined;
      // Most recently used last: the oldest is evicted first.
      adHoc.delete(key);
      adHoc.set(key, entry);
      return entry.document;
    },
    async set(key, document) {
      followSchema(key);
      if (persisted.has(key.slice(schemaPrefix.length))) {
        pinned.set(key, document);
        return;
      }
      const bytes = estimatedDocumentBytes(document);
      forget(key);
      if (bytes > adHocBytes) return;
      adHoc.set(key, { document, bytes });
      adHocTotal += bytes;
      for (const oldest of adHoc.keys()) {
        if (adHocTotal <= adHocBytes) break;
        forget(oldest);
      }
    },
    async delete(key) {
      const had = pinned.delete(key) || adHoc.has(key);
      forget(key);
      return had;
    },
  };
}
