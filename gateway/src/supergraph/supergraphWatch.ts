/**
 * Notices that the supergraph file may have changed. It watches the file's directory, not the file: an editor or
 * `npm run compose` replaces the file by renaming, and Kubernetes updates a ConfigMap volume by swapping its `..data`
 * symlink, both of which a watch on the file itself would miss after the first time. Events come in bursts, so it
 * waits until the directory has been quiet for `debounceMs`; whether the content really changed is the reloader's
 * question (it compares hashes).
 */
import { watch } from 'node:fs';
import { dirname } from 'node:path';
import { type Logger } from 'pino';

export const DEFAULT_WATCH_DEBOUNCE_MS = 300;

export interface SupergraphWatch {
  close(): void;
}

export function watchSupergraphFile(
  path: string,
  onChange: () => void,
  log: Logger,
  debounceMs = DEFAULT_WATCH_DEBOUNCE_MS,
): SupergraphWatch {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(dirname(path), { persistent: false }, () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  // The directory went away or cannot be watched any more: SIGHUP still reloads, so say so and stop watching.
  watcher.on('error', (error) => {
    log.error({ code: 'SUPERGRAPH_WATCH_FAILED', reason: error.message }, 'stopped watching the supergraph file; reload with SIGHUP');
    watcher.close();
  });
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
