import * as path from 'node:path';
import { MaterialView } from './dto/material.view';

/**
 * A plain-ASCII stand-in for clients that ignore `filename*`: the name without what ASCII cannot
 * say, or `material.<ext>` when nothing readable is left (typical of Chinese names).
 */
function asciiFallback(fileName: string): string {
  const ext = path.extname(fileName).replace(/[^A-Za-z0-9.]/g, '');
  const stem = fileName
    .slice(0, fileName.length - path.extname(fileName).length)
    .replace(/[^\x20-\x7e]+/g, '_')
    .replace(/^[\s_]+|[\s_]+$/g, '');
  return `${/[A-Za-z0-9]/.test(stem) ? stem : 'material'}${ext}`;
}

/** RFC 6266 `attachment` with an ASCII `filename` and the real name as RFC 8187 `filename*`. */
function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const ascii = asciiFallback(fileName).replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Headers of a material download: its stored type and length, `attachment` with the original
 * (often Chinese) name as RFC 5987 `filename*`, and its SHA-256 as ETag and as Repr-Digest
 * (RFC 9530). Not cached: materials carry personal data.
 */
export function downloadHeaders(
  m: Pick<MaterialView, 'fileName' | 'contentType' | 'sizeBytes' | 'sha256'>,
): Record<string, string> {
  return {
    'content-type': m.contentType,
    'content-length': String(m.sizeBytes),
    'content-disposition': contentDisposition(m.fileName),
    etag: `"${m.sha256}"`,
    'repr-digest': `sha-256=:${Buffer.from(m.sha256, 'hex').toString('base64')}:`,
    'cache-control': 'private, no-store',
  };
}
