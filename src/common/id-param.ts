import { Param, ParseUUIDPipe } from '@nestjs/common';
import { AppError } from './app-error';

/** A UUID path parameter; anything else answers 400 naming the parameter. */
export const IdParam = (name = 'id'): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => AppError.invalidField(name, 'INVALID_UUID', `${name} must be a UUID`),
    }),
  );
