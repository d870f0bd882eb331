/** SIGHUP makes a running gateway read its supergraph file again: the manual way, and the one when watching is off. */
export const RELOAD_SIGNAL = 'SIGHUP';

/** Calls `reload` on every SIGHUP until the returned function is called. */
export function onReloadSignal(reload: () => void): () => void {
  const handler = () => reload();
  process.on(RELOAD_SIGNAL, handler);
  return () => {
    process.off(RELOAD_SIGNAL, handler);
  };
}
