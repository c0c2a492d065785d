import { isDecimal } from './decimal';

describe('isDecimal', () => {
  it.each([0, 1, 2000, 0.01, 0.1, 0.29, 17.99, 1.15, -0.5, 999_999_999_999, 999_999_999_999.99])(
    'accepts %p with 2 places',
    (v) => {
      expect(isDecimal(v, 2)).toBe(true);
    },
  );

  it.each([
    [1e-7, 'an exponent below the cents (threw in class-validator: a 500)'],
    [5e-324, 'the smallest denormal'],
    [Number.MIN_VALUE * 3, 'a denormal'],
    [2.2250738585072014e-308, 'the smallest normal number'],
    [0.001, 'a tenth of a cent'],
    [0.005, 'half a cent'],
    [1.005, 'not exactly two places in binary'],
    [1e21, 'written with an exponent by toFixed'],
    [1e300, 'huge'],
    [Infinity, 'Infinity'],
    [NaN, 'NaN'],
  ])('refuses %p (%s) and never throws', (v) => {
    expect(() => isDecimal(v, 2)).not.toThrow();
    expect(isDecimal(v, 2)).toBe(false);
  });

  it.each([['5'], [true], [null], [undefined], [{}], [[5]], [5n]])('refuses %p', (v) => {
    expect(isDecimal(v, 2)).toBe(false);
  });

  it('every whole number of cents up to a trillion yuan passes (sampled)', () => {
    for (let cents = 0; cents < 1e14; cents += 9_876_543_211) {
      const yuan = Number(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
      expect([yuan, isDecimal(yuan, 2)]).toEqual([yuan, true]);
    }
  });
});
