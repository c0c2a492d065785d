import { PerformanceObserver } from 'node:perf_hooks';
import { METRIC_PREFIX, registry } from './metrics';

const GC = `${METRIC_PREFIX}nodejs_gc_duration_seconds`;

/** Pauses the histogram has counted, all kinds together. */
async function counted(): Promise<number> {
  const metric = await registry.getSingleMetric(GC)!.get();
  return metric.values
    .filter((v) => (v as { metricName?: string }).metricName === `${GC}_count`)
    .reduce((sum, v) => sum + v.value, 0);
}

/** Allocates in one synchronous run, long enough for several young-generation collections. */
function allocate(): void {
  let keep: { i: number; a: number[] }[] = [];
  for (let i = 0; i < 1_000_000; i++) {
    keep.push({ i, a: [i] });
    if (keep.length > 5_000) keep = [];
  }
}

const turn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe('the garbage collection metric', () => {
  it('counts every pause, also several between two turns of the event loop', async () => {
    let seen = 0;
    let callbacks = 0;
    const observer = new PerformanceObserver((list) => {
      callbacks += 1;
      seen += list.getEntries().length;
    });
    observer.observe({ entryTypes: ['gc'] });
    await turn();
    const before = await counted();
    for (let i = 0; i < 10; i++) {
      allocate();
      await turn();
    }
    await turn();
    observer.disconnect();
    const after = await counted();
    // The case prom-client's own histogram gets wrong (it counts about one pause a call): many
    // more pauses than observer calls.
    expect(seen - callbacks).toBeGreaterThan(10);
    // Each observer gets its entries in a callback of its own: a pause at either end of the
    // window may reach one of them before a reading and the other after it. A few such are
    // allowed; prom-client's misses are most of the difference between pauses and calls.
    expect(Math.abs(after - before - seen)).toBeLessThan((seen - callbacks) / 4);
  });
});
