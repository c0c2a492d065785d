import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A finite JSON number with at most `places` decimal places, as a numeric(p, places) column
 * stores it exactly. Cannot throw, whatever the number: class-validator's
 * `@IsNumber({ maxDecimalPlaces })` splits `String(value)` at the '.', which for 1e-7 or 5e-324
 * (written with an exponent) has none, and threw a TypeError (a 500).
 */
export function isDecimal(value: unknown, places: number): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (Math.abs(value) >= 1e21) return false; // toFixed would answer in exponent form
  // A number with at most `places` decimals survives rounding to them unchanged; any finer part
  // (1e-7, a denormal such as 5e-324) does not.
  return Number(value.toFixed(places)) === value;
}

/** A JSON number with at most `maxDecimalPlaces` decimals; error code `IS_NUMBER`. */
export function IsDecimal(
  maxDecimalPlaces: number,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimal',
      constraints: [maxDecimalPlaces],
      validator: {
        validate: (value: unknown) => isDecimal(value, maxDecimalPlaces),
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be a number with at most ${maxDecimalPlaces} decimal places`,
          options,
        ),
      },
    },
    { context: { code: 'IS_NUMBER' }, ...options },
  );
}
