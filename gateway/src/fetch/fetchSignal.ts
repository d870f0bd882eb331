/**
 * The signal one partner fetch is sent with: it aborts after the partner's timeout (with a TimeoutError, as
 * AbortSignal.timeout would) or as soon as the client goes away, whichever comes first. One AbortController and one
 * timer per fetch, both released when the fetch ends: on Node 20, AbortSignal.timeout combined with AbortSignal.any
 * cost about 150 µs of the gateway's CPU per dossier (weak references and finalizers for every signal).
 */
export interface FetchSignal {
  signal: AbortSignal;
  /** Call when the fetch has ended, answered or not: stops the timer and stops watching the client. */
  release(): void;
}

export function fetchSignal(timeoutMs: number, clientGone: AbortSignal | undefined): FetchSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  const onClientGone = () => controller.abort(clientGone?.reason);
  if (clientGone?.aborted) onClientGone();
  else clientGone?.addEventListener('abort', onClientGone, { once: true });
  return {
    signal: controller.signal,
    release() {
      clearTimeout(timer);
      clientGone?.removeEventListener('abort', onClientGone);
    },
  };
}
