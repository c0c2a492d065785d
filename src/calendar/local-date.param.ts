import { Param, PipeTransform } from '@nestjs/common';
import { AppError } from '../common/app-error';
import { isLocalDate } from '../common/local-date';

/** A `YYYY-MM-DD` path parameter; anything else answers 400 naming it. */
export const LocalDateParam = (name: string): ParameterDecorator => {
  const pipe: PipeTransform<string, string> = {
    transform: (value) => {
      if (!isLocalDate(value))
        throw AppError.invalidField(
          name,
          'INVALID_DATE',
          `${name} must be a date written YYYY-MM-DD`,
        );
      return value;
    },
  };
  return Param(name, pipe);
};
