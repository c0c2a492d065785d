import { HttpStatus } from '@nestjs/common';
import { Transform, TransformCallback } from 'node:stream';
import { AppError } from '../common/app-error';
import { ALLOWED_TYPES_TEXT, detectFileType, FileType, SNIFF_BYTES } from './file-type';

export const unsupportedFileType = (): AppError =>
  new AppError(
    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
    'UNSUPPORTED_FILE_TYPE',
    `This kind of file is not accepted; allowed: ${ALLOWED_TYPES_TEXT}`,
  );

export const emptyFile = (): AppError =>
  AppError.invalidField('file', 'EMPTY_FILE', 'the file is empty');

/**
 * Passes a file through unchanged once its first bytes show an accepted type; fails the stream
 * with UNSUPPORTED_FILE_TYPE (415) or EMPTY_FILE (400) otherwise, before anything is kept.
 */
export class FileTypeCheck extends Transform {
  private head: Buffer[] = [];
  private headLength = 0;
  private detected: FileType | null = null;

  constructor(
    private readonly fileName: string,
    private readonly declaredType: string,
  ) {
    super();
  }

  /** The detected type; only meaningful once the stream has ended without error. */
  get type(): FileType {
    if (!this.detected) throw new Error('FileTypeCheck.type read before the file was checked');
    return this.detected;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.detected) {
      done(null, chunk);
      return;
    }
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < SNIFF_BYTES) {
      done();
      return;
    }
    this.decide(done);
  }

  override _flush(done: TransformCallback): void {
    if (this.detected) {
      done();
      return;
    }
    if (this.headLength === 0) {
      done(emptyFile());
      return;
    }
    this.decide(done);
  }

  /** Judges the buffered head, then releases it downstream. */
  private decide(done: TransformCallback): void {
    const buffered = Buffer.concat(this.head);
    this.head = [];
    this.detected = detectFileType(
      buffered.subarray(0, SNIFF_BYTES),
      this.fileName,
      this.declaredType,
    );
    if (!this.detected) {
      done(unsupportedFileType());
      return;
    }
    done(null, buffered);
  }
}
