/**
 * The one rule for whose personal data a value is: an object's own `bsn`, else the data subject of the policy field
 * that produced it (a benefit in a client's UWV record belongs to that client). One instance per request; the
 * owner's check and the processing log both ask it, so they cannot disagree on the subject.
 */
export class DataSubjects {
  private readonly ownerOf = new WeakMap<object, string>();

  /** The BSN `parent` belongs to; undefined when it carries none and no policy field produced it. */
  subjectOf(parent: unknown): string | undefined {
    if (typeof parent !== 'object' || parent === null) return undefined;
    const own = (parent as { bsn?: unknown }).bsn;
    return typeof own === 'string' ? own : this.ownerOf.get(parent);
  }

  /** Attributes the objects a policy field returned (each item of a list) to `bsn`; the first attribution stands. */
  attribute(bsn: string, value: unknown): void {
    if (Array.isArray(value)) {
      for (const item of value) this.attribute(bsn, item);
    } else if (typeof value === 'object' && value !== null && !this.ownerOf.has(value)) {
      this.ownerOf.set(value, bsn);
    }
  }
}
