import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { Readable, Transform, TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Env } from '../config/env';
import { fileTooLarge, MaterialStorage, StoredObject, StoredObjectMissingError } from './storage';

/** `ab/cd/<uuid>`: the first four hex digits of the uuid spread objects over 65,536 folders. */
const KEY =
  /^([0-9a-f]{2})\/([0-9a-f]{2})\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Hashes and counts what passes through; fails as soon as more than `maxBytes` went by. */
class Measure extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(fileTooLarge(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    done(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Materials as files under STORAGE_DIR. A write goes to `tmp/` first, is flushed to disk and
 * renamed into place when complete (same file system, so the rename is atomic): a crash never
 * leaves a partial object under a real key, only a stray temporary file.
 */
@Injectable()
export class LocalDiskStorage extends MaterialStorage {
  readonly maxBytes: number;
  private readonly root: string;

  constructor(env: Env) {
    super();
    this.root = path.resolve(env.STORAGE_DIR);
    this.maxBytes = env.MAX_UPLOAD_MB * 1024 * 1024;
  }

  async put(source: Readable): Promise<StoredObject> {
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
    const tmpDir = path.join(this.root, 'tmp');
    const tmp = path.join(tmpDir, `${id}.part`);
    await mkdir(tmpDir, { recursive: true });
    const measure = new Measure(this.maxBytes);
    const file = createWriteStream(tmp, { flags: 'wx', mode: 0o640, flush: true });
    try {
      await pipeline(source, measure, file);
      const target = this.pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(tmp, target);
    } catch (e) {
      // A failed pipeline may reject before the file has even been opened: removing it before
      // the stream has closed would leave the file it creates behind. Not `once(file, 'close')`:
      // the stream, destroyed with the pipeline's error, emits 'error' first, which rejects it.
      if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()));
      await rm(tmp, { force: true });
      throw e;
    }
    return { key, sha256: measure.digest(), sizeBytes: measure.size };
  }

  async open(key: string): Promise<Readable> {
    const stream = createReadStream(this.pathOf(key));
    try {
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
    } catch (e) {
      stream.destroy();
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredObjectMissingError(key);
      throw e;
    }
    return stream;
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** The file of `key`; refuses anything that is not a key `put` made, so none escapes root. */
  private pathOf(key: string): string {
    if (!KEY.exec(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
    const file = path.resolve(this.root, key);
    if (!file.startsWith(this.root + path.sep)) throw new Error(`Key escapes storage: ${key}`);
    return file;
  }
}
