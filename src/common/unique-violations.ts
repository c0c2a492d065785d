import { HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';

/**
 * What each unique constraint of the schema means to a client: the field whose value is taken and
 * the stable code of the 409. A service may check first (a friendlier answer in the common case),
 * but only the constraint decides under concurrency: two requests with one new name both pass a
 * look-up, and the second insert fails here. The ErrorFilter turns every unique violation
 * (SQLSTATE 23505) into the 409 below, so none is ever a 500. A constraint missing from the table
 * still answers 409, with the generic code `UNIQUE_VIOLATION` (src/common/unique-violations.spec.ts
 * requires every unique constraint of the migrations to be listed).
 */
export const UNIQUE_CONSTRAINTS: Record<string, { field: string; code: string; what: string }> = {
  agencies_name_key: { field: 'name', code: 'AGENCY_NAME_TAKEN', what: 'An agency has this name' },
  judicial_offices_name_key: {
    field: 'name',
    code: 'JUDICIAL_OFFICE_NAME_TAKEN',
    what: 'A judicial office has this name',
  },
  users_username_key: { field: 'username', code: 'USERNAME_TAKEN', what: 'The username is taken' },
  agencies_one_organ_key: {
    field: 'kind',
    code: 'ORGAN_EXISTS',
    what: 'The reconsideration organ is registered already',
  },
  // Before the migration LitigationAsCourtsCount moved court case numbers to the instances.
  litigation_cases_court_number_key: {
    field: 'courtCaseNumber',
    code: 'LITIGATION_CASE_EXISTS',
    what: 'This court case number is registered already',
  },
  litigation_instances_court_number_key: {
    field: 'courtCaseNumber',
    code: 'LITIGATION_CASE_EXISTS',
    what: 'This court case number is registered already',
  },
  litigation_instances_seq_key: {
    field: 'stage',
    code: 'LITIGATION_VERSION_CONFLICT',
    what: 'Try again',
  },
  case_decisions_one_draft_idx: {
    field: 'caseId',
    code: 'DRAFT_PENDING',
    what: 'A draft decision is already awaiting approval',
  },
  pre_mediations_one_open_idx: {
    field: 'caseId',
    code: 'MEDIATION_OPEN',
    what: 'This case has a mediation in progress',
  },
  review_mediations_one_open_idx: {
    field: 'caseId',
    code: 'REVIEW_MEDIATION_OPEN',
    what: 'This case has a mediation in progress',
  },
  respondent_answers_case_key: {
    field: 'caseId',
    code: 'ANSWER_ALREADY_RECORDED',
    what: "The respondent's answer is recorded already",
  },
  case_documents_supersedes_key: {
    field: 'supersedesId',
    code: 'ALREADY_SUPERSEDED',
    what: 'That document was corrected already',
  },
  // Written by the system alone (numbering, jobs, tokens): a violation is a race the code lost.
  cases_number_key: { field: 'number', code: 'CASE_NUMBER_CONFLICT', what: 'Try again' },
  cases_year_seq_key: { field: 'number', code: 'CASE_NUMBER_CONFLICT', what: 'Try again' },
  case_documents_number_key: {
    field: 'number',
    code: 'DOCUMENT_NUMBER_CONFLICT',
    what: 'Try again',
  },
  case_applicants_case_idx: {
    field: 'applicants',
    code: 'CASE_VERSION_CONFLICT',
    what: 'Try again',
  },
  alerts_once_key: { field: 'alert', code: 'ALERT_EXISTS', what: 'The alert exists' },
  reminder_letters_once_key: { field: 'letter', code: 'LETTER_EXISTS', what: 'The letter exists' },
  refresh_tokens_hash_key: { field: 'refreshToken', code: 'TOKEN_CONFLICT', what: 'Try again' },
};

/** The 409 a unique violation answers, or null when `e` is none (a QueryFailedError 23505). */
export function uniqueViolationError(e: unknown): AppError | null {
  if (!(e instanceof QueryFailedError)) return null;
  const d = e.driverError as { code?: string; constraint?: string } | undefined;
  if (d?.code !== '23505') return null;
  const known = d.constraint !== undefined ? UNIQUE_CONSTRAINTS[d.constraint] : undefined;
  if (!known) {
    return new AppError(
      HttpStatus.CONFLICT,
      'UNIQUE_VIOLATION',
      'The request conflicts with a record that exists',
    );
  }
  return new AppError(HttpStatus.CONFLICT, known.code, known.what, [
    { field: known.field, code: known.code, message: known.what },
  ]);
}
