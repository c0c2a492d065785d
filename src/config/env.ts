import { plainToInstance, Transform } from 'class-transformer';
import { CronExpressionParser } from 'cron-parser';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidationOptions,
  validateSync,
} from 'class-validator';

export const APP_ROLES = ['all', 'api', 'worker'] as const;
export type AppRole = (typeof APP_ROLES)[number];

const toBool = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? ['true', '1', 'yes'].includes(value.toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

/** The time zone of every `*_CRON` (the schedules of src/jobs/schedules.ts). */
export const CRON_TIME_ZONE = 'Asia/Shanghai';

/**
 * Why `value` is not a cron expression BullMQ can schedule, or null when it is one: 5 fields
 * (minute hour day-of-month month day-of-week), 6 with seconds first, or an alias such as
 * `@daily`, parsed by cron-parser, the parser BullMQ itself schedules repeating jobs with.
 */
export function cronProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'is not a cron expression';
  const fields = value.trim().split(/\s+/);
  if (!value.trim().startsWith('@') && fields.length !== 5 && fields.length !== 6) {
    return `has ${fields.length} fields; a cron expression has 5 (minute hour day month weekday) or 6 (seconds first)`;
  }
  try {
    CronExpressionParser.parse(value, { tz: CRON_TIME_ZONE }).next();
    return null;
  } catch (e) {
    return `is not a valid cron expression: ${(e as Error).message}`;
  }
}

/** A cron expression (cronProblem), checked at start-up rather than when BullMQ first uses it. */
function IsCron(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCron',
      validator: {
        validate: (value: unknown) => cronProblem(value) === null,
        defaultMessage: (args) =>
          `must be a cron expression (${CRON_TIME_ZONE}): it ${cronProblem(args?.value)}`,
      },
    },
    options,
  );
}

/**
 * Every variable the service reads, with its local default. Validated once at start-up: a bad
 * value stops the process with one line naming the variable (see validateEnv).
 */
export class Env {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/fuyi';

  /**
   * A streaming replica of DATABASE_URL that the statistics read from (docs/operations.md);
   * unset: they read the primary like everything else.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_REPLICA_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  /**
   * Longest a statement may run (Postgres statement_timeout on every pooled connection), in ms;
   * past it the request answers 503 SERVICE_UNAVAILABLE. Migrations are not bound by it.
   */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_STATEMENT_TIMEOUT_MS = 15_000;

  /** Longest wait for a pooled connection (a free one, or a new one to open), in ms; then 503. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  DATABASE_CONNECT_TIMEOUT_MS = 3000;

  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key (queues); tests use one per run. */
  @Matches(/^[A-Za-z0-9_:-]+$/, { message: 'letters, digits, _ : - only' })
  REDIS_PREFIX = 'fuyi';

  @IsIn(APP_ROLES)
  APP_ROLE: AppRole = 'all';

  @Transform(toBool)
  @IsBoolean()
  RUN_MIGRATIONS = true;

  @IsString()
  @MinLength(1)
  ADMIN_USERNAME = 'admin';

  /** Required in production; only used when no user exists yet. */
  @IsOptional()
  @IsString()
  @MinLength(10)
  ADMIN_PASSWORD?: string;

  /**
   * Signs access tokens; required in production (at least 32 characters). Elsewhere, when unset,
   * one is generated once and kept in STORAGE_DIR/.jwt-secret (mode 0600; src/auth/jwt-secret.ts).
   */
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /**
   * How long an API process trusts what it last read of a session (ended or not, the user's
   * role, office, agency, active): the bound, across replicas, on how long an ended session's
   * access token still works. 0: read on every request.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  SESSION_CHECK_SECONDS = 5;

  /** Failed logins in a row that lock an account (per username, whatever the address). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_MAX_FAILURES = 5;

  /** How long a locked account stays locked, in minutes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_LOCK_MINUTES = 15;

  @IsString()
  @MinLength(1)
  CASE_NUMBER_PREFIX = '临复';

  @IsString()
  @MinLength(1)
  STORAGE_DIR = './storage';

  /**
   * Which proxies' X-Forwarded-For to believe for the client address (rate limits, logs):
   * `false` (none: the API is reached directly), `true` (any), a hop count, or addresses/CIDRs.
   */
  @Matches(/^(true|false|\d+|[0-9a-fA-F.:/]+(,\s*[0-9a-fA-F.:/]+)*)$/, {
    message: 'true, false, a number of hops, or addresses separated by commas',
  })
  TRUST_PROXY = 'false';

  /**
   * The address people open the service at, e.g. https://fuyi.example.gov.cn. When it is https://
   * TLS is configured (at the proxy in front) and the CSP asks browsers to upgrade insecure
   * requests; unset or http://: it does not, so /docs and /admin/queues work over plain HTTP.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'must be an http(s) URL' })
  PUBLIC_URL?: string;

  /** Comma-separated origins allowed to call the API from a browser; empty: none. */
  @IsString()
  CORS_ORIGINS = '';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** When set, /metrics asks for it as a bearer token. */
  @IsOptional()
  @IsString()
  @MinLength(16)
  METRICS_TOKEN?: string;

  /** Cron (Asia/Shanghai) of the nightly purge of expired refresh tokens. */
  @IsCron()
  TOKEN_PURGE_CRON = '0 3 * * *';

  /** Cron (Asia/Shanghai) of the daily run marking cases abandoned after an unanswered supplement request. */
  @IsCron()
  SUPPLEMENT_EXPIRY_CRON = '15 0 * * *';

  /**
   * Cron (Asia/Shanghai) of the daily run accepting by law the applications whose review period
   * ended with no refusal (视为受理, Art. 30 ¶3): before the alert run at five past the hour.
   */
  @IsCron()
  DEEMED_ACCEPTANCE_CRON = '1 0 * * *';

  /** Cron (Asia/Shanghai) of the deadline-alert run; repeats are harmless. */
  @IsCron()
  DEADLINE_ALERTS_CRON = '5 * * * *';

  /** Days before a hearing the reminder letter (出庭提示函) is issued. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  REMINDER_LETTER_DAYS = 7;

  /** Days before a hearing the day-before notice is issued. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  REMINDER_EVE_DAYS = 1;

  /** Cron (Asia/Shanghai) of the sweep that issues due letters and delivers notifications. */
  @IsCron()
  REMINDER_SWEEP_CRON = '* * * * *';

  /** Where issued letters are POSTed (JSON, Idempotency-Key: letter id); empty: in-app only. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
  NOTIFY_WEBHOOK_URL?: string;

  /** Cron (Asia/Shanghai) of the nightly statistics snapshot (year and month to date). */
  @IsCron()
  STATISTICS_SNAPSHOT_CRON = '30 1 * * *';

  /** Who signs the letters. */
  @IsString()
  @MinLength(1)
  ISSUER_NAME = '区人民政府行政复议办公室';

  /**
   * The office's document templates and their settings (office.json: the organ's name, the
   * heading, the issuer, the seal line, the document number prefixes), read at start-up
   * (docs/operations.md, "Document templates"). Relative to the working directory.
   */
  @IsString()
  @MinLength(1)
  DOCUMENT_TEMPLATES_DIR = 'templates/documents';

  /** Largest material upload, in megabytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1024)
  MAX_UPLOAD_MB = 50;

  /** Requests per minute per client on ordinary routes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 6000;

  /** Login attempts per minute per client and username. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT_PER_MINUTE = 10;
}

/** Used by ConfigModule: returns the typed, validated variables or throws one clear line. */
export function validateEnv(raw: Record<string, unknown>): Env {
  // Empty strings mean "not set" so that a blank line in .env falls back to the default.
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
  const env = plainToInstance(Env, present, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  const problems = errors.map(
    (e) =>
      `${e.property} ${Object.values(e.constraints ?? {}).join('; ')} (got ${JSON.stringify(e.value)})`,
  );
  if (env.NODE_ENV === 'production') {
    if (!env.JWT_SECRET) problems.push('JWT_SECRET is required in production');
    if (!env.ADMIN_PASSWORD) problems.push('ADMIN_PASSWORD is required in production');
  }
  if (problems.length > 0) {
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return env;
}
