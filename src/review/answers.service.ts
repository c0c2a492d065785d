import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '../access/actor';
import { assertCaseVisible, caseNotFound } from '../access/access.rules';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { LocalDate } from '../common/local-date';
import { CaseEntity } from '../cases/case.entity';
import { CaseQueriesService } from '../cases/case-queries.service';
import { CaseWorkflow, TransitionChange, TransitionContext } from '../cases/case-workflow';
import { CaseView } from '../cases/dto/case.view';
import { withinRange } from '../cases/rules/date-order.rules';
import { answerCopyDueOn, answerDueOn, isAnswerLate } from '../cases/rules/deadlines.rules';
import { CaseEvent } from '../cases/rules/transitions.rules';
import { MaterialEntity } from '../materials/material.entity';
import { AnswerCopyDto, AnswerDto, AnswerItemDto, AnswerView } from './dto/answer.dto';
import { AnswerItem, RespondentAnswerEntity } from './respondent-answer.entity';

export const answerNotFound = (): AppError =>
  AppError.notFound("the respondent's answer", 'ANSWER_NOT_FOUND');

/** A date of the copy recorded already, and another one sent now: recorded dates do not change. */
const differsFromRecorded = (code: string, field: string, recorded: LocalDate): AppError =>
  AppError.conflict(code, `${field} was recorded as ${recorded} and cannot be changed`, [
    {
      field,
      code,
      message: `${field} was recorded as ${recorded}`,
      i18n: { params: { limit: recorded } },
    },
  ]);

const copyNotReceived = (): AppError =>
  AppError.conflict(
    'ANSWER_COPY_NOT_RECEIVED',
    "The respondent's receipt of the application's copy is not recorded: the answer period has not begun (Art. 48)",
  );

const answerAlreadyRecorded = (): AppError =>
  AppError.conflict('ANSWER_ALREADY_RECORDED', "The respondent's answer is recorded already");

/** The call repeats what is recorded: nothing to change, no event. */
class NothingNew extends Error {}

const item = (i: AnswerItemDto): AnswerItem => ({
  title: i.title,
  materialId: i.materialId?.toLowerCase() ?? null,
});

function toAnswerView(
  a: RespondentAnswerEntity,
  c: Pick<
    CaseEntity,
    'answerCopyDueOn' | 'answerCopySentOn' | 'answerCopyReceivedOn' | 'answerDueOn' | 'answeredOn'
  >,
  today: LocalDate,
): AnswerView {
  return {
    id: a.id,
    caseId: a.caseId,
    answeredOn: a.answeredOn,
    summary: a.summary,
    evidence: a.evidence.map((i) => ({ title: i.title, materialId: i.materialId })),
    basis: a.basis.map((i) => ({ title: i.title, materialId: i.materialId })),
    recordedBy: a.recordedBy,
    recordedAt: a.createdAt.toISOString(),
    answerCopyDueOn: c.answerCopyDueOn,
    // An answer is recorded only after the copy's receipt: these are set.
    answerCopySentOn: c.answerCopySentOn!,
    answerCopyReceivedOn: c.answerCopyReceivedOn!,
    answerDueOn: c.answerDueOn!,
    late: isAnswerLate({ answerDueOn: c.answerDueOn, answeredOn: a.answeredOn }, today),
  };
}

/**
 * The sending of the copy of the application to the respondent and, when known, its receipt, from
 * which the respondent's answer period runs (Arts. 48, 54), each recorded once: a repeat of what is
 * recorded is no change (null), a date other than the one recorded is refused. Also what serving
 * the answer notice (提出答复通知书) that goes with the copy records (documents/).
 */
export function answerCopyChange(
  c: CaseEntity,
  { cal, today }: Pick<TransitionContext, 'cal' | 'today'>,
  dto: AnswerCopyDto,
): TransitionChange | null {
  if (
    c.answerCopySentOn !== null &&
    dto.sentOn !== undefined &&
    dto.sentOn !== c.answerCopySentOn
  ) {
    throw differsFromRecorded('ANSWER_COPY_ALREADY_SENT', 'sentOn', c.answerCopySentOn);
  }
  if (
    c.answerCopyReceivedOn !== null &&
    dto.receivedOn !== undefined &&
    dto.receivedOn !== c.answerCopyReceivedOn
  ) {
    throw differsFromRecorded('ANSWER_COPY_ALREADY_RECEIVED', 'receivedOn', c.answerCopyReceivedOn);
  }
  const sentOn = c.answerCopySentOn ?? dto.sentOn;
  if (sentOn === undefined) {
    throw AppError.invalidField(
      'sentOn',
      'REQUIRED',
      'sentOn is required until the sending of the copy is recorded',
    );
  }
  // Under review or suspended: accepted, so both are set.
  const acceptedOn = c.acceptedOn!;
  const procedure = c.procedure!;
  const set: Partial<CaseEntity> = {};
  const data: Record<string, unknown> = {};
  if (c.answerCopySentOn === null) {
    withinRange('sentOn', sentOn, acceptedOn, 'acceptedOn', today);
    // Cases accepted before the clock was kept get their last day now.
    const due = c.answerCopyDueOn ?? answerCopyDueOn(cal, acceptedOn, procedure);
    Object.assign(set, { answerCopySentOn: sentOn, answerCopyDueOn: due });
    Object.assign(data, { sentOn, answerCopyDueOn: due, late: sentOn > due });
  }
  if (dto.receivedOn !== undefined && c.answerCopyReceivedOn === null) {
    withinRange('receivedOn', dto.receivedOn, sentOn, 'sentOn', today);
    const due = answerDueOn(cal, dto.receivedOn, procedure);
    Object.assign(set, { answerCopyReceivedOn: dto.receivedOn, answerDueOn: due });
    Object.assign(data, { receivedOn: dto.receivedOn, answerDueOn: due });
  }
  return Object.keys(set).length === 0 ? null : { set, data };
}

/**
 * The respondent's answer (Art. 48; simplified Art. 54): the copy of the application sent to the
 * respondent and its receipt, which starts the answer period, and the written answer with its
 * evidence and basis. A late answer (Art. 70) is flagged, never refused: the office records what
 * happened and the decision drafter weighs it.
 */
@Injectable()
export class AnswersService {
  constructor(
    private readonly dataSource: DataSource,
    /** Every change of a case goes through it. */
    private readonly cases: CaseWorkflow,
    private readonly queries: CaseQueriesService,
    private readonly clock: Clock,
  ) {}

  /**
   * Records the sending of the copy and, when known, its receipt, each once (PUT-like): a repeat
   * of what is recorded changes nothing and answers the case; a later call may add the receipt;
   * a date other than the one recorded is refused. A copy sent after its last day is recorded
   * with `late: true` in the timeline (the office was late; the law attaches no sanction here).
   */
  async recordCopy(actor: Actor, id: string, dto: AnswerCopyDto): Promise<CaseView> {
    try {
      return await this.cases.change(actor, id, CaseEvent.SEND_ANSWER_COPY, (c, ctx) => {
        const change = answerCopyChange(c, ctx, dto);
        if (change === null) throw new NothingNew();
        return change;
      });
    } catch (e) {
      // Rolled back: no version, no timeline entry. The case as it stands is the answer.
      if (e instanceof NothingNew) return this.queries.get(actor, id);
      throw e;
    }
  }

  /**
   * Records the respondent's written answer, once, after the copy's receipt is recorded. Its
   * materials must be this case's. The timeline says whether it came late (Art. 70).
   */
  async recordAnswer(actor: Actor, id: string, dto: AnswerDto): Promise<AnswerView> {
    let answer!: RespondentAnswerEntity;
    let today!: LocalDate;
    const c = await this.cases.apply(actor, id, CaseEvent.RECORD_ANSWER, async (c, ctx) => {
      const { em } = ctx;
      today = ctx.today;
      if (c.answeredOn !== null || (await em.existsBy(RespondentAnswerEntity, { caseId: c.id }))) {
        throw answerAlreadyRecorded();
      }
      if (c.answerCopyReceivedOn === null) throw copyNotReceived();
      withinRange(
        'answeredOn',
        dto.answeredOn,
        c.answerCopyReceivedOn,
        'answerCopyReceivedOn',
        today,
      );
      await assertMaterialsOfCase(em, c.id, dto);
      answer = await em.save(
        em.create(RespondentAnswerEntity, {
          caseId: c.id,
          answeredOn: dto.answeredOn,
          summary: dto.summary,
          evidence: dto.evidence.map(item),
          basis: dto.basis.map(item),
          recordedBy: actor.id,
        }),
      );
      return {
        set: { answeredOn: dto.answeredOn },
        data: {
          answerId: answer.id,
          answeredOn: dto.answeredOn,
          answerDueOn: c.answerDueOn,
          late: isAnswerLate({ answerDueOn: c.answerDueOn, answeredOn: dto.answeredOn }, today),
          evidence: dto.evidence.length,
          basis: dto.basis.length,
        },
      };
    });
    return toAnswerView(answer, c, today);
  }

  /** The answer of a case the actor may see; 404 ANSWER_NOT_FOUND while none is recorded. */
  async get(actor: Actor, id: string): Promise<AnswerView> {
    const c = await this.dataSource.getRepository(CaseEntity).findOneBy({ id });
    if (!c) throw caseNotFound();
    assertCaseVisible(actor, c);
    const a = await this.dataSource.getRepository(RespondentAnswerEntity).findOneBy({ caseId: id });
    if (!a) throw answerNotFound();
    return toAnswerView(a, c, this.clock.today());
  }
}

/** Every materialId of the answer names a material of this case (400 on the first that does not). */
async function assertMaterialsOfCase(
  em: EntityManager,
  caseId: string,
  dto: AnswerDto,
): Promise<void> {
  const items = [
    ...dto.evidence.map((i, n) => ({ field: `evidence[${n}].materialId`, id: i.materialId })),
    ...dto.basis.map((i, n) => ({ field: `basis[${n}].materialId`, id: i.materialId })),
  ].filter((i): i is { field: string; id: string } => typeof i.id === 'string');
  if (items.length === 0) return;
  const found = await em.find(MaterialEntity, {
    select: { id: true },
    where: { caseId, id: In([...new Set(items.map((i) => i.id))]) },
  });
  const known = new Set(found.map((m) => m.id.toLowerCase()));
  const unknown = items.find((i) => !known.has(i.id.toLowerCase()));
  if (unknown) {
    throw AppError.invalidField(
      unknown.field,
      'UNKNOWN_MATERIAL',
      `${unknown.field}: no material of this case has this id`,
    );
  }
}
