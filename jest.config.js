// Three projects: pure unit tests beside the code; end-to-end tests under test/ that run the
// real app against a fresh Postgres database and a per-run Redis prefix (see test/setup/); and
// fault tests under test/faults/ that kill Redis, Postgres and service processes for real
// (private ones only; `npm run test:faults`, not part of `npm test`).
const transform = { '^.+\\.(t|j)s$': ['@swc/jest'] };
// Packages that ship only ES modules, which Jest's CommonJS runtime cannot require as they are.
const transformIgnorePatterns = ['/node_modules/(?!(content-disposition)/)'];
module.exports = {
  // Per project Jest ignores it: the e2e suites boot the app and talk to Postgres and Redis.
  testTimeout: 30000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup/env.ts'],
      // Every response checked against the OpenAPI document (test/support/contract.ts).
      setupFilesAfterEnv: ['<rootDir>/test/setup/contract.ts'],
    },
    {
      displayName: 'faults',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup/env.ts'],
    },
  ],
};
