import { ValidationOptions, ValidateBy, buildMessage } from 'class-validator';
import { isLocalDate } from '../local-date';

/** A real calendar date written `YYYY-MM-DD` (legal dates are local dates, docs/architecture.md). */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: (value: unknown) => isLocalDate(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a date written YYYY-MM-DD`,
          options,
        ),
      },
    },
    { context: { code: 'INVALID_DATE' }, ...options },
  );
}
