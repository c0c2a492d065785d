import {
  birthDateOfIdNumber,
  isResidentIdNumber,
  maskIdNumber,
  normalizeIdNumber,
  residentIdCheckCharacter,
} from './id-number';

// Check characters below were computed by hand with the GB 11643 weights
// 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 indexing '10X98765432'. For example
// 11010519491231002: 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167, 167 mod 11 = 2 → 'X'.
describe('residentIdCheckCharacter', () => {
  it.each([
    ['11010519491231002', 'X', 'sum 167, mod 11 = 2'],
    ['44030819990101001', '2', 'sum 219, mod 11 = 10'],
    ['11010120000229001', '8', 'leap day 2000'],
    ['31011519870715312', '3', 'a Shanghai Pudong number'],
    ['01010119900101001', '1', 'check character only; the address code is checked elsewhere'],
  ])('%s → %s (%s)', (first17, expected) => {
    expect(residentIdCheckCharacter(first17)).toBe(expected);
  });

  it('refuses anything but 17 digits', () => {
    expect(() => residentIdCheckCharacter('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckCharacter('1101051949123100A')).toThrow(RangeError);
  });
});

describe('isResidentIdNumber', () => {
  it.each([
    ['11010519491231002X', 'the well-known sample, check character X'],
    ['11010519491231002x', 'a lower-case x is accepted'],
    ['440308199901010012', 'check character 2'],
    ['110101200002290018', 'born on leap day 2000-02-29'],
    ['110101202402290016', 'born on leap day 2024-02-29'],
    ['310115198707153123', 'check character 3'],
    ['330106198001011235', 'check character 5'],
  ])('accepts %s (%s)', (value) => {
    expect(isResidentIdNumber(value)).toBe(true);
  });

  it.each([
    ['110105194912310021', 'wrong check character (should be X)'],
    ['440308199901010013', 'wrong check character (should be 2)'],
    ['110101199002300014', 'born on 30 February (check character correct)'],
    ['110101199902290018', 'born on 29 February 1999, not a leap year (check character correct)'],
    ['110101199913010018', 'born in month 13 (check character correct)'],
    ['11010119900100001X', 'born on day 0 (check character correct)'],
    ['11010118991231001X', 'born before 1900 (check character correct)'],
    ['010101199001010011', 'address code cannot start with 0 (check character correct)'],
    ['11010519491231002', '17 characters'],
    ['11010519491231002XX', '19 characters'],
    ['110105194912310', 'the old 15-digit form is not accepted'],
    ['11010519491231002Y', 'check character neither digit nor X'],
    ['1101051949123100X2', 'X only in the last place'],
    [' 11010519491231002X', 'leading space'],
    ['11010519491231002X ', 'trailing space'],
    ['110105-19491231-002X', 'separators'],
    ['', 'empty'],
  ])('refuses %p (%s)', (value) => {
    expect(isResidentIdNumber(value)).toBe(false);
  });

  it.each([[null], [undefined], [440308199901010], [{}], [['11010519491231002X']]])(
    'refuses the non-string %p',
    (value) => {
      expect(isResidentIdNumber(value)).toBe(false);
    },
  );

  it('refuses a birth date after `notBornAfter` when asked, and only then', () => {
    // 110101202402290016: born 2024-02-29.
    expect(isResidentIdNumber('110101202402290016', { notBornAfter: '2024-02-28' })).toBe(false);
    expect(isResidentIdNumber('110101202402290016', { notBornAfter: '2024-02-29' })).toBe(true);
    expect(isResidentIdNumber('110101202402290016')).toBe(true);
  });
});

describe('birthDateOfIdNumber and normalizeIdNumber', () => {
  it('reads the birth date as a local date', () => {
    expect(birthDateOfIdNumber('11010519491231002X')).toBe('1949-12-31');
  });

  it('upper-cases the check character', () => {
    expect(normalizeIdNumber('11010519491231002x')).toBe('11010519491231002X');
    expect(normalizeIdNumber('440308199901010012')).toBe('440308199901010012');
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 6 and the last 4 characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('440308199901010012')).toBe('440308********0012');
  });

  it('shows a lower-case x in its normalised form', () => {
    expect(maskIdNumber('11010519491231002x')).toBe('110105********002X');
  });

  it('never reveals the birth date, whatever the length', () => {
    expect(maskIdNumber('110105491231002')).toBe('110105*****1002');
    expect(maskIdNumber('12345678')).toBe('********');
    expect(maskIdNumber('')).toBe('');
  });
});
