/** Composition: the committed subgraphs compose; a broken subgraph SDL fails with a message naming the problem. */
import { composeSupergraph, defaultSubgraphSources } from '../scripts/lib/composeSupergraph';

describe('composition', () => {
  it('composes the six subgraphs without errors', () => {
    const result = composeSupergraph();
    expect(result.ok).toBe(true);
  });

  it('fails on a type conflict between subgraphs, naming the field', () => {
    const sources = defaultSubgraphSources().map((source) =>
      source.name === 'svb' ? { ...source, sdl: source.sdl.replace('bsn: BSN!', 'bsn: Int!') } : source,
    );
    const result = composeSupergraph(sources);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/Client\.bsn/);
  });

  const withUwvSdl = (edit: (sdl: string) => string) =>
    composeSupergraph(defaultSubgraphSources().map((source) => (source.name === 'uwv' ? { ...source, sdl: edit(source.sdl) } : source)));
  const errorsOf = (result: ReturnType<typeof composeSupergraph>) => (result.ok ? '' : result.errors.join('\n'));

  it('fails for a personal-data field without a policy (deny by default), naming it', () => {
    const result = withUwvSdl((sdl) => sdl.replace('  hoursPerWeek: Int!', '  hoursPerWeek: Int!\n  "New."\n  contractType: String'));
    expect(result.ok).toBe(true); // covered by its type's policy
    const uncovered = withUwvSdl((sdl) => sdl.replace(/type IncomeRelation @disclose\([^)]*\)/, 'type IncomeRelation'));
    expect(errorsOf(uncovered)).toMatch(/uwv: IncomeRelation\.employer carries personal data but declares no @disclose policy/);
    const newSection = withUwvSdl((sdl) => sdl.replace('  bsn: BSN!\n', '  bsn: BSN!\n  "Unguarded."\n  uwvNote: String\n'));
    expect(errorsOf(newSection)).toMatch(/Client\.uwvNote carries personal data/);
  });

  it('fails for a policy that names an activity not in the register', () => {
    const result = withUwvSdl((sdl) =>
      sdl.replace(
        'for: ["schuldhulp-intake", "bijstand-beoordeling"], category: FINANCIAL',
        'for: ["nieuwsgierigheid"], category: FINANCIAL',
      ),
    );
    expect(errorsOf(result)).toMatch(/IncomeRelation: @disclose names "nieuwsgierigheid", which is not an activity in the register/);
  });

  it('fails for special-category data shared with ANY_ROLE', () => {
    const result = withUwvSdl((sdl) =>
      sdl.replace(
        'disabilityClass: DisabilityClass @disclose(to: [MAIN_CONTRACTOR, DIRECTOR]',
        'disabilityClass: DisabilityClass @disclose(to: [ANY_ROLE]',
      ),
    );
    expect(errorsOf(result)).toMatch(/Benefit\.disabilityClass: SPECIAL_HEALTH data may not be shared with ANY_ROLE/);
  });

  it('fails for an activity whose register entry does not cover the data category', () => {
    const result = withUwvSdl((sdl) =>
      sdl.replace(
        'disabilityClass: DisabilityClass @disclose(to: [MAIN_CONTRACTOR, DIRECTOR], for: ["bijstand-beoordeling", "estafette-overdracht"]',
        'disabilityClass: DisabilityClass @disclose(to: [MAIN_CONTRACTOR, DIRECTOR], for: ["schuldhulp-intake"]',
      ),
    );
    expect(errorsOf(result)).toMatch(/activity "schuldhulp-intake" does not cover SPECIAL_HEALTH data/);
  });

  it("puts each policy into the API schema descriptions, for the explorer's docs", () => {
    const result = composeSupergraph();
    expect(result.ok && result.apiSchemaSdl).toMatch(
      /Disclosed \(SPECIAL_HEALTH\) to: MAIN_CONTRACTOR, DIRECTOR in an open case of the client; for: bijstand-beoordeling \(Participatiewet art\. 64\)/,
    );
  });

  it('fails on SDL that does not parse, naming the subgraph', () => {
    const sources = defaultSubgraphSources().map((source) => (source.name === 'uwv' ? { ...source, sdl: 'type {' } : source));
    const result = composeSupergraph(sources);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^uwv:/);
  });
});
