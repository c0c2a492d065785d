import { isChinesePhone, maskPhone } from './phone';

describe('isChinesePhone', () => {
  it.each([
    ['13812345678', 'China Mobile 138'],
    ['19912345678', 'a 199 number'],
    ['16612345678', 'a 166 number'],
    ['0571-88888888', 'Hangzhou, 4-digit area code, 8-digit number'],
    ['010-12345678', 'Beijing, 3-digit area code'],
    ['021-62345678', 'Shanghai, 3-digit area code 02x'],
    ['010-12345678-801', 'with an extension'],
    ['0571-88888888-1', 'with a 1-digit extension'],
    ['0937-6123456', 'a 7-digit local number'],
    ['057188888888', 'a landline without the hyphen'],
    ['01012345678', 'Beijing without the hyphen'],
  ])('accepts %s (%s)', (value) => {
    expect(isChinesePhone(value)).toBe(true);
  });

  it.each([
    ['12812345678', 'mobile numbers start 13–19'],
    ['10812345678', 'mobile numbers start 13–19'],
    ['1381234567', '10 digits'],
    ['138123456789', '12 digits'],
    ['+8613812345678', 'country prefix'],
    ['138-1234-5678', 'separators in a mobile number'],
    ['138 1234 5678', 'spaces'],
    ['88888888', 'landline without area code'],
    ['0571-888888', '6-digit local number'],
    ['0571-888888888', '9-digit local number'],
    ['011-12345678', '011 is not an area code'],
    ['0571-88888888-', 'empty extension'],
    ['0571-88888888-1234567', '7-digit extension'],
    ['0571--88888888', 'double hyphen'],
    ['(0571)88888888', 'brackets'],
    ['1381234567a', 'a letter'],
    ['', 'empty'],
  ])('refuses %p (%s)', (value) => {
    expect(isChinesePhone(value)).toBe(false);
  });

  it.each([[null], [undefined], [13812345678], [{}]])('refuses the non-string %p', (value) => {
    expect(isChinesePhone(value)).toBe(false);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678', 'a mobile keeps its first 3 and last 4'],
    ['0571-88888888', '0571-******88', 'a landline keeps its area code and last 2'],
    ['010-12345678', '010-******78', 'a 3-digit area code'],
    ['0937-6123456', '0937-*****56', 'a 7-digit local number'],
    ['010-12345678-801', '010-******78-***', 'the extension is masked'],
    ['057188888888', '0571******88', 'no hyphen: the area code is still recognised'],
    ['12345', '***45', 'anything else keeps only its last 2'],
    ['7', '*', 'too short to keep anything'],
  ])('%s → %s (%s)', (value, expected) => {
    expect(maskPhone(value)).toBe(expected);
  });
});
