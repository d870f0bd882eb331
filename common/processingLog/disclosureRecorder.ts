/**
 * What one subgraph request disclosed, per data subject: the fields (schema coordinates) handed out and the fields
 * refused. Filled by the instrumented resolvers as they run, read once when the response is about to leave.
 * Objects a field returns are attributed to the same data subject, so fields of nested values (a benefit of a
 * client's UWV record) are logged under the client they belong to.
 */
export interface SubjectDisclosures {
  disclosed: Set<string>;
  refused: Set<string>;
}

export class DisclosureRecorder {
  private readonly bySubject = new Map<string, SubjectDisclosures>();
  private readonly ownerOf = new WeakMap<object, string>();

  /** The BSN a parent value belongs to: its own `bsn`, or that of the field that produced it. */
  subjectOf(parent: unknown): string | undefined {
    if (typeof parent !== 'object' || parent === null) return undefined;
    const own = (parent as { bsn?: unknown }).bsn;
    return typeof own === 'string' ? own : this.ownerOf.get(parent);
  }

  disclosed(bsn: string, coordinate: string, value: unknown): void {
    this.entry(bsn).disclosed.add(coordinate);
    this.attribute(bsn, value);
  }

  refused(bsn: string, coordinate: string): void {
    this.entry(bsn).refused.add(coordinate);
  }

  subjects(): ReadonlyMap<string, SubjectDisclosures> {
    return this.bySubject;
  }

  private entry(bsn: string): SubjectDisclosures {
    let entry = this.bySubject.get(bsn);
    if (!entry) this.bySubject.set(bsn, (entry = { disclosed: new Set(), refused: new Set() }));
    return entry;
  }

  private attribute(bsn: string, value: unknown): void {
    if (Array.isArray(value)) {
      for (const item of value) this.attribute(bsn, item);
    } else if (typeof value === 'object' && value !== null && !this.ownerOf.has(value)) {
      this.ownerOf.set(value, bsn);
    }
  }
}
