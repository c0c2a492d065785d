import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request facts that deep code (the audit log) needs without threading them through calls. */
export interface RequestContext {
  requestId: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | null {
  return requestContext.getStore()?.requestId ?? null;
}
