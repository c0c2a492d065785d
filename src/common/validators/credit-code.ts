import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
 * set (digits and upper-case letters without I, O, Z, S, V); the last is a MOD 31 check character.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/;
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  if (!/^[0-9ABCDEFGHJKLMNPQRTUWXY]{17}$/.test(first17))
    throw new RangeError('the first 17 characters must come from the GB 32100 character set');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** The canonical form: upper case. */
export function normalizeCreditCode(value: string): string {
  return value.toUpperCase();
}

/**
 * An 18-character unified social credit code with a correct check character. Lower case is
 * accepted (people type it); store the code normalised (`normalizeCreditCode`).
 */
export function isUnifiedSocialCreditCode(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const code = normalizeCreditCode(value);
  if (!CREDIT_CODE.test(code)) return false;
  return creditCodeCheckCharacter(code.slice(0, 17)) === code[17];
}

/** A unified social credit code (GB 32100); error code `CREDIT_CODE_CHECKSUM`. */
export function IsUnifiedSocialCreditCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUnifiedSocialCreditCode',
      validator: {
        validate: (value: unknown) => isUnifiedSocialCreditCode(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be an 18-character unified social credit code`,
          options,
        ),
      },
    },
    { context: { code: 'CREDIT_CODE_CHECKSUM' }, ...options },
  );
}
