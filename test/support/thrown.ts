import { AppError } from '../../src/common/app-error';

/** The status and response body of the AppError `f` throws (unit tests of rule files). */
export function thrown(f: () => unknown): { status: number; body: unknown } {
  try {
    f();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { status: e.getStatus(), body: e.getResponse() };
  }
  throw new Error('nothing was thrown');
}
