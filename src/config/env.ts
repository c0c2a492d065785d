import { plainToInstance, Transform } from 'class-transformer';
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
  validateSync,
} from 'class-validator';

export const APP_ROLES = ['all', 'api', 'worker'] as const;
export type AppRole = (typeof APP_ROLES)[number];

const toBool = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? ['true', '1', 'yes'].includes(value.toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;

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

  /** Signs access tokens; required in production (at least 32 characters). */
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
  @IsString()
  TOKEN_PURGE_CRON = '0 3 * * *';

  /** Cron (Asia/Shanghai) of the daily run marking cases abandoned after an unanswered supplement request. */
  @IsString()
  SUPPLEMENT_EXPIRY_CRON = '15 0 * * *';

  /** Cron (Asia/Shanghai) of the deadline-alert run; repeats are harmless. */
  @IsString()
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
  @IsString()
  REMINDER_SWEEP_CRON = '* * * * *';

  /** Where issued letters are POSTed (JSON, Idempotency-Key: letter id); empty: in-app only. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'must be an http(s) URL' })
  NOTIFY_WEBHOOK_URL?: string;

  /** Cron (Asia/Shanghai) of the nightly statistics snapshot (year and month to date). */
  @IsString()
  STATISTICS_SNAPSHOT_CRON = '30 1 * * *';

  /** Who signs the letters. */
  @IsString()
  @MinLength(1)
  ISSUER_NAME = '区人民政府行政复议办公室';

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

/** Development fallbacks, never used in production (validateEnv refuses to start without them). */
export const DEV_JWT_SECRET = 'fuyi-development-secret-not-for-production-use';
export const DEV_ADMIN_PASSWORD = 'fuyi-admin-dev';

export function jwtSecret(env: Env): string {
  return env.JWT_SECRET ?? DEV_JWT_SECRET;
}
