/** A subgraph's SDL as its server, composition and codegen read it: its own schema.graphql plus the @disclose spec. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { discloseSpecSdl } from '../policy/policies';

export function subgraphSdl(subgraphDir: string): string {
  return `${readFileSync(join(subgraphDir, 'schema.graphql'), 'utf8')}\n${discloseSpecSdl()}`;
}

export function subgraphTypeDefs(subgraphDir: string): DocumentNode {
  return parse(subgraphSdl(subgraphDir));
}
