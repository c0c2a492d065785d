import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** A non-empty string of at most `max` characters. */
export const IsText = (max: number): PropertyDecorator =>
  applyDecorators(IsString(), MinLength(1), MaxLength(max));
