/**
 * The server's garbage collection during a measured window, read from its own metrics
 * (`fuyi_nodejs_gc_duration_seconds`, src/metrics/metrics.ts) before and after the window.
 */
import type { HttpClient } from './load';

const METRIC = 'fuyi_nodejs_gc_duration_seconds';

export interface GcKindTotals {
  pauses: number;
  seconds: number;
  /** Pauses longer than 10 ms (the histogram's bucket bound). */
  over10ms: number;
}

/** By kind: `minor` (scavenges), `major` (mark-compact), `incremental`, `weakcb`. */
export type GcTotals = Record<string, GcKindTotals>;

/** A kind the collector did not run. */
export const NO_PAUSES: Readonly<GcKindTotals> = Object.freeze({
  pauses: 0,
  seconds: 0,
  over10ms: 0,
});

const SAMPLE = new RegExp(`^${METRIC}_(bucket|sum|count)\\{([^}]*)\\} (\\S+)$`);

/** The totals in Prometheus text (`/metrics`). */
export function parseGc(text: string): GcTotals {
  const totals: GcTotals = {};
  const under10ms: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const match = SAMPLE.exec(line);
    if (!match) continue;
    const [, part, labels, value] = match;
    const kind = /kind="([^"]*)"/.exec(labels)?.[1] ?? '';
    const entry = (totals[kind] ??= { pauses: 0, seconds: 0, over10ms: 0 });
    if (part === 'sum') entry.seconds = Number(value);
    if (part === 'count') entry.pauses = Number(value);
    if (part === 'bucket' && /le="0\.01"/.test(labels)) under10ms[kind] = Number(value);
  }
  for (const [kind, entry] of Object.entries(totals)) {
    entry.over10ms = entry.pauses - (under10ms[kind] ?? 0);
  }
  return totals;
}

/** What the server's collector did between two readings. */
export function gcBetween(from: GcTotals, to: GcTotals): GcTotals {
  const kinds = new Set([...Object.keys(from), ...Object.keys(to)]);
  const out: GcTotals = {};
  for (const kind of kinds) {
    const a = from[kind] ?? NO_PAUSES;
    const b = to[kind] ?? NO_PAUSES;
    out[kind] = {
      pauses: b.pauses - a.pauses,
      seconds: b.seconds - a.seconds,
      over10ms: b.over10ms - a.over10ms,
    };
  }
  return out;
}

/** A reader of the server's totals through `client` (one socket is enough). */
export const gcReader = (client: HttpClient) => async (): Promise<GcTotals> =>
  parseGc(await client.get('/metrics'));
