/**
 * Times one awaited piece of work into a histogram and labels the observation by how it ended: the labels known at
 * the start, plus those `ended` derives from the result or from the error. The result or the error passes through
 * unchanged, so measuring never alters what is measured.
 */
import { type Histogram, type LabelValues } from 'prom-client';

export interface EndLabels<T, L extends string> {
  ok(result: T): LabelValues<L>;
  failed(error: unknown): LabelValues<L>;
}

export async function timed<T, L extends string>(
  histogram: Histogram<L>,
  labels: LabelValues<L>,
  ended: EndLabels<T, L>,
  work: () => Promise<T>,
): Promise<T> {
  const end = histogram.startTimer(labels);
  try {
    const result = await work();
    end(ended.ok(result));
    return result;
  } catch (error) {
    end(ended.failed(error));
    throw error;
  }
}
