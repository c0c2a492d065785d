import { randomBytes } from 'node:crypto';

// Each test file's environment: quiet logs, generous rate limits (a test that checks the login
// limit builds its own app with a low one), the run's database and Redis prefix from global-setup.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
process.env.RUN_MIGRATIONS = 'false';
process.env.ADMIN_USERNAME = 'admin';
process.env.ADMIN_PASSWORD = 'admin-password-for-tests';
process.env.RATE_LIMIT_PER_MINUTE = '1000000';
process.env.LOGIN_RATE_LIMIT_PER_MINUTE = '1000000';
process.env.APP_ROLE = 'api';
// A random signing key per test file (no usable secret in the source); test/sessions.e2e-spec.ts
// starts apps without one to check the generated, persisted secret.
process.env.JWT_SECRET ??= randomBytes(32).toString('base64url');
