import { detectFileType } from './file-type';

const bytes = (...b: number[]): Buffer => Buffer.from(b);
const type = (head: Buffer, name = 'x', declared = 'application/octet-stream') =>
  detectFileType(head, name, declared)?.contentType ?? null;

describe('detectFileType', () => {
  it('tells the single-format files by their magic bytes, whatever the name says', () => {
    expect(type(Buffer.from('%PDF-1.4\n'), 'scan.jpg')).toBe('application/pdf');
    expect(type(bytes(0xff, 0xd8, 0xff, 0xdb), 'a.pdf')).toBe('image/jpeg');
    expect(type(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
  });

  it('names the member of a ZIP or OLE2 container from the extension or declared type', () => {
    const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0);
    expect(type(zip, '电子证照.OFD')).toBe('application/ofd');
    expect(type(zip, 'a.docx')).toContain('wordprocessingml');
    expect(
      type(zip, 'noext', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    ).toContain('spreadsheetml');
    expect(type(zip, 'archive.zip')).toBeNull();
    expect(type(zip, 'malware.jar')).toBeNull();
    const ole2 = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
    expect(type(ole2, 'a.doc')).toBe('application/msword');
    expect(type(ole2, 'a.xls')).toBe('application/vnd.ms-excel');
    expect(type(ole2, 'a.ppt')).toBeNull();
  });

  it('accepts text only when named or declared so and free of binary control codes', () => {
    expect(type(Buffer.from('答复意见\r\n\t第一条'), 'a.txt')).toBe('text/plain; charset=utf-8');
    expect(type(Buffer.from('plain', 'latin1'), 'noext', 'text/plain; charset=gbk')).toBe(
      'text/plain; charset=utf-8',
    );
    // GBK bytes of 答复: text, but not UTF-8.
    expect(type(bytes(0xb4, 0xf0, 0xb8, 0xb4), 'a.txt')).toBe('text/plain');
    // A UTF-8 character cut at the end of the sample is still UTF-8.
    expect(type(Buffer.from('答复').subarray(0, 4), 'a.txt')).toBe('text/plain; charset=utf-8');
    expect(type(Buffer.from('hello'), 'a.csv', 'text/csv')).toBeNull();
    expect(type(bytes(0x4d, 0x5a, 0x90, 0x00), 'a.txt')).toBeNull();
  });

  it('refuses executables and empty input', () => {
    expect(type(bytes(0x4d, 0x5a, 0x90, 0x00, 0x03), 'a.exe')).toBeNull();
    expect(type(bytes(0x7f, 0x45, 0x4c, 0x46), 'a.pdf', 'application/pdf')).toBeNull();
    expect(type(Buffer.alloc(0), 'a.pdf', 'application/pdf')).toBeNull();
  });
});
