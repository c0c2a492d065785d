import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's one Prometheus registry and the metrics every part of the service reports to.
 * Every name starts with METRIC_PREFIX (docs/operations.md lists them), prom-client's default
 * process metrics included.
 */
export const METRIC_PREFIX = 'fuyi_';
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });

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
