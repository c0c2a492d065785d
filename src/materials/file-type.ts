/**
 * Which files a case may hold, told by their first bytes (magic numbers), not by what the client
 * declares. Pure: no Nest, no streams.
 *
 * Containers need a second look: a ZIP is an OFD, DOCX or XLSX only when its name or declared
 * type says which; an OLE2 compound file is a DOC or XLS likewise. Plain text has no magic: it
 * is accepted when named or declared as text and its first bytes hold no binary control codes.
 */

export interface FileType {
  /** Stored and sent back as Content-Type. */
  contentType: string;
  /** For files that arrive without a usable name. */
  extension: string;
}

/** How many leading bytes `detectFileType` wants to see (fewer only for shorter files). */
export const SNIFF_BYTES = 4096;

export const ALLOWED_TYPES_TEXT = 'PDF, JPEG, PNG, OFD, DOC/DOCX, XLS/XLSX, plain text';

const PDF: FileType = { contentType: 'application/pdf', extension: '.pdf' };
const JPEG: FileType = { contentType: 'image/jpeg', extension: '.jpg' };
const PNG: FileType = { contentType: 'image/png', extension: '.png' };
const OFD: FileType = { contentType: 'application/ofd', extension: '.ofd' };
const DOCX: FileType = {
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: '.docx',
};
const XLSX: FileType = {
  contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: '.xlsx',
};
const DOC: FileType = { contentType: 'application/msword', extension: '.doc' };
const XLS: FileType = { contentType: 'application/vnd.ms-excel', extension: '.xls' };
const TEXT_UTF8: FileType = { contentType: 'text/plain; charset=utf-8', extension: '.txt' };
const TEXT: FileType = { contentType: 'text/plain', extension: '.txt' };

const ZIP_MEMBERS = [OFD, DOCX, XLSX];
const OLE2_MEMBERS = [DOC, XLS];

const startsWith = (head: Buffer, magic: number[], at = 0): boolean =>
  head.length >= at + magic.length && magic.every((b, i) => head[at + i] === b);

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The name's extension, lower case with its dot ('' when none). */
function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot).toLowerCase() : '';
}

/** The member of a container family the name or the declared type points at. */
function pick(members: FileType[], fileName: string, declaredType: string): FileType | null {
  const ext = extensionOf(fileName);
  const declared = declaredType.split(';')[0].trim().toLowerCase();
  return (
    members.find((t) => t.extension === ext) ??
    members.find((t) => t.contentType === declared) ??
    null
  );
}

/** Control codes that occur in text: TAB, LF, VT, FF, CR and ESC; any other C0 code is binary. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

function looksLikeText(head: Buffer): boolean {
  return head.every((b) => b >= 0x20 || TEXT_CONTROLS.has(b));
}

function isUtf8(head: Buffer): boolean {
  try {
    // `stream: true` tolerates a character cut in two at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The type of a file from its first bytes (at most SNIFF_BYTES; the whole file when shorter),
 * its name and its declared type; null when it is not one we accept.
 */
export function detectFileType(
  head: Buffer,
  fileName: string,
  declaredType: string,
): FileType | null {
  if (head.length === 0) return null;
  if (startsWith(head, PDF_MAGIC)) return PDF;
  if (startsWith(head, JPEG_MAGIC)) return JPEG;
  if (startsWith(head, PNG_MAGIC)) return PNG;
  if (startsWith(head, ZIP_MAGIC)) return pick(ZIP_MEMBERS, fileName, declaredType);
  if (startsWith(head, OLE2_MAGIC)) return pick(OLE2_MEMBERS, fileName, declaredType);
  const declaredText = declaredType.trim().toLowerCase().startsWith('text/plain');
  if ((declaredText || extensionOf(fileName) === '.txt') && looksLikeText(head)) {
    return isUtf8(head) ? TEXT_UTF8 : TEXT;
  }
  return null;
}
