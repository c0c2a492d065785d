import { ValidateBy, ValidationOptions } from 'class-validator';

/** Characters of at least this many of the four classes (README, "Passwords"). */
export const PASSWORD_MIN_CLASSES = 3;
export const PASSWORD_MIN_LENGTH = 10;

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** Lower case, upper case, digits, anything else (punctuation, spaces, Chinese …). */
export const passwordClasses = (password: string): number =>
  CLASSES.filter((c) => c.test(password)).length;

/**
 * The policy of a new or changed password: at least 10 characters (MinLength, checked first) of
 * at least 3 of the 4 classes. Refused with the field code PASSWORD_TOO_WEAK.
 */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAcceptablePassword',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && passwordClasses(value) >= PASSWORD_MIN_CLASSES,
        defaultMessage: () =>
          `password must mix at least ${PASSWORD_MIN_CLASSES} of: lower case, upper case, digits, other characters`,
      },
    },
    { context: { code: 'PASSWORD_TOO_WEAK' }, ...options },
  );
}
