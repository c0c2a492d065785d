import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { assertCaseVisible, caseNotFound } from '../access/access.rules';
import { CaseEntity } from '../cases/case.entity';
import { CaseWorkflow } from '../cases/case-workflow';
import { withinRange } from '../cases/rules/date-order.rules';
import { CaseEvent } from '../cases/rules/transitions.rules';
import { CollectiveDiscussionEntity } from './collective-discussion.entity';
import { CollectiveDiscussionDto, CollectiveDiscussionView } from './dto/review.dto';

const toView = (d: CollectiveDiscussionEntity): CollectiveDiscussionView => ({
  id: d.id,
  caseId: d.caseId,
  heldOn: d.heldOn,
  participants: d.participants,
  conclusion: d.conclusion,
  recordedBy: d.recordedBy,
  recordedAt: d.createdAt.toISOString(),
});

/**
 * Collective discussions of a case (集体讨论, ARL 2023 Art. 61 ¶1): one of the two ways a decision
 * is agreed, the other the consent of the organ's head. An approval names the discussion that
 * passed the draft (ReviewService.review); the only writer of `collective_discussions`.
 */
@Injectable()
export class CollectiveDiscussionsService {
  constructor(
    private readonly dataSource: DataSource,
    /** Every change of a case goes through it: RECORD_COLLECTIVE_DISCUSSION, under review only. */
    private readonly cases: CaseWorkflow,
  ) {}

  /** Held during the review: between acceptance and today. */
  async record(
    actor: Actor,
    caseId: string,
    dto: CollectiveDiscussionDto,
  ): Promise<CollectiveDiscussionView> {
    let discussion!: CollectiveDiscussionEntity;
    await this.cases.apply(
      actor,
      caseId,
      CaseEvent.RECORD_COLLECTIVE_DISCUSSION,
      async (c, { em, today }) => {
        withinRange('heldOn', dto.heldOn, c.acceptedOn!, 'acceptedOn', today);
        discussion = await em.save(
          em.create(CollectiveDiscussionEntity, {
            caseId: c.id,
            heldOn: dto.heldOn,
            participants: dto.participants,
            conclusion: dto.conclusion,
            recordedBy: actor.id,
          }),
        );
        return {
          data: {
            collectiveDiscussionId: discussion.id,
            heldOn: dto.heldOn,
            participants: dto.participants,
          },
        };
      },
    );
    return toView(discussion);
  }

  /** The case's discussions, oldest first. */
  async list(actor: Actor, caseId: string): Promise<CollectiveDiscussionView[]> {
    const c = await this.dataSource.getRepository(CaseEntity).findOne({
      select: { id: true, officeId: true },
      where: { id: caseId },
    });
    if (!c) throw caseNotFound();
    assertCaseVisible(actor, c);
    const found = await this.dataSource.getRepository(CollectiveDiscussionEntity).find({
      where: { caseId },
      order: { heldOn: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return found.map(toView);
  }
}
