/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary directory, pg_ctl on a free
 * port), to stop and start again without touching the shared server other runs use. initdb and
 * the server refuse to run as root: as root they run as the `postgres` system user.
 */
import { execFile } from 'node:child_process';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { validateEnv } from '../../../src/config/env';
import { dataSourceOptions } from '../../../src/database/data-source';
import { freePort } from './processes';

const run = promisify(execFile);

/** The command as the user that may run Postgres: `postgres` when we are root. */
function asPostgres(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
}

async function postgresOwner(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([
    run('id', ['-u', 'postgres']),
    run('id', ['-g', 'postgres']),
  ]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export class PrivateCluster {
  private running = false;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  /** initdb (trust, no fsync: it is thrown away) and start; the caller must `remove()` it. */
  static async create(): Promise<PrivateCluster> {
    const dir = await mkdtemp(join(tmpdir(), 'fuyi-fault-pg-'));
    const cluster = new PrivateCluster(dir, await freePort());
    try {
      if (process.getuid?.() === 0) {
        const { uid, gid } = await postgresOwner();
        await chown(dir, uid, gid);
      }
      await cluster.pg('initdb', [
        '-D',
        cluster.dataDir,
        '-U',
        'postgres',
        '-A',
        'trust',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
      ]);
      await cluster.start();
      return cluster;
    } catch (e) {
      await cluster.remove();
      throw e;
    }
  }

  /**
   * A hot standby of `primary` (pg_basebackup -R: it streams the primary's WAL and answers
   * read-only queries), started on a port of its own; the caller must `remove()` it.
   */
  static async standbyOf(primary: PrivateCluster): Promise<PrivateCluster> {
    const dir = await mkdtemp(join(tmpdir(), 'fuyi-fault-pg-standby-'));
    const standby = new PrivateCluster(dir, await freePort());
    try {
      if (process.getuid?.() === 0) {
        const { uid, gid } = await postgresOwner();
        await chown(dir, uid, gid);
      }
      await standby.pg('pg_basebackup', [
        '-D',
        standby.dataDir,
        '-h',
        '127.0.0.1',
        '-p',
        String(primary.port),
        '-U',
        'postgres',
        '-R',
        '-X',
        'stream',
        '--checkpoint=fast', // not the next spread checkpoint, minutes away
        '--no-sync',
      ]);
      await standby.start();
      return standby;
    } catch (e) {
      await standby.remove();
      throw e;
    }
  }

  get dataDir(): string {
    return join(this.dir, 'data');
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** A URL of database `name` on this cluster. */
  url(name = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${name}`;
  }

  /** Starts the server (the same port and data) and waits until it accepts connections. */
  async start(): Promise<void> {
    const options = [
      `-p ${this.port}`,
      `-k ${this.dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c full_page_writes=off',
      '-c max_connections=100',
    ].join(' ');
    await this.pg('pg_ctl', [
      '-D',
      this.dataDir,
      '-l',
      join(this.dir, 'server.log'),
      '-o',
      options,
      '-w',
      '-t',
      '60',
      'start',
    ]);
    this.running = true;
  }

  /**
   * Stops the server: `fast` (clients are disconnected, a clean shutdown) or `immediate` (every
   * process quits at once, as in a crash; the next start recovers from the WAL).
   */
  async stop(mode: 'fast' | 'immediate'): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
    this.running = false;
  }

  /** The server's log, for failure messages. */
  async log(): Promise<string> {
    return readFile(join(this.dir, 'server.log'), 'utf8').catch(() => '');
  }

  /** Stops the server if it runs and deletes the cluster; never throws. */
  async remove(): Promise<void> {
    await this.pg('pg_ctl', [
      '-D',
      this.dataDir,
      '-m',
      'immediate',
      '-w',
      '-t',
      '30',
      'stop',
    ]).catch(() => undefined);
    this.running = false;
    await rm(this.dir, { recursive: true, force: true }).catch(() => undefined);
  }

  private async pg(command: string, args: string[]): Promise<void> {
    const [file, argv] = asPostgres(command, args);
    try {
      await run(file, argv, { cwd: this.dir, timeout: 90_000 });
    } catch (e) {
      const err = e as Error & { stdout?: string; stderr?: string };
      throw new Error(
        `${command} ${args.join(' ')} failed: ${err.message}\n${err.stderr ?? ''}\n${await this.log()}`,
      );
    }
  }
}

/** Applies every migration to the database of `url`. */
export async function migrate(url: string): Promise<void> {
  const ds = new DataSource({
    ...dataSourceOptions(validateEnv({ ...process.env, DATABASE_URL: url })),
    logging: false,
  });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}
