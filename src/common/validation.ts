import { HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldProblem } from './app-error';

/** Constraint names of class-validator whose stable code reads better under another name. */
const CODE_BY_CONSTRAINT: Record<string, string> = {
  whitelistValidation: 'UNKNOWN_FIELD',
  isDefined: 'REQUIRED',
  isNotEmpty: 'REQUIRED',
  nestedValidation: 'INVALID_NESTED',
};

const upperSnake = (s: string): string => s.replace(/([a-z\d])([A-Z])/g, '$1_$2').toUpperCase();

/** `applicants[0].idNumber` from the nested ValidationError tree. */
function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = /^\d+$/.test(e.property)
      ? `${prefix}[${e.property}]`
      : prefix
        ? `${prefix}.${e.property}`
        : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => {
      const context = e.contexts?.[constraint] as { code?: string } | undefined;
      return {
        field,
        code: context?.code ?? CODE_BY_CONSTRAINT[constraint] ?? upperSnake(constraint),
        message,
      };
    });
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** The global pipe: unknown fields refused, types converted, every bad field listed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new AppError(
        HttpStatus.BAD_REQUEST,
        'VALIDATION_FAILED',
        'Request validation failed',
        flatten(errors),
      ),
  });
}
