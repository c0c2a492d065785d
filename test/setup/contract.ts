import { takeContractViolations } from '../support/contract';

// Each e2e test fails when a response it received does not match the OpenAPI document
// (test/support/contract.ts). Fix the document (src/openapi.ts, the decorators), not the test.
afterEach(() => {
  const violations = takeContractViolations();
  if (violations.length > 0) {
    throw new Error(`Responses that do not match the OpenAPI document:\n${violations.join('\n')}`);
  }
});
