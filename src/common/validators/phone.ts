import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';

/** Mainland mobile numbers: 11 digits, 13x … 19x. */
const MOBILE = /^1[3-9]\d{9}$/;
/**
 * Landlines: area code (010 and 02x have three digits, every other one four), an optional hyphen,
 * a 7- or 8-digit local number, and an optional `-extension`: 0571-88888888, 010-12345678-801.
 */
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))(-?)(\d{7,8})(?:-(\d{1,6}))?$/;

/** A mainland mobile number or a landline with its area code. */
export function isChinesePhone(value: unknown): boolean {
  return typeof value === 'string' && (MOBILE.test(value) || LANDLINE.test(value));
}

/**
 * For roles that need not see the number: a mobile keeps its first 3 and last 4 digits
 * (`138****5678`), a landline its area code and last 2 digits (`0571-******88`), an extension is
 * masked. Anything else keeps only its last 2 characters.
 */
export function maskPhone(value: string): string {
  if (MOBILE.test(value)) return `${value.slice(0, 3)}****${value.slice(-4)}`;
  const m = LANDLINE.exec(value);
  if (m) {
    const [, area, hyphen, local, extension] = m;
    const ext = extension === undefined ? '' : `-${'*'.repeat(extension.length)}`;
    return `${area}${hyphen}${'*'.repeat(local.length - 2)}${local.slice(-2)}${ext}`;
  }
  return value.length <= 2
    ? '*'.repeat(value.length)
    : `${'*'.repeat(value.length - 2)}${value.slice(-2)}`;
}

/** A mainland mobile or landline number; error code `INVALID_PHONE`. */
export function IsChinesePhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isChinesePhone',
      validator: {
        validate: (value: unknown) => isChinesePhone(value),
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be a mobile number (13812345678) or a landline with area code (0571-88888888)`,
          options,
        ),
      },
    },
    { context: { code: 'INVALID_PHONE' }, ...options },
  );
}
