/**
 * A V8 CPU profile (.cpuprofile) summed up for docs/benchmarks.md: where the server's CPU went
 * while a row was measured, as shares of the sampled time, by layer (the package or the app's
 * folder that holds the running function) and by function (self time: the function's own code,
 * not what it calls). Idle time is left out of the shares.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  /** Share of the busy (non-idle) sampled time, 0–1. */
  share: number;
}

export interface ProfileSummary {
  /** Busy sampled time, ms. */
  busyMs: number;
  layers: ProfileShare[];
  functions: ProfileShare[];
}

/** The layer a frame's script belongs to: an npm package, a folder of the app, or Node itself. */
export function layerOf(url: string, functionName: string): string {
  if (url === '') {
    // V8's pseudo-frames: (garbage collector), (program), (idle), or native code.
    return functionName.startsWith('(') ? functionName : '(native)';
  }
  const path = url.replace(/^file:\/\//, '');
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (packageMatch) return packageMatch[1];
  if (path.startsWith('node:') || !path.startsWith('/')) return 'node (core)';
  const appMatch = /\/src\/([^/]+)\//.exec(path);
  if (appMatch) return `app src/${appMatch[1]}`;
  return /\/src\/[^/]+\.js$/.test(path) ? 'app src/' : 'other';
}

function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const inPackage = /node_modules\/(.*)$/.exec(path);
  if (inPackage) return inPackage[1];
  const inApp = /\/(src\/.*)$/.exec(path);
  return inApp ? inApp[1] : path;
}

function top(totals: Map<string, number>, busy: number, count: number): ProfileShare[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, share: busy > 0 ? us / busy : 0 }));
}

export function summarizeProfile(file: string, count = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + profile.timeDeltas[i]));
  const layers = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = (byId.get(id) as ProfileNode).callFrame;
    if (functionName === '(idle)') continue;
    busy += us;
    const layer = layerOf(url, functionName);
    layers.set(layer, (layers.get(layer) ?? 0) + us);
    const fn = url
      ? `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`
      : functionName;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  return {
    busyMs: busy / 1000,
    layers: top(layers, busy, count),
    functions: top(functions, busy, count),
  };
}
