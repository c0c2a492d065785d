import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { AppError } from '../common/app-error';
import { fileTooLarge } from './storage';

/** One part of an upload form, independent of the HTTP framework that parsed it. */
export type FormPart =
  | { type: 'field'; name: string; value: string }
  | {
      type: 'file';
      name: string;
      /** As the client sent it, path stripped; may be empty. */
      fileName: string;
      declaredType: string;
      /** Consume it or destroy it. Fails with an AppError (4xx) when the upload is bad. */
      stream: Readable;
    };

/**
 * Why a multipart body could not be read, as a 4xx: the body was cut off, broke the format or a
 * limit. Limits come from the @fastify/multipart registration in app.factory.ts.
 */
function formError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const { code, message } = e as { code?: string; message?: string };
  switch (code ?? '') {
    case 'FST_REQ_FILE_TOO_LARGE':
      return fileTooLarge(
        (e as { part?: { file?: { bytesRead?: number } } }).part?.file?.bytesRead ?? 0,
      );
    case 'FST_FILES_LIMIT':
      return AppError.invalidField('file', 'TOO_MANY_FILES', 'send one file per request');
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return AppError.badRequest('TOO_MANY_FIELDS', 'The form has more fields than allowed');
    default:
      return AppError.badRequest(
        'MALFORMED_MULTIPART',
        `The multipart body could not be read${message ? `: ${message}` : ''}`,
      );
  }
}

/** A file part's bytes, with any failure of the upload itself turned into its 4xx. */
async function* checkedBytes(file: Readable): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of file) yield chunk as Buffer;
  } catch (e) {
    throw formError(e);
  }
}

/**
 * The parts of a `multipart/form-data` request, in the order they arrive (400 when the request
 * is not multipart). A file beyond the size limit fails its stream with FILE_TOO_LARGE at once,
 * rather than ending it quietly truncated. When the consumer stops early (an error, a bad field)
 * the rest of the body is read and dropped, so the client always gets the answer.
 */
export async function* multipartForm(req: FastifyRequest): AsyncGenerator<FormPart> {
  if (!req.isMultipart()) {
    throw AppError.badRequest(
      'NOT_MULTIPART',
      'Send the material as multipart/form-data with the fields file and kind',
    );
  }
  const parts = req.parts();
  let current: Readable | null = null;
  try {
    for (;;) {
      let next: IteratorResult<Multipart>;
      try {
        next = await parts.next();
      } catch (e) {
        throw formError(e);
      }
      if (next.done) return;
      const part = next.value;
      if (part.type === 'field') {
        const value = typeof part.value === 'string' ? part.value : JSON.stringify(part.value);
        yield { type: 'field', name: part.fieldname, value };
        continue;
      }
      const file = part.file;
      // Busboy stops at the limit and ends the stream as if the file were complete; fail it.
      file.once('limit', () => file.destroy(fileTooLarge(file.bytesRead)));
      current = file;
      yield {
        type: 'file',
        name: part.fieldname,
        fileName: part.filename ?? '',
        declaredType: part.mimetype ?? '',
        stream: Readable.from(checkedBytes(file), { objectMode: false }),
      };
      current = null;
    }
  } finally {
    if (!req.raw.readableEnded) {
      current?.destroy();
      req.raw.unpipe();
      req.raw.resume();
    }
  }
}
