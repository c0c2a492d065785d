import { readFileSync } from 'node:fs';
import { SRC, sourceFiles } from '../../test/support/source-files';
import * as validators from 'class-validator';
import {
  DEFAULT_LANGUAGE,
  ERROR_MESSAGES,
  errorMessage,
  FIELD_MESSAGES,
  fieldMessage,
  preferredLanguage,
} from './messages';

const sources = sourceFiles(SRC).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** The first capture of `pattern` over all of src, with where each was found. */
function grep(pattern: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, text } of sources) {
    for (const m of text.matchAll(pattern)) if (!found.has(m[1])) found.set(m[1], file);
  }
  return found;
}

const CODE = `'([A-Z][A-Z0-9_]+)'`;
/** Codes of a whole error: new AppError(status, 'CODE' …), AppError.conflict/badRequest('CODE' …), AppError.notFound(what, 'CODE'). */
const bodyCodes = grep(
  new RegExp(
    String.raw`(?:new AppError\(\s*[^,()]+,|AppError\.(?:conflict|badRequest)\(|AppError\.notFound\([^,()]+,)\s*${CODE}`,
    'g',
  ),
);
/** Codes of one bad field: AppError.invalidField(field, 'CODE' …). */
const fieldCodes = grep(new RegExp(String.raw`invalidField\(\s*[^,()]+,\s*${CODE}`, 'g'));
/** `code: 'CODE'` literals: the validators' contexts, the filter's own, unique violations. */
const literalCodes = grep(new RegExp(String.raw`\bcode:\s*${CODE}`, 'g'));
/** The filter's CODE_BY_STATUS and the parser errors of app.factory.ts. */
const statusCodes = grep(new RegExp(String.raw`^\s*\d{3}:\s*${CODE}`, 'gm'));

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upperSnake = (s: string): string => s.replace(/([a-z\d])([A-Z])/g, '$1_$2').toUpperCase();
const RENAMED: Record<string, string> = { isDefined: 'REQUIRED', isNotEmpty: 'REQUIRED' };
const NOT_A_RULE = new Set(['IsOptional', 'ValidateNested', 'ValidateIf', 'ValidateBy', 'Allow']);
/** The constraint codes of every class-validator decorator a DTO uses (src/common/validation.ts). */
const constraintCodes = grep(/@([A-Z][A-Za-z]+)\(/g);
/** Decorators of the service's own (their codes are `code:` literals, above). */
const ownDecorators = grep(/export (?:function|const) ([A-Z][A-Za-z]+)\b/g);
for (const name of [...constraintCodes.keys()]) {
  const file = constraintCodes.get(name)!;
  constraintCodes.delete(name);
  if (NOT_A_RULE.has(name) || ownDecorators.has(name) || !(name in validators)) continue;
  constraintCodes.set(RENAMED[lowerFirst(name)] ?? upperSnake(lowerFirst(name)), file);
}

const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);

describe('the message catalogue', () => {
  it('found the codes of the source', () => {
    expect(bodyCodes.size).toBeGreaterThan(30);
    expect(fieldCodes.size).toBeGreaterThan(5);
    expect(bodyCodes.get('CASE_STATE_CONFLICT')).toBeDefined();
  });

  it.each([...bodyCodes, ...statusCodes].map(([code, file]) => [code, file.slice(SRC.length)]))(
    'error code %s (%s) has a Chinese message',
    (code) => {
      expect(ERROR_MESSAGES[code]).toBeDefined();
      expect(hasHan(ERROR_MESSAGES[code].zh)).toBe(true);
    },
  );

  it.each(
    [...fieldCodes, ...constraintCodes].map(([code, file]) => [code, file.slice(SRC.length)]),
  )('field code %s (%s) has a Chinese message', (code) => {
    expect(FIELD_MESSAGES[code]).toBeDefined();
    expect(hasHan(FIELD_MESSAGES[code].zh)).toBe(true);
  });

  it.each([...literalCodes].map(([code, file]) => [code, file.slice(SRC.length)]))(
    'code %s (%s) has a Chinese message',
    (code) => {
      const message = ERROR_MESSAGES[code] ?? FIELD_MESSAGES[code];
      expect(message).toBeDefined();
      expect(hasHan(message.zh)).toBe(true);
    },
  );

  it('every entry has both languages, and uses only the known placeholders', () => {
    for (const [code, m] of Object.entries({ ...ERROR_MESSAGES, ...FIELD_MESSAGES })) {
      expect([code, hasHan(m.zh)]).toEqual([code, true]);
      expect([code, m.en.length > 0]).toEqual([code, true]);
      for (const text of [m.zh, m.en]) {
        for (const [, key] of text.matchAll(/\{(\w+)\}/g)) {
          expect(['field', 'limit', 'values']).toContain(key);
        }
      }
    }
  });
});

describe('preferredLanguage (Accept-Language)', () => {
  it.each([
    [undefined, DEFAULT_LANGUAGE],
    ['', DEFAULT_LANGUAGE],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans-CN,zh;q=0.9', 'zh'],
    ['ZH-tw', 'zh'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['en;q=0.5, zh;q=0.8', 'zh'],
    ['zh;q=0.5, en;q=0.8', 'en'],
    ['zh;q=0, en', 'en'],
    ['fr-FR, en;q=0.3', 'en'],
    ['fr-FR, de', DEFAULT_LANGUAGE],
    ['*', DEFAULT_LANGUAGE],
    ['de, *;q=0.5, en;q=0.1', DEFAULT_LANGUAGE],
    ['en;q=1.0, zh;q=1.0', 'en'],
  ])('%j → %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });

  it('Chinese is the default', () => {
    expect(DEFAULT_LANGUAGE).toBe('zh');
  });
});

describe('errorMessage, fieldMessage', () => {
  it('Chinese from the catalogue; English the thrown message, else the catalogue', () => {
    expect(errorMessage('CASE_NOT_FOUND', 'zh', 'Case 12 not found')).toBe('案件不存在');
    expect(errorMessage('CASE_NOT_FOUND', 'en', 'Case 12 not found')).toBe('Case 12 not found');
    expect(errorMessage('CASE_NOT_FOUND', 'en')).toBe('Case not found');
    expect(errorMessage('NO_SUCH_CODE', 'zh')).toBe('请求出错');
  });

  it('fills the field and the bound in', () => {
    expect(
      fieldMessage('MAX_LENGTH', 'zh', 'name', 'name must be at most 200 characters', {
        limit: 200,
      }),
    ).toBe('name不能超过 200 个字符');
    expect(fieldMessage('REQUIRED', 'zh', 'applicants[0].name')).toBe('applicants[0].name为必填项');
    // A check that gave no params: the bound from its English message.
    expect(fieldMessage('MAX', 'zh', 'days', 'days must not be greater than 60')).toBe(
      'days不能大于 60',
    );
    expect(fieldMessage('IS_ENUM', 'zh', 'kind', 'kind must be one of: A, B')).toBe(
      'kind必须是以下值之一：A, B',
    );
    expect(fieldMessage('NEW_CODE', 'zh', 'x')).toBe('x的值无效');
  });
});
