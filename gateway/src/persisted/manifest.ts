/**
 * The persisted-operations manifest (client/__generated__/persisted-documents.json, written by `npm run codegen`):
 * the sha256 of each operation document → that document. Loaded and verified once at start-up; a manifest whose
 * hash does not match its document stops the gateway, so a hash always names exactly one text.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PersistedQueryOptions } from '@apollo/server';

export const DEFAULT_MANIFEST_PATH = join(__dirname, '..', '..', '..', 'client', '__generated__', 'persisted-documents.json');

export type PersistedOperations = ReadonlyMap<string, string>;

export function documentHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

export function parseManifest(text: string, source: string): PersistedOperations {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${source} is not JSON; regenerate it with \`npm run codegen\``);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`${source} must map operation hashes to documents`);
  const operations = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (typeof document !== 'string' || documentHash(document) !== hash) {
      throw new Error(`${source}: the entry ${hash} is not the sha256 of its document; regenerate it with \`npm run codegen\``);
    }
    operations.set(hash, document);
  }
  return operations;
}

export function loadPersistedOperations(path: string = DEFAULT_MANIFEST_PATH): PersistedOperations {
  return parseManifest(readFileSync(path, 'utf8'), path);
}

// Apollo Server keeps persisted queries under this prefix in the cache it is given (requestPipeline's APQ_CACHE_PREFIX).
const APQ_PREFIX = 'apq:';

/**
 * The manifest as Apollo Server's persisted-query cache: a request that sends only a hash gets the manifest's
 * document. Read-only: the automatic registration of new documents that APQ would do is ignored, so the set of
 * persisted operations is exactly the manifest.
 */
export function manifestQueryCache(operations: PersistedOperations): NonNullable<PersistedQueryOptions['cache']> {
  return {
    async get(key) {
      return key.startsWith(APQ_PREFIX) ? operations.get(key.slice(APQ_PREFIX.length)) : undefined;
    },
    async set() {},
    async delete() {
      return false;
    },
  };
}
