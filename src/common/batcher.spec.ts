import { Batcher } from './batcher';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Batcher', () => {
  it('runs an item alone at once, and what arrives meanwhile together in the next run', async () => {
    const runs: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const b = new Batcher<number, number>(async (items) => {
      runs.push(items);
      if (runs.length === 1) await gate;
      return items.map((i) => i * 10);
    }, 100);
    const first = b.submit(1);
    await tick();
    const rest = [b.submit(2), b.submit(3), b.submit(4)];
    await tick();
    expect(runs).toEqual([[1]]);
    release();
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40]);
    expect(runs).toEqual([[1], [2, 3, 4]]);
  });

  it('takes at most maxSize items per run', async () => {
    const sizes: number[] = [];
    const b = new Batcher<number, number>(async (items) => {
      sizes.push(items.length);
      await tick();
      return items;
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((i) => b.submit(i)));
    expect(sizes).toEqual([1, 2, 2]);
  });

  it('reruns a failed batch one by one, so only the bad item fails', async () => {
    const runs: string[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const b = new Batcher<string, string>(async (items) => {
      runs.push(items);
      if (runs.length === 1) await gate;
      if (items.includes('bad')) throw new Error(`bad in ${items.join(',')}`);
      return items.map((i) => i.toUpperCase());
    }, 10);
    const first = b.submit('a');
    await tick();
    const rest = ['b', 'bad', 'c'].map((i) => b.submit(i).catch((e: Error) => e.message));
    release();
    expect(await Promise.all([first, ...rest])).toEqual(['A', 'B', 'bad in bad', 'C']);
    expect(runs).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
  });

  it('goes on after a failed single run', async () => {
    const b = new Batcher<number, number>((items) => {
      if (items[0] === 0) return Promise.reject(new Error('zero'));
      return Promise.resolve(items);
    }, 10);
    await expect(b.submit(0)).rejects.toThrow('zero');
    expect(await b.submit(7)).toBe(7);
  });
});
