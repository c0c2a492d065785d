import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';
import { isLocalDate, LocalDate } from '../local-date';

/**
 * PRC resident identity numbers (居民身份证号码, GB 11643-1999): 6-digit address code, 8-digit
 * birth date, 3-digit sequence, and a check character (ISO 7064 MOD 11-2, 'X' standing for 10).
 */
const ID_NUMBER = /^[1-9]\d{5}(\d{8})\d{3}[\dXx]$/;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/** The check character of the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('the first 17 characters must be digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

/** The canonical form: a lower-case check character 'x' upper-cased. */
export function normalizeIdNumber(value: string): string {
  return value.toUpperCase();
}

/** The birth date written in the number, as a local date (no check). */
export function birthDateOfIdNumber(value: string): LocalDate {
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

export interface ResidentIdOptions {
  /** When given, a birth date after this day is refused (pass today's local date). */
  notBornAfter?: LocalDate;
}

/**
 * An 18-character resident identity number with a correct check character and a real birth date
 * (1900 or later). A lower-case 'x' is accepted; store the number normalised (`normalizeIdNumber`).
 */
export function isResidentIdNumber(value: unknown, options: ResidentIdOptions = {}): boolean {
  if (typeof value !== 'string' || !ID_NUMBER.test(value)) return false;
  const birth = birthDateOfIdNumber(value);
  if (!isLocalDate(birth)) return false;
  if (options.notBornAfter !== undefined && birth > options.notBornAfter) return false;
  return residentIdCheckCharacter(value.slice(0, 17)) === value[17].toUpperCase();
}

/**
 * For roles that need not see the number: the address code (first 6) and the last 4 stay,
 * `110105********002X`. Anything too short to keep both is masked whole.
 */
export function maskIdNumber(value: string): string {
  const v = normalizeIdNumber(value);
  if (v.length <= 10) return '*'.repeat(v.length);
  return `${v.slice(0, 6)}${'*'.repeat(v.length - 10)}${v.slice(-4)}`;
}

/** A resident identity number (GB 11643); error code `ID_NUMBER_CHECKSUM`. */
export function IsResidentIdNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isResidentIdNumber',
      validator: {
        validate: (value: unknown) => isResidentIdNumber(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be an 18-character resident identity number`,
          options,
        ),
      },
    },
    { context: { code: 'ID_NUMBER_CHECKSUM' }, ...options },
  );
}
