/**
 * Undo work registered while a run sets up (the server process, the bench database), so that an
 * interrupted run (Ctrl-C, a CI timeout) leaves nothing behind either.
 */
const cleanups = new Set<() => Promise<void>>();

/** Registers `fn`; the returned function unregisters it (call it once `fn` has run normally). */
export function onInterrupt(fn: () => Promise<void>): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

export async function runCleanups(): Promise<void> {
  for (const fn of [...cleanups].reverse()) {
    cleanups.delete(fn);
    await fn().catch((e: unknown) => console.error(`cleanup failed: ${String(e)}`));
  }
}
