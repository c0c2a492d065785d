/** Waiting for something real to happen: a port to answer, a row to appear, a process to exit. */

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a value (not null); throws after `ms`. */
export async function until<T>(
  what: string,
  ms: number,
  probe: () => Promise<T | null>,
  step = 100,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(step);
  }
}

/** Polls `check` until it is true or `ms` have passed; returns its last answer. */
export async function waitFor(
  check: () => Promise<boolean>,
  ms = 15_000,
  step = 200,
): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await sleep(step);
  }
}
