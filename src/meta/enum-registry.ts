/**
 * Every enum a client shows, with its Chinese labels: the `*_LABELS` maps the code itself uses,
 * collected from the modules that define them (no copy kept here). An enum's name is its map's,
 * in PascalCase: CASE_STATUS_LABELS → CaseStatus. A new `*_LABELS` export in a module listed
 * below is served at once; one in a new module fails src/meta/enum-registry.spec.ts until the
 * module is listed.
 */
import * as role from '../access/role';
import * as alerts from '../alerts/alert.enums';
import * as calendar from '../calendar/rules/working-days.rules';
import * as cases from '../cases/case.enums';
import * as supplements from '../cases/supplement-request.enums';
import * as documents from '../documents/document.enums';
import * as hearings from '../litigation/hearing.enums';
import * as litigation from '../litigation/litigation-case.enums';
import * as materials from '../materials/material-kind';
import * as mediation from '../mediation/pre-mediation.enums';
import * as organizations from '../organizations/agency.enums';
import * as reminders from '../reminders/reminder-letter.enums';
import * as decisions from '../review/decision.enums';
import * as letters from '../review/recommendation-letter.enums';
import * as stays from '../review/enforcement-stay.enums';
import * as proceedings from '../review/proceedings.enums';

export type Labels = Readonly<Record<string, string>>;

/** The modules holding label maps. */
export const LABEL_MODULES: readonly Record<string, unknown>[] = [
  role,
  organizations,
  calendar,
  cases,
  supplements,
  materials,
  documents,
  mediation,
  decisions,
  letters,
  stays,
  proceedings,
  alerts,
  litigation,
  hearings,
  reminders,
];

/** CASE_STATUS_LABELS → CaseStatus. */
export const enumName = (labelsExport: string): string =>
  labelsExport
    .replace(/_LABELS$/, '')
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

const isLabels = (value: unknown): value is Labels =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((v) => typeof v === 'string');

/** Enum name → value → Chinese label, for every `*_LABELS` export of LABEL_MODULES. */
export const ENUM_REGISTRY: Readonly<Record<string, Labels>> = Object.fromEntries(
  LABEL_MODULES.flatMap((module) =>
    Object.entries(module)
      .filter(([name, value]) => name.endsWith('_LABELS') && isLabels(value))
      .map(([name, value]) => [enumName(name), value as Labels]),
  ),
);
