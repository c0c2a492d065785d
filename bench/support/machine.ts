/**
 * What the figures were measured on, and how busy the machine was while they were: CPU time of
 * the whole machine, of the server process, of Postgres and of the load generator (Linux /proc;
 * elsewhere only the load generator's own share is known).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  postgres: string;
  platform: string;
  commit: string;
}

export function machineInfo(postgresVersion: string): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres: postgresVersion,
    platform: `${os.type()} ${os.release()}`,
    commit: gitDescription(),
  };
}

/** The commit measured, and whether the working tree differed from it. */
function gitDescription(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean).length;
    return dirty > 0 ? `${head} + ${dirty} uncommitted file(s)` : head;
  } catch {
    return 'unknown';
  }
}

export function loadAverage(): [number, number, number] {
  const [one, five, fifteen] = os.loadavg();
  return [one, five, fifteen];
}

export const formatLoad = (l: readonly number[]): string => l.map((v) => v.toFixed(2)).join(' / ');

/** CPU clock ticks (USER_HZ) of the machine, of one process and of every `postgres` process. */
interface CpuSnapshot {
  at: bigint;
  machineBusy: number;
  machineTotal: number;
  server: number;
  postgres: number;
  generator: NodeJS.CpuUsage;
}

/** Shares of the whole machine (all cores = 100 %) over a measured window. */
export interface CpuShares {
  machine: number | null;
  server: number | null;
  postgres: number | null;
  generator: number;
}

const procAvailable = ((): boolean => {
  try {
    readFileSync('/proc/stat', 'utf8');
    return true;
  } catch {
    return false;
  }
})();

/**
 * CPU ticks of a process from its /proc/<pid>/stat line: its own (utime + stime) and those of
 * its children that ended and were reaped (cutime + cstime). The postmaster's children are the
 * backends and parallel workers, so Postgres's total stays right when they come and go.
 */
function processTicks(stat: string): { comm: string; own: number; children: number } {
  // The command name is in parentheses and may contain spaces; fields follow the last ')'.
  const close = stat.lastIndexOf(')');
  const comm = stat.slice(stat.indexOf('(') + 1, close);
  const fields = stat
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // Fields 14–17 of the whole line (utime stime cutime cstime) are 11–14 after the comm.
  return {
    comm,
    own: Number(fields[11]) + Number(fields[12]),
    children: Number(fields[13]) + Number(fields[14]),
  };
}

function readProcStat(pid: number | string): string | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
}

export function cpuSnapshot(serverPid: number | null): CpuSnapshot {
  const snapshot: CpuSnapshot = {
    at: process.hrtime.bigint(),
    machineBusy: 0,
    machineTotal: 0,
    server: 0,
    postgres: 0,
    generator: process.cpuUsage(),
  };
  if (!procAvailable) return snapshot;
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already counted in user).
  const idle = ticks[3] + ticks[4];
  snapshot.machineTotal = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  snapshot.machineBusy = snapshot.machineTotal - idle;
  if (serverPid !== null) {
    const stat = readProcStat(serverPid);
    if (stat) snapshot.server = processTicks(stat).own;
  }
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProcStat(entry);
    if (!stat) continue;
    const p = processTicks(stat);
    if (p.comm === 'postgres') snapshot.postgres += p.own + p.children;
  }
  return snapshot;
}

export function cpuShares(from: CpuSnapshot, to: CpuSnapshot): CpuShares {
  const wallMicros = Number(to.at - from.at) / 1000;
  const used = process.cpuUsage(from.generator);
  const generator = (used.user + used.system) / (wallMicros * os.cpus().length);
  const total = to.machineTotal - from.machineTotal;
  if (!procAvailable || total <= 0) {
    return { machine: null, server: null, postgres: null, generator };
  }
  return {
    machine: (to.machineBusy - from.machineBusy) / total,
    server: (to.server - from.server) / total,
    postgres: Math.max(0, to.postgres - from.postgres) / total,
    generator,
  };
}
