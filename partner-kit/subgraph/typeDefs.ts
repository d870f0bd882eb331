/**
 * A subgraph's SDL as its server, composition and codegen read it: its own schema.graphql, the @disclose spec and
 * the shared types of the processing-log inquiry (schema/processing-log.graphql).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { discloseSpecSdl } from '../../common';

export const PROCESSING_LOG_SDL_PATH = join(__dirname, '..', '..', 'schema', 'processing-log.graphql');

export function subgraphSdl(subgraphDir: string): string {
  return [readFileSync(join(subgraphDir, 'schema.graphql'), 'utf8'), discloseSpecSdl(), readFileSync(PROCESSING_LOG_SDL_PATH, 'utf8')].join(
    '\n',
  );
}

export function subgraphTypeDefs(subgraphDir: string): DocumentNode {
  return parse(subgraphSdl(subgraphDir));
}
