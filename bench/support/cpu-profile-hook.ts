/**
 * Preloaded into the app's process by `npm run bench -- overhead --profile` (`node --require`):
 * each SIGWINCH starts the V8 CPU profiler, the next stops it and writes the profile to
 * `$FUYI_PROFILE_DIR/<n>.cpuprofile` (n = 1, 2, …), so the bench profiles exactly the rows it
 * measures and not the start-up. The files open in Chrome DevTools (Performance) or speedscope.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.FUYI_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  let profiling = false;
  let written = 0;
  const post = (method: string, params: object = {}): Promise<unknown> =>
    new Promise((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  const toggle = async (): Promise<void> => {
    if (!profiling) {
      profiling = true;
      await post('Profiler.enable');
      // 100 µs between samples: a request of the static route takes about 200 µs of CPU.
      await post('Profiler.setSamplingInterval', { interval: 100 });
      await post('Profiler.start');
      return;
    }
    profiling = false;
    const { profile } = (await post('Profiler.stop')) as { profile: object };
    written += 1;
    // Written under another name first: the bench waits for the final name to appear.
    const file = join(dir, `${written}.cpuprofile`);
    writeFileSync(`${file}.partial`, JSON.stringify(profile));
    renameSync(`${file}.partial`, file);
  };
  // SIGWINCH: ignored by default and not one of the signals Nest's shutdown hooks stop the app
  // on (SIGUSR2 is).
  process.on('SIGWINCH', () => {
    toggle().catch((e: unknown) => process.stderr.write(`cpu profile failed: ${String(e)}\n`));
  });
}
