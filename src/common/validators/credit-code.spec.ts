import {
  creditCodeCheckCharacter,
  isUnifiedSocialCreditCode,
  normalizeCreditCode,
} from './credit-code';

// Check characters computed by hand with GB 32100 weights 3^i mod 31
// (1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28), check = 31 - (sum mod 31), 31 → '0'.
// E.g. 91350100M000100Y4 with M = 21, Y = 30: 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640,
// 1640 mod 31 = 28, 31 - 28 = 3 → '3'.
describe('creditCodeCheckCharacter', () => {
  it.each([
    ['91350100M000100Y4', '3', 'the GB 32100 sample'],
    ['91440300192203821', '6', 'Huawei Technologies Co., Ltd.'],
    ['9144030071526726X', 'G', 'Shenzhen Tencent Computer Systems Co., Ltd.'],
    ['91330100716105852', 'F', 'Alibaba (China) Co., Ltd.'],
    ['9135010000000000F', '0', 'sum divisible by 31: 31 - 0 = 31 → 0'],
    ['9135010000000000R', 'Y', 'check value 30 → Y'],
  ])('%s → %s (%s)', (first17, expected) => {
    expect(creditCodeCheckCharacter(first17)).toBe(expected);
  });

  it('refuses characters outside the set', () => {
    expect(() => creditCodeCheckCharacter('91350100M000100I4')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('91350100M000100Y')).toThrow(RangeError);
  });
});

describe('isUnifiedSocialCreditCode', () => {
  it.each([
    ['91350100M000100Y43', 'the GB 32100 sample'],
    ['914403001922038216', 'Huawei Technologies Co., Ltd.'],
    ['9144030071526726XG', 'Shenzhen Tencent Computer Systems Co., Ltd.'],
    ['91330100716105852F', 'Alibaba (China) Co., Ltd.'],
    ['9135010000000000F0', 'check character 0 (31 → 0)'],
    ['9135010000000000RY', 'check character Y'],
    ['91350100m000100y43', 'lower case is accepted'],
  ])('accepts %s (%s)', (value) => {
    expect(isUnifiedSocialCreditCode(value)).toBe(true);
  });

  it.each([
    ['91350100M000100Y44', 'wrong check character'],
    ['914403001922038217', 'wrong check character'],
    ['9135010000000000FW', 'check character 31 written instead of 0'],
    ['91350100M000100Y4', '17 characters'],
    ['91350100M000100Y433', '19 characters'],
    ['91350100I000100Y43', 'I is not in the set'],
    ['91350100O000100Y43', 'O is not in the set'],
    ['91350100Z000100Y43', 'Z is not in the set'],
    ['91350100S000100Y43', 'S is not in the set'],
    ['91350100V000100Y43', 'V is not in the set'],
    ['91350100M000100Y4I', 'I as the check character'],
    ['91350100-000100Y43', 'punctuation'],
    [' 91350100M000100Y43', 'leading space'],
    ['', 'empty'],
  ])('refuses %p (%s)', (value) => {
    expect(isUnifiedSocialCreditCode(value)).toBe(false);
  });

  it.each([[null], [undefined], [91440300192203], [{}]])('refuses the non-string %p', (value) => {
    expect(isUnifiedSocialCreditCode(value)).toBe(false);
  });

  it('normalises to upper case', () => {
    expect(normalizeCreditCode('91350100m000100y43')).toBe('91350100M000100Y43');
  });
});
