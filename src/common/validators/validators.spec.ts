import { HttpException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested, validate } from 'class-validator';
import { createValidationPipe } from '../validation';
import { IsUnifiedSocialCreditCode } from './credit-code';
import { IsResidentIdNumber } from './id-number';
import { IsLocalDate } from './local-date.validator';
import { IsChinesePhone } from './phone';

class ApplicantDto {
  @IsOptional()
  @IsResidentIdNumber()
  idNumber?: string;

  @IsOptional()
  @IsUnifiedSocialCreditCode()
  creditCode?: string;

  @IsOptional()
  @IsChinesePhone()
  phone?: string;

  @IsOptional()
  @IsChinesePhone({ each: true })
  otherPhones?: string[];

  @IsOptional()
  @IsLocalDate()
  knownOn?: string;
}

class RegistrationDto {
  @ValidateNested({ each: true })
  @Type(() => ApplicantDto)
  applicants!: ApplicantDto[];
}

const applicant = (fields: Partial<ApplicantDto>): ApplicantDto =>
  Object.assign(new ApplicantDto(), fields);

const valid: Partial<ApplicantDto> = {
  idNumber: '11010519491231002X',
  creditCode: '91350100M000100Y43',
  phone: '13812345678',
  otherPhones: ['0571-88888888', '010-12345678-801'],
  knownOn: '2024-02-29',
};

describe('the field validators through class-validator', () => {
  it('accept valid values', async () => {
    expect(await validate(applicant(valid))).toEqual([]);
    expect(await validate(applicant({ idNumber: '11010519491231002x' }))).toEqual([]);
  });

  it.each([
    ['idNumber', '110105194912310021', 'isResidentIdNumber', 'ID_NUMBER_CHECKSUM'],
    ['idNumber', '110101199002300014', 'isResidentIdNumber', 'ID_NUMBER_CHECKSUM'],
    ['creditCode', '91350100M000100Y44', 'isUnifiedSocialCreditCode', 'CREDIT_CODE_CHECKSUM'],
    ['creditCode', '91350100I000100Y43', 'isUnifiedSocialCreditCode', 'CREDIT_CODE_CHECKSUM'],
    ['phone', '12812345678', 'isChinesePhone', 'INVALID_PHONE'],
    ['phone', 12345678901, 'isChinesePhone', 'INVALID_PHONE'],
    ['otherPhones', ['13812345678', '88888888'], 'isChinesePhone', 'INVALID_PHONE'],
    ['knownOn', '2023-02-29', 'isLocalDate', 'INVALID_DATE'],
  ])('%s = %p fails %s with context code %s', async (field, value, constraint, code) => {
    const errors = await validate(applicant({ [field]: value }));
    expect(errors).toHaveLength(1);
    expect(errors[0].property).toBe(field);
    expect(Object.keys(errors[0].constraints ?? {})).toEqual([constraint]);
    expect(errors[0].contexts?.[constraint]).toEqual({ code });
  });

  it('keep the code when the caller gives its own message', async () => {
    class Dto {
      @IsResidentIdNumber({ message: '身份证号码有误' })
      idNumber!: string;
    }
    const errors = await validate(Object.assign(new Dto(), { idNumber: '123' }));
    expect(errors[0].constraints).toEqual({ isResidentIdNumber: '身份证号码有误' });
    expect(errors[0].contexts?.isResidentIdNumber).toEqual({ code: 'ID_NUMBER_CHECKSUM' });
  });

  it('name the property in the default message, and each element when `each` is set', async () => {
    const [error] = await validate(applicant({ otherPhones: ['x'] }));
    expect(error.constraints?.isChinesePhone).toMatch(/^each value in otherPhones must be/);
    const [idError] = await validate(applicant({ idNumber: 'x' }));
    expect(idError.constraints?.isResidentIdNumber).toMatch(/^idNumber must be/);
  });
});

describe('the field validators through the global ValidationPipe', () => {
  const pipe = createValidationPipe();

  const problems = async (body: unknown): Promise<unknown> => {
    try {
      await pipe.transform(body, { type: 'body', metatype: RegistrationDto });
    } catch (e) {
      if (e instanceof HttpException) return e.getResponse();
      throw e;
    }
    throw new Error('validation passed');
  };

  it('report each bad field with its path and stable code', async () => {
    const body = {
      applicants: [
        { ...valid },
        { idNumber: '110105194912310021', creditCode: '91350100M000100Y44', phone: '0571-888' },
      ],
    };
    expect(await problems(body)).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      details: [
        { field: 'applicants[1].idNumber', code: 'ID_NUMBER_CHECKSUM' },
        { field: 'applicants[1].creditCode', code: 'CREDIT_CODE_CHECKSUM' },
        { field: 'applicants[1].phone', code: 'INVALID_PHONE' },
      ],
    });
  });

  it('let valid values through', async () => {
    await expect(
      pipe.transform({ applicants: [valid] }, { type: 'body', metatype: RegistrationDto }),
    ).resolves.toBeInstanceOf(RegistrationDto);
  });
});
