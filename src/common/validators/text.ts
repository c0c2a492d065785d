import { applyDecorators } from '@nestjs/common';
import { buildMessage, IsString, MinLength, ValidateBy, ValidationOptions } from 'class-validator';

/**
 * The length of a string as PostgreSQL counts it for varchar(n) and char_length: code points.
 * An astral character (emoji, CJK Extension B) is one, a combining mark or a variation selector
 * (U+FE0F) is one of its own. class-validator's @MaxLength counts otherwise (it leaves out
 * variation selectors), so a value it passed could overflow the column: a 500.
 */
export function charCount(value: string): number {
  // UTF-16 units, less one for each surrogate pair; a lone surrogate (refused before validation,
  // src/common/validation.ts) would count one.
  let n = value.length;
  for (let i = 0; i < value.length - 1; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n -= 1;
        i += 1;
      }
    }
  }
  return n;
}

/** The name of the constraint below in class-validator's metadata (read by the length-rule spec). */
export const MAX_CHARS = 'maxChars';

/**
 * A string of at most `max` code points: the one length rule of every text field, the same count
 * as the varchar(max) column it is stored in (checked by src/length-rule.spec.ts). Error code
 * `MAX_LENGTH`. Non-strings pass: @IsString says what is wrong with them.
 */
export function MaxChars(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: MAX_CHARS,
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || charCount(value) <= max,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be at most ${max} characters`,
          options,
        ),
      },
    },
    { context: { code: 'MAX_LENGTH' }, ...options },
  );
}

/** A non-empty string of at most `max` characters (code points, as Postgres counts them). */
export const IsText = (max: number): PropertyDecorator =>
  applyDecorators(IsString(), MinLength(1), MaxChars(max));
