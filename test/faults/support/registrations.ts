/**
 * Case registrations as a client makes them through a fault: each with its Idempotency-Key, each
 * answered within a bound (a request that hangs is a failure of its own), and the checks that
 * hold afterwards: one case per key, numbers unique and consecutive.
 */
import type { Response } from 'supertest';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { residentIdCheckCharacter } from '../../../src/common/validators/id-number';
import { bearer } from '../../support/fixtures';

/** Longest a request may take to be answered, fault or not. */
export const ANSWER_WITHIN_MS = 10_000;

/** A valid resident ID number. */
export function idNumber(birth = '19800101', seq = '123'): string {
  const first17 = `110105${birth}${seq}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A valid application against `respondentId`, received on `receivedOn`; `i` varies the text. */
export function application(respondentId: string, receivedOn: string, i: number): object {
  const year = receivedOn.slice(0, 4);
  return {
    channel: 'WINDOW',
    receivedOn,
    applicants: [
      {
        kind: 'PERSON',
        name: '张三',
        idNumber: idNumber(),
        phone: '13800138000',
        address: '某村',
      },
    ],
    respondentId,
    act: {
      type: 'PENALTY',
      documentNumber: `罚〔${year}〕${i}号`,
      actOn: `${year}-01-10`,
      knownOn: `${year}-01-12`,
      amountYuan: 5000,
    },
    requests: '撤销处罚决定',
    factsAndReasons: `事实不清（${i}）`,
  };
}

/** What a registration attempt got: the status (0: no answer in time) and the case, if any. */
export interface Attempt {
  key: string;
  status: number;
  ms: number;
  caseId?: string;
  code?: string;
  replayed?: boolean;
  error?: string;
}

/** POST /api/v1/cases on `target` (an http.Server or a base URL) with `key`; never throws. */
export async function register(
  target: Parameters<typeof request>[0],
  token: string,
  key: string,
  body: object,
): Promise<Attempt> {
  const started = Date.now();
  try {
    const res: Response = await request(target)
      .post('/api/v1/cases')
      .set('authorization', bearer(token))
      .set('idempotency-key', key)
      .timeout({ response: ANSWER_WITHIN_MS, deadline: ANSWER_WITHIN_MS + 5_000 })
      .send(body);
    const b = res.body as { id?: string; code?: string };
    return {
      key,
      status: res.status,
      ms: Date.now() - started,
      caseId: res.status < 300 ? b.id : undefined,
      code: b.code,
      replayed: res.headers['idempotent-replayed'] === 'true',
    };
  } catch (e) {
    return { key, status: 0, ms: Date.now() - started, error: (e as Error).message };
  }
}

/**
 * The cases of year `year`, which the test registered alone: one per key in `keys` (the keys'
 * cases being `caseIds`), numbers unique and consecutive from 1, the counter at the last one.
 */
export async function expectOneCasePerKey(
  db: DataSource,
  year: number,
  caseIds: string[],
): Promise<void> {
  const rows = await db.query<{ id: string; seq: number; number: string }[]>(
    `SELECT id, seq, number FROM cases WHERE year = $1 ORDER BY seq`,
    [year],
  );
  expect(new Set(caseIds).size).toBe(caseIds.length); // no two keys share a case
  expect(rows.map((r) => r.id).sort()).toEqual([...caseIds].sort());
  expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
  expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
  const [counter] = await db.query<{ last_seq: number }[]>(
    `SELECT last_seq FROM case_number_counters WHERE year = $1`,
    [year],
  );
  expect(counter?.last_seq ?? 0).toBe(rows.length);
}
