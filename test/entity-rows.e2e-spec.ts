/**
 * src/database/entity-rows.ts, on Postgres. insertRows: the rows it returns are the rows Postgres
 * holds, as TypeORM reads them back (defaults, generated ids, timestamps, transformers, jsonb);
 * past the parameter limit it splits the statement; a row that lacks a column writes nothing;
 * rows alongside go in the same statement (and all fail together), as may values Postgres computes
 * from a query run first in it.
 * selectRows: the entities `EntityManager.find` answers with the same where, order and take;
 * selectRowsWith: those, each with its related rows as `find` answers them. Kept statements are
 * prepared once per connection, and fail as TypeORM's queries fail.
 */
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { CaseApplicantEntity } from '../src/cases/case-applicant.entity';
import { ApplicantKind } from '../src/cases/case.enums';
import { CaseEntity } from '../src/cases/case.entity';
import {
  alongside,
  computed,
  insertRows,
  selectRows,
  selectRowsWith,
} from '../src/database/entity-rows';
import { SupplementRequestEntity } from '../src/cases/supplement-request.entity';
import { SupplementStatus } from '../src/cases/supplement-request.enums';
import { Outcome } from '../src/cases/case.enums';
import { DecisionEntity } from '../src/review/decision.entity';
import { DecisionStatus } from '../src/review/decision.enums';
import {
  AgreementRuling,
  ApprovalBasis,
  CompensationRuling,
} from '../src/review/proceedings.enums';
import { idNumber } from './support/case-world';
import { CaseWorld } from './support/case-world';
import { startApp, TestApp, unique } from './support/test-app';

describe('insertRows', () => {
  let t: TestApp;
  let world: CaseWorld;
  let officer: string;

  beforeAll(async () => {
    t = await startApp();
    world = await CaseWorld.create(t);
    officer = (await world.user('OFFICER')).token;
  });
  afterAll(() => t.close());

  /** Runs `work` in a transaction that is rolled back: nothing of it stays. */
  const rolledBack = async (work: (em: TestApp['db']['manager']) => Promise<void>) => {
    const runner = t.db.createQueryRunner();
    await runner.startTransaction();
    try {
      await work(runner.manager);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };

  /** An audit row of the test's own: `action` names the test. */
  const auditRow = (entityId: string, action: string) => ({
    actorId: null,
    actorName: 'system',
    action,
    entityType: 'test',
    entityId,
    before: null,
    after: { action },
    requestId: null,
  });

  it('returns cases as TypeORM reads them back: defaults, timestamps, amounts', async () => {
    const registered = await world.register(officer, {
      act: { type: 'PENALTY', amountYuan: 1234.5, documentNumber: unique('罚字') },
    });
    const existing = await t.db.manager.findOneByOrFail(CaseEntity, { id: registered.id });
    await rolledBack(async (em) => {
      // The columns registration gives; the rest are Postgres's to fill.
      const given = { ...existing } as Partial<CaseEntity>;
      for (const key of ['createdAt', 'updatedAt'] as const) {
        delete given[key];
      }
      const copies = [1, 2].map((n) => ({
        ...given,
        id: randomUUID(),
        seq: existing.seq + 1_000_000 + n,
        number: `${existing.number}-${n}`,
      }));
      const inserted = await insertRows(em, CaseEntity, copies);
      expect(inserted).toHaveLength(2);
      for (const [i, row] of inserted.entries()) {
        const read = await em.findOneByOrFail(CaseEntity, { id: copies[i].id });
        expect(row).toEqual({ ...read });
        expect(row.actAmountYuan).toBe(1234.5);
        expect(row.createdAt).toBeInstanceOf(Date);
      }
    });
  });

  it('fills generated ids, keeps jsonb objects and arrays as given', async () => {
    const registered = await world.register(officer);
    await rolledBack(async (em) => {
      const applicants = await insertRows(em, CaseApplicantEntity, [
        { caseId: registered.id, position: 7, kind: ApplicantKind.PERSON, name: '甲' },
      ]);
      expect(applicants[0].id).toMatch(/^[0-9a-f-]{36}$/);
      expect(applicants[0].idNumber).toBeNull();
      const after = { list: [1, '二', { three: 3 }], text: '引号\'"' };
      const [entry] = await insertRows(em, AuditEntryEntity, [
        {
          actorId: null,
          actorName: 'system',
          action: 'test.inserted',
          entityType: 'test',
          entityId: registered.id,
          before: null,
          after,
          requestId: null,
        },
      ]);
      const read = await em.findOneByOrFail(AuditEntryEntity, { id: entry.id });
      expect(entry).toEqual({ ...read });
      expect(read.after).toEqual(after);
    });
  });

  it('splits rows past 65,535 parameters over several statements, in order', async () => {
    const entityId = randomUUID();
    // 8 columns: 8,191 rows fit one statement; 20,000 take three.
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      actorId: null,
      actorName: 'system',
      action: 'test.many',
      entityType: 'test',
      entityId,
      before: null,
      after: { i },
      requestId: null,
    }));
    await rolledBack(async (em) => {
      const inserted = await insertRows(em, AuditEntryEntity, rows);
      expect(inserted.map((r) => r.after)).toEqual(rows.map((r) => r.after));
      const [{ n }] = await em.query<{ n: number }[]>(
        `SELECT count(DISTINCT id)::int AS n FROM audit_log WHERE entity_id = $1`,
        [entityId],
      );
      expect(n).toBe(20_000);
    });
  });

  it('refuses rows that do not give the same columns, writing nothing', async () => {
    const entityId = randomUUID();
    const row = auditRow(entityId, 'test.refused');
    await expect(
      insertRows(t.db.manager, AuditEntryEntity, [row, { ...row, after: undefined }]),
    ).rejects.toThrow('insertRows(audit_log): a row lacks after');
    const [{ n }] = await t.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`,
      [entityId],
    );
    expect(n).toBe(0);
  });

  it('prepares a statement once per connection; a violation fails as a TypeORM query fails', async () => {
    const entityId = randomUUID();
    const row = auditRow(entityId, 'test.prepared');
    const runner = t.db.createQueryRunner();
    try {
      const em = runner.manager;
      await runner.startTransaction();
      const executions = async () =>
        new Map(
          (
            await em.query<{ name: string; runs: number }[]>(
              `SELECT name, (generic_plans + custom_plans)::int AS runs
                 FROM pg_prepared_statements WHERE name LIKE 'fuyi_rows_%'`,
            )
          ).map((p) => [p.name, p.runs]),
        );
      const before = await executions();
      await insertRows(em, AuditEntryEntity, [row]);
      await insertRows(em, AuditEntryEntity, [row]);
      const after = await executions();
      // One statement (prepared now or by an earlier use of this connection), run twice.
      const ran = [...after].filter(([name, runs]) => runs !== (before.get(name) ?? 0));
      expect(ran).toHaveLength(1);
      expect(ran[0][1] - (before.get(ran[0][0]) ?? 0)).toBe(2);
      expect(after.size - before.size).toBeLessThanOrEqual(1);
      // A constraint broken: the driver's error as QueryFailedError, for the error filter.
      const error: unknown = await insertRows(em, CaseApplicantEntity, [
        { caseId: randomUUID(), position: 1, kind: ApplicantKind.PERSON, name: '无案' },
      ]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryFailedError);
      expect((error as QueryFailedError).driverError).toMatchObject({ code: '23503' });
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });

  /** How many times the kept statements ran on `em`'s connection. */
  const preparedRuns = async (em: TestApp['db']['manager']): Promise<number> =>
    (
      await em.query<{ runs: number }[]>(
        `SELECT coalesce(sum(generic_plans + custom_plans), 0)::int AS runs
           FROM pg_prepared_statements WHERE name LIKE 'fuyi_rows_%'`,
      )
    )[0].runs;

  /** A copy of an existing case under a new id and number, as registration gives its columns. */
  const caseCopy = async (em: TestApp['db']['manager']) => {
    const registered = await world.register(officer);
    const existing = await em.findOneByOrFail(CaseEntity, { id: registered.id });
    const given = { ...existing } as Partial<CaseEntity>;
    delete given.createdAt;
    delete given.updatedAt;
    return {
      ...given,
      id: randomUUID(),
      seq: existing.seq + 2_000_000,
      number: `${existing.number}-copy`,
    };
  };

  it('inserts rows alongside in the same statement, referring to the rows it returns', async () => {
    await rolledBack(async (em) => {
      const copy = await caseCopy(em);
      const before = await preparedRuns(em);
      const [inserted] = await insertRows(
        em,
        CaseEntity,
        [copy],
        [
          alongside(
            CaseApplicantEntity,
            [1, 2].map((position) => ({
              caseId: copy.id,
              position,
              kind: ApplicantKind.PERSON,
              name: `申请人${position}`,
            })),
          ),
          alongside(AuditEntryEntity, [auditRow(copy.id, 'test.alongside')]),
        ],
      );
      // One statement ran (the applicants' foreign key checked at its end, not per row).
      expect((await preparedRuns(em)) - before).toBe(1);
      expect(inserted).toEqual({ ...(await em.findOneByOrFail(CaseEntity, { id: copy.id })) });
      const applicants = await em.find(CaseApplicantEntity, {
        where: { caseId: copy.id },
        order: { position: 'ASC' },
      });
      expect(applicants.map((a) => a.name)).toEqual(['申请人1', '申请人2']);
      const audit = await em.findBy(AuditEntryEntity, { entityId: copy.id });
      expect(audit.map((a) => a.after)).toEqual([{ action: 'test.alongside' }]);
    });
  });

  it('writes nothing when a row alongside breaks a constraint', async () => {
    const copy = await caseCopy(t.db.manager);
    const error: unknown = await insertRows(
      t.db.manager,
      CaseEntity,
      [copy],
      [
        alongside(AuditEntryEntity, [auditRow(copy.id, 'test.alongside.refused')]),
        alongside(CaseApplicantEntity, [
          { caseId: randomUUID(), position: 1, kind: ApplicantKind.PERSON, name: '无案' },
        ]),
      ],
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError).driverError).toMatchObject({ code: '23503' });
    expect(await t.db.manager.countBy(CaseEntity, { id: copy.id })).toBe(0);
    expect(await t.db.manager.countBy(AuditEntryEntity, { entityId: copy.id })).toBe(0);
  });

  it('computes values from a query run first in the same statement, returning them', async () => {
    await rolledBack(async (em) => {
      const [one, two] = [await caseCopy(em), await caseCopy(em)];
      const before = await preparedRuns(em);
      // `base` read by the cases and by the audit rows alongside; each value binds its own.
      const seq = (n: number) => computed('(SELECT base FROM picked) + $1', n);
      const inserted = await insertRows(
        em,
        CaseEntity,
        [one, two].map((c, i) => ({
          ...c,
          seq: seq(i),
          number: computed('$2::text || ((SELECT base FROM picked) + $1)', i, 'copy-'),
        })),
        [
          alongside(
            AuditEntryEntity,
            [one, two].map((c, i) => ({
              ...auditRow(c.id, 'test.computed'),
              after: computed(`jsonb_build_object('seq', (SELECT base FROM picked) + $1)`, i),
            })),
          ),
        ],
        { name: 'picked', sql: 'SELECT $1::int AS base', values: [7_000_000] },
      );
      expect(await preparedRuns(em)).toBe(before + 1);
      expect(inserted.map((c) => [c.seq, c.number])).toEqual([
        [7_000_000, 'copy-7000000'],
        [7_000_001, 'copy-7000001'],
      ]);
      for (const c of inserted) {
        expect(c).toEqual({ ...(await em.findOneByOrFail(CaseEntity, { id: c.id })) });
      }
      const audit = await em.find(AuditEntryEntity, {
        where: [{ entityId: one.id }, { entityId: two.id }],
      });
      expect(audit.map((a) => a.after).sort((x, y) => Number(x?.seq) - Number(y?.seq))).toEqual([
        { seq: 7_000_000 },
        { seq: 7_000_001 },
      ]);

      // A row that gives the column as it is, where the first computes it, is refused.
      const unlike = await insertRows(
        em,
        CaseEntity,
        [
          { ...(await caseCopy(em)), seq: seq(0) },
          { ...(await caseCopy(em)), seq: 7_000_009 },
        ],
        [],
        { name: 'picked', sql: 'SELECT $1::int AS base', values: [7_000_000] },
      ).catch((e: unknown) => e);
      expect(String(unlike)).toMatch(/rows do not compute seq alike/);
    });
  });

  it("past 65,535 parameters in all, inserts each entity's rows on their own", async () => {
    const entityId = randomUUID();
    await rolledBack(async (em) => {
      const copy = await caseCopy(em);
      // 8 columns × 9,000 rows alongside: more than one statement may bind.
      const many = Array.from({ length: 9_000 }, () => auditRow(entityId, 'test.alongside.many'));
      const [inserted] = await insertRows(
        em,
        CaseEntity,
        [copy],
        [alongside(AuditEntryEntity, many)],
      );
      expect(inserted.id).toBe(copy.id);
      expect(await em.countBy(AuditEntryEntity, { entityId })).toBe(9_000);
    });
  });

  describe('selectRows', () => {
    it('answers what find answers: where, order, limit, every column type', async () => {
      const registered = await world.register(officer, {
        act: { type: 'PENALTY', amountYuan: 88.8 },
        applicants: [
          { kind: 'PERSON', name: '赵一', idNumber: idNumber('19700101', '111') },
          {
            kind: 'PERSON',
            name: '钱二',
            idNumber: idNumber('19800101', '222'),
            phone: '13800000000',
          },
          { kind: 'PERSON', name: '孙三', idNumber: idNumber('19900101', '333') },
        ],
      });
      await world.read(registered.id); // a case.read audit row besides case.registered
      const em = t.db.manager;
      const id = registered.id;
      expect(await selectRows(em, CaseEntity, { where: { id } })).toStrictEqual(
        await em.find(CaseEntity, { where: { id } }),
      );
      const applicants = await selectRows(em, CaseApplicantEntity, {
        where: { caseId: id },
        orderBy: { position: 'DESC' },
      });
      expect(applicants.map((a) => a.name)).toEqual(['孙三', '钱二', '赵一']);
      expect(applicants).toStrictEqual(
        await em.find(CaseApplicantEntity, { where: { caseId: id }, order: { position: 'DESC' } }),
      );
      const audit = await selectRows(em, AuditEntryEntity, {
        where: { entityType: 'case', entityId: id },
        orderBy: { id: 'DESC' },
        limit: 1,
      });
      expect(audit).toHaveLength(1);
      expect(audit).toStrictEqual(
        await em.find(AuditEntryEntity, {
          where: { entityType: 'case', entityId: id },
          order: { id: 'DESC' },
          take: 1,
        }),
      );
      expect(await selectRows(em, CaseEntity, { where: { id: randomUUID() } })).toEqual([]);
    });

    it('selectRowsWith: each row with its related rows, as find answers them', async () => {
      const officerUser = await world.user('OFFICER');
      const withRows = await world.register(officerUser.token, {
        act: { type: 'PENALTY', amountYuan: 300 },
        applicants: [
          { kind: 'PERSON', name: '周一', idNumber: idNumber('19700101', '444') },
          {
            kind: 'PERSON',
            name: '吴二',
            idNumber: idNumber('19800101', '555'),
            phone: '13900000000',
          },
        ],
      });
      const bare = await world.register(officerUser.token);
      await rolledBack(async (em) => {
        const id = withRows.id;
        const decision = {
          caseId: id,
          type: Outcome.REVOKE,
          reasoning: '事实不清',
          legalBasis: ['《中华人民共和国行政复议法》第六十四条'],
          draftedBy: officerUser.id,
          reviewedBy: officerUser.id,
          reviewComment: '同意',
          decidedOn: '2026-10-09',
          remakeWithinDays: 30,
          agreementRuling: AgreementRuling.REMEDY,
          compensationRuling: CompensationRuling.AWARDED,
          compensationAmountYuan: 1234567.89,
          approvalBasis: ApprovalBasis.ORGAN_HEAD,
          collectiveDiscussionId: null,
          servedOn: '2026-10-12',
          performanceDueOn: null,
          performanceReportedOn: null,
        };
        // Three decisions, the newest RETURNED: the limit keeps it alone.
        await em.save(DecisionEntity, [
          {
            ...decision,
            status: DecisionStatus.APPROVED,
            createdAt: new Date('2026-10-01T01:02:03.456Z'),
          },
          {
            ...decision,
            status: DecisionStatus.DRAFT,
            createdAt: new Date('2026-10-02T01:02:03Z'),
          },
          {
            ...decision,
            // now(), to the microsecond: from JSON it must come back as the driver gives it.
            status: DecisionStatus.RETURNED,
          },
        ]);
        const supplement = {
          caseId: id,
          items: ['身份证明', '处罚决定书'],
          noticeSentOn: '2026-10-08',
          noticeServedOn: '2026-10-09',
          dueOn: '2026-10-19',
          extensionReason: null,
          extendedOn: null,
          status: SupplementStatus.FULFILLED,
          fulfilledOn: '2026-10-10',
          requestedBy: officerUser.id,
        };
        await em.save(SupplementRequestEntity, [
          { ...supplement, createdAt: new Date('2026-10-08T08:00:00Z') },
          {
            ...supplement,
            items: [],
            extensionReason: '在外务工',
            extendedOn: '2026-10-20',
            createdAt: new Date('2026-10-07T08:00:00Z'),
          },
        ]);
        const related = {
          applicants: { target: CaseApplicantEntity, on: 'caseId', orderBy: { position: 'DESC' } },
          supplements: {
            target: SupplementRequestEntity,
            on: 'caseId',
            orderBy: { createdAt: 'ASC' },
          },
          decisions: {
            target: DecisionEntity,
            on: 'caseId',
            orderBy: { createdAt: 'DESC' },
            limit: 1,
          },
        } as const;
        for (const caseId of [id, bare.id]) {
          const [found, ...more] = await selectRowsWith(
            em,
            CaseEntity,
            { where: { id: caseId } },
            related,
          );
          expect(more).toEqual([]);
          expect(found.row).toStrictEqual(await em.findOneByOrFail(CaseEntity, { id: caseId }));
          expect(found.applicants).toStrictEqual(
            await em.find(CaseApplicantEntity, { where: { caseId }, order: { position: 'DESC' } }),
          );
          expect(found.supplements).toStrictEqual(
            await em.find(SupplementRequestEntity, {
              where: { caseId },
              order: { createdAt: 'ASC' },
            }),
          );
          expect(found.decisions).toStrictEqual(
            await em.find(DecisionEntity, {
              where: { caseId },
              order: { createdAt: 'DESC' },
              take: 1,
            }),
          );
        }
        const [full] = await selectRowsWith(em, CaseEntity, { where: { id } }, related);
        expect(full.applicants.map((a) => a.name)).toEqual(['吴二', '周一']);
        expect(full.supplements.map((r) => r.items)).toEqual([[], ['身份证明', '处罚决定书']]);
        expect(full.decisions.map((d) => [d.status, d.compensationAmountYuan])).toEqual([
          [DecisionStatus.RETURNED, 1234567.89],
        ]);
        const [empty] = await selectRowsWith(em, CaseEntity, { where: { id: bare.id } }, related);
        expect([empty.supplements, empty.decisions]).toEqual([[], []]);
        expect(
          await selectRowsWith(em, CaseEntity, { where: { id: randomUUID() } }, related),
        ).toEqual([]);
      });
    });

    it('refuses a null or missing value rather than matching nothing', async () => {
      await expect(
        selectRows(t.db.manager, CaseApplicantEntity, { where: { caseId: undefined } }),
      ).rejects.toThrow('selectRows(case_applicants): caseId is undefined');
    });
  });
});
