/**
 * Natural batching: an item submitted while a batch is running waits for it, then goes with
 * everything else that arrived meanwhile (up to `maxSize`) in the next one. Alone, an item runs at
 * once; under load, many share one run. One batch runs at a time per Batcher.
 *
 * `run` answers each item of a batch in order. When it throws, each item of that batch is run
 * again alone, so a bad item fails by itself and takes no other down with it.
 */
export class Batcher<I, O> {
  private readonly queue: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  private running = false;

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly maxSize: number,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxSize);
        try {
          const out = await this.run(batch.map((b) => b.item));
          batch.forEach((b, i) => b.resolve(out[i]));
        } catch (e) {
          if (batch.length === 1) {
            batch[0].reject(e);
            continue;
          }
          for (const b of batch) {
            try {
              b.resolve((await this.run([b.item]))[0]);
            } catch (alone) {
              b.reject(alone);
            }
          }
        }
      }
    } finally {
      this.running = false;
    }
  }
}
