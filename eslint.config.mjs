// Lint: typescript-eslint's recommended rules, no `any`, generated code left alone, and the structure's boundaries kept.
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const SUBGRAPH_FOLDERS = readdirSync(new URL('./subgraphs/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', '**/__generated__/', 'coverage/', 'test/artifacts/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The partners' typed client ships on its own: nothing under client/ may import server code.
    files: ['client/**/*.ts', 'client/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(.*/)?(common|gateway|subgraphs)(/|$)',
              message:
                'The client ships on its own: no imports from common/, gateway/ or subgraphs/ (generate what it needs into client/).',
            },
          ],
        },
      ],
    },
  },
  // Boundaries (docs/architecture.md): the kernel (common/) is shared by both sides and imported through common/index.ts;
  // the partner kit (partner-kit/) serves the subgraphs only; the gateway and the subgraphs meet over HTTP alone.
  // Tests, benchmarks and scripts may import anything.
  {
    files: ['common/**/*.ts'],
    ignores: ['**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(.*/)?(gateway|partner-kit|subgraphs|scripts|client)(/|$)',
              message: 'The kernel (common/) imports neither side: not the gateway, the partner kit, the subgraphs, scripts or the client.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['partner-kit/**/*.ts'],
    ignores: ['**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(.*/)?(gateway|subgraphs|scripts|client)(/|$)',
              message:
                'The partner kit imports only itself and the kernel (common/): not the gateway, the subgraphs, scripts or the client.',
            },
            {
              regex: '^\\.{1,2}/(\\.\\./)*common/.+',
              message: 'Import the kernel from its public entry (common/index.ts), not its files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['gateway/**/*.ts'],
    ignores: ['**/__tests__/**', 'gateway/src/explorer/devSignIn.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(.*/)?(partner-kit|subgraphs|scripts|client)(/|$)',
              message: 'The gateway meets the partners over HTTP only: no imports from the partner kit, the subgraphs or scripts.',
            },
            {
              regex: '^\\.{1,2}/(\\.\\./)*common/.+',
              message: 'Import the kernel from its public entry (common/index.ts), not its files.',
            },
          ],
        },
      ],
    },
  },
  {
    // The development sign-in (never in production) lists the demo chain's organisations: the one gateway file that
    // may read the registry's derived list; it may not reach the kit or a subgraph.
    files: ['gateway/src/explorer/devSignIn.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.{1,2}/(.*/)?(partner-kit|scripts|client)(/|$)', message: 'The gateway meets the partners over HTTP only.' },
            {
              regex: '^\\.{1,2}/(.*/)?subgraphs/(?!partners$).+',
              message: 'The development sign-in may read subgraphs/partners.ts, nothing else of the subgraphs.',
            },
            {
              regex: '^\\.{1,2}/(\\.\\./)*common/.+',
              message: 'Import the kernel from its public entry (common/index.ts), not its files.',
            },
          ],
        },
      ],
    },
  },
  // A subgraph folder imports itself, the kernel, the partner kit and the registry (with its derived partners.ts).
  ...SUBGRAPH_FOLDERS.map((name) => ({
    files: [`subgraphs/${name}/**/*.ts`],
    ignores: ['**/__tests__/**', '**/__generated__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.{1,2}/(.*/)?(gateway|scripts|client|bench|test)(/|$)',
              message: 'A subgraph does not import the gateway (nor scripts, the client, tests or benchmarks).',
            },
            {
              regex: `^\\.{1,2}/(.*/)?(${SUBGRAPH_FOLDERS.filter((other) => other !== name).join('|')}|modules)(/|$)`,
              message:
                'A subgraph imports only its own folder, the kernel (common/), the partner kit and subgraphs/registry.ts or subgraphs/partners.ts, never another subgraph.',
            },
            {
              regex: '^\\.{1,2}/(\\.\\./)*(common|partner-kit)/.+',
              message: 'Import the kernel and the partner kit from their public entries (index.ts), not their files.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
