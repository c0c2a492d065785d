import { constants, PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's one Prometheus registry and the metrics every part of the service reports to.
 * Every name starts with METRIC_PREFIX (docs/operations.md lists them), prom-client's default
 * process metrics included.
 */
export const METRIC_PREFIX = 'fuyi_';
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

/**
 * The garbage collector's pauses, every one of them. prom-client's default histogram of the same
 * name (15.1.3, lib/metrics/gc.js) records only the first entry each time its observer is called;
 * when several collections come between two turns of the event loop, as under load, the others
 * are lost (121 pauses, 50 recorded, in a throwaway script allocating between timer ticks). Same name, help, label and buckets, so
 * dashboards read it as before; prom-client's own observer still runs, into an unregistered
 * histogram.
 */
registry.removeSingleMetric(`${METRIC_PREFIX}nodejs_gc_duration_seconds`);
const gcDuration = new Histogram({
  name: `${METRIC_PREFIX}nodejs_gc_duration_seconds`,
  help: 'Garbage collection duration by kind, one of major, minor, incremental or weakcb.',
  labelNames: ['kind'] as const,
  buckets: [0.001, 0.01, 0.1, 1, 2, 5],
  registers: [registry],
});
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const { detail } = entry as PerformanceEntry & { detail?: { kind?: number } };
    const kind = GC_KINDS[detail?.kind ?? -1] ?? 'unknown';
    gcDuration.observe({ kind }, entry.duration / 1000);
  }
}).observe({ entryTypes: ['gc'] });

export const httpDuration = new Histogram({
  name: `${METRIC_PREFIX}http_request_duration_seconds`,
  help: 'HTTP request latency by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const jobOutcomes = new Counter({
  name: `${METRIC_PREFIX}jobs_total`,
  help: 'Jobs finished by this process, by queue, job name and outcome',
  labelNames: ['queue', 'name', 'outcome'] as const,
  registers: [registry],
});

export const queueDepth = new Gauge({
  name: `${METRIC_PREFIX}queue_jobs`,
  help: 'Jobs in each queue by state, read at scrape time',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
});
