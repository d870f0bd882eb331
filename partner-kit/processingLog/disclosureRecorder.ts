/**
 * What one subgraph request disclosed, per data subject: the fields (schema coordinates) handed out and the fields
 * refused. Filled by the disclosure pipeline (common/policy/disclosurePipeline.ts) as resolvers run, under the
 * subject its one rule names, and read once by the processing-log plugin when the response is about to leave.
 */
export interface SubjectDisclosures {
  disclosed: Set<string>;
  refused: Set<string>;
  /**
   * What was done for the subject when it is more than a disclosure (regie: a case mutation's `DONE` or
   * `REFUSED_<code>`, a role lookup's `ROLES_LOOKED_UP`); the record's status instead of the one the fields give.
   */
  outcome?: string;
}

export class DisclosureRecorder {
  private readonly bySubject = new Map<string, SubjectDisclosures>();

  disclosed(bsn: string, coordinate: string): void {
    this.entry(bsn).disclosed.add(coordinate);
  }

  refused(bsn: string, coordinate: string): void {
    this.entry(bsn).refused.add(coordinate);
  }

  /** Sets the subject's outcome; a later outcome in the same request replaces an earlier one. */
  outcome(bsn: string, status: string): void {
    this.entry(bsn).outcome = status;
  }

  subjects(): ReadonlyMap<string, SubjectDisclosures> {
    return this.bySubject;
  }

  private entry(bsn: string): SubjectDisclosures {
    let entry = this.bySubject.get(bsn);
    if (!entry) this.bySubject.set(bsn, (entry = { disclosed: new Set(), refused: new Set() }));
    return entry;
  }
}

/** What the processing-log plugin needs of a request's context. */
export interface LoggedContext {
  disclosures: { recorder: DisclosureRecorder };
}
