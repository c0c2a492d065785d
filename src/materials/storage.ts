import { HttpStatus } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { AppError } from '../common/app-error';

/** What `put` stored: where, and the facts about the bytes measured on the way in. */
export interface StoredObject {
  key: string;
  /** Lower-case hex. */
  sha256: string;
  sizeBytes: number;
}

export const fileTooLarge = (maxBytes: number): AppError =>
  new AppError(
    HttpStatus.PAYLOAD_TOO_LARGE,
    'FILE_TOO_LARGE',
    `The file is larger than the ${Math.floor(maxBytes / (1024 * 1024))} MB allowed`,
  );

/** Raised by `open` when the key names nothing stored (a lost or never-stored object). */
export class StoredObjectMissingError extends Error {
  constructor(readonly key: string) {
    super(`No stored object under ${key}`);
  }
}

/**
 * Where material bytes live, and the Nest injection token for it. Objects are immutable: written
 * once under a key the storage chooses, read many times, removed only to undo a write whose
 * database transaction failed.
 */
export abstract class MaterialStorage {
  /** Largest object `put` accepts, in bytes. */
  abstract readonly maxBytes: number;

  /**
   * Streams `source` into a new object, hashing and counting as it goes; the object becomes
   * visible under its key only once complete. Rejects with FILE_TOO_LARGE (413) beyond
   * `maxBytes`, or with whatever error `source` raised, leaving nothing behind.
   */
  abstract put(source: Readable): Promise<StoredObject>;

  /** The object's bytes; resolves once the object is open (StoredObjectMissingError if none). */
  abstract open(key: string): Promise<Readable>;

  /** Deletes an object; a missing one is not an error. */
  abstract remove(key: string): Promise<void>;
}
