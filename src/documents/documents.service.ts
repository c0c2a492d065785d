import { Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DataSource, EntityManager, In } from 'typeorm';
import { assertCaseVisible, caseNotFound } from '../access/access.rules';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { CaseEntity } from '../cases/case.entity';
import { CaseWorkflow, TransitionContext } from '../cases/case-workflow';
import { supplementNoticeServed } from '../cases/intake.service';
import { withinRange } from '../cases/rules/date-order.rules';
import { canApply, CaseEvent } from '../cases/rules/transitions.rules';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { MaterialKind } from '../materials/material-kind';
import { MaterialEntity } from '../materials/material.entity';
import { MaterialsService } from '../materials/materials.service';
import { MaterialStorage, StoredObject } from '../materials/storage';
import { answerCopyChange } from '../review/answers.service';
import { approvedDecision, serveDecisionChange } from '../review/decision-follow-up.service';
import { DocumentServiceEntity } from './document-service.entity';
import { DocumentFile, DocumentTemplates, DOCX, generatedFile } from './document-templates';
import { DocumentEntity } from './document.entity';
import { DOCUMENT_KIND_LABELS, DocumentKind, DocumentStatus } from './document.enums';
import { loadDocumentFacts } from './document-facts';
import { DocumentView, DraftDocumentDto, ServeDocumentDto } from './dto/documents.dto';
import { documentNumber, servedOn } from './rules/documents.rules';
import { chineseDate, compose } from './texts';

const documentNotFound = (): AppError => AppError.notFound('document', 'DOCUMENT_NOT_FOUND');

/** The table of the records a kind's document is drawn from, when a case may have several. */
const SUBJECTS: Partial<Record<DocumentKind, { table: string; order: string; where?: string }>> = {
  [DocumentKind.SUPPLEMENT_NOTICE]: { table: 'case_supplement_requests', order: 'created_at' },
  [DocumentKind.HEARING_NOTICE]: { table: 'case_formal_hearings', order: 'created_at' },
  [DocumentKind.SUSPENSION_NOTICE]: { table: 'case_suspensions', order: 'suspended_on' },
  [DocumentKind.RESUMPTION_NOTICE]: {
    table: 'case_suspensions',
    order: 'suspended_on',
    where: 'resumed_on IS NOT NULL',
  },
  [DocumentKind.OPINION_LETTER]: {
    table: 'recommendation_letters',
    order: 'created_at',
    where: `kind = 'OPINION'`,
  },
  [DocumentKind.RECOMMENDATION_LETTER]: {
    table: 'recommendation_letters',
    order: 'created_at',
    where: `kind = 'RECOMMENDATION'`,
  },
};

/**
 * The documents (文书) of a case (docs/domain.md, "Documents and service"): drafted from its
 * records, issued with a number gapless per kind and year and frozen as a material, then served;
 * each write one transaction of the case workflow with its audit row. Who sees a case sees its
 * documents (agents: their office's cases).
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly workflow: CaseWorkflow,
    private readonly templates: DocumentTemplates,
    private readonly storage: MaterialStorage,
    private readonly materials: MaterialsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, caseId: string): Promise<DocumentView[]> {
    const em = this.dataSource.manager;
    await this.visibleCase(em, actor, caseId);
    const docs = await em.find(DocumentEntity, {
      where: { caseId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return this.views(em, docs);
  }

  async draft(actor: Actor, caseId: string, dto: DraftDocumentDto): Promise<DocumentView> {
    let id!: string;
    await this.workflow.apply(actor, caseId, CaseEvent.DRAFT_DOCUMENT, async (_c, { em }) => {
      const subjectId = await this.subjectOf(em, caseId, dto.kind, dto.subjectId ?? null);
      // Composed once now: a case without the records the kind needs is refused at once.
      compose(dto.kind, await this.facts(em, caseId, dto.kind, subjectId));
      if (dto.supersedesId) {
        await this.checkSupersedable(em, caseId, dto.kind, dto.supersedesId, null);
      }
      const saved = await em.save(
        em.create(DocumentEntity, {
          caseId,
          kind: dto.kind,
          subjectId,
          status: DocumentStatus.DRAFT,
          supersedesId: dto.supersedesId ?? null,
          createdBy: actor.id,
          version: 1,
        }),
      );
      id = saved.id;
      return { data: { documentId: id, kind: dto.kind, subjectId } };
    });
    return this.view(id);
  }

  /**
   * The .docx: an issued document's frozen bytes; a draft's generated afresh from the records as
   * they are now, marked as a draft. Who fetched which is audited, as for materials.
   */
  async file(actor: Actor, caseId: string, documentId: string): Promise<DocumentFile> {
    const em = this.dataSource.manager;
    await this.visibleCase(em, actor, caseId);
    const doc = await em.findOneBy(DocumentEntity, { id: documentId, caseId });
    if (!doc) throw documentNotFound();
    await this.audit.recordRead(actor, {
      action: 'document.downloaded',
      entityType: 'case',
      entityId: caseId,
      after: { documentId: doc.id, kind: doc.kind, number: doc.number },
    });
    if (doc.materialId !== null) {
      const m = await em.findOneByOrFail(MaterialEntity, { id: doc.materialId });
      return { file: m, stream: await this.storage.open(m.storageKey) };
    }
    return generatedFile(
      `${DOCUMENT_KIND_LABELS[doc.kind]}（草稿）.docx`,
      await this.render(em, doc, null),
    );
  }

  /** Numbers the draft (gapless per kind and year), freezes its bytes, supersedes what it corrects. */
  async issue(actor: Actor, caseId: string, documentId: string): Promise<DocumentView> {
    let stored: StoredObject | null = null;
    try {
      await this.workflow.apply(
        actor,
        caseId,
        CaseEvent.ISSUE_DOCUMENT,
        async (_c, { em, today }) => {
          const doc = await this.lockedDocument(em, caseId, documentId);
          if (doc.status !== DocumentStatus.DRAFT) {
            throw AppError.conflict('DOCUMENT_ISSUED', `This document was issued as ${doc.number}`);
          }
          if (doc.supersedesId)
            await this.checkSupersedable(em, caseId, doc.kind, doc.supersedesId, doc.id);
          const year = Number(today.slice(0, 4));
          const seq = await this.nextNumber(em, doc.kind, year);
          const number = documentNumber(
            this.templates.settings.numberPrefixes[doc.kind],
            year,
            seq,
          );
          const bytes = await this.render(em, { ...doc, issuedOn: today }, number);
          stored = await this.storage.put(Readable.from(bytes));
          const material = await this.materials.recordStored(
            em,
            actor,
            caseId,
            MaterialKind.DECISION_DOCUMENT,
            {
              ...stored,
              fileName: `${DOCUMENT_KIND_LABELS[doc.kind]}（${number}）.docx`,
              contentType: DOCX,
            },
          );
          await em.update(
            DocumentEntity,
            { id: doc.id },
            {
              status: DocumentStatus.ISSUED,
              number,
              year,
              seq,
              issuedOn: today,
              issuedBy: actor.id,
              materialId: material.id,
              sha256: stored.sha256,
              version: doc.version + 1,
            },
          );
          if (doc.supersedesId) {
            await em.update(
              DocumentEntity,
              { id: doc.supersedesId },
              { status: DocumentStatus.SUPERSEDED, version: () => 'version + 1' },
            );
          }
          return {
            data: {
              documentId: doc.id,
              kind: doc.kind,
              number,
              sha256: stored.sha256,
              materialId: material.id,
              supersedes: doc.supersedesId,
            },
          };
        },
      );
    } catch (e) {
      if (stored) await this.discard((stored as StoredObject).key);
      throw e;
    }
    return this.view(documentId);
  }

  /**
   * One service of an issued document. Serving the 决定书 puts the decision in effect (ARL Art. 75
   * ¶2) and the 答复通知书 starts the respondent's answer period (Arts. 48, 54), as their own routes
   * do; the first service of each feeds its rule.
   */
  async serve(
    actor: Actor,
    caseId: string,
    documentId: string,
    dto: ServeDocumentDto,
  ): Promise<DocumentView> {
    await this.workflow.apply(actor, caseId, CaseEvent.SERVE_DOCUMENT, async (c, ctx) => {
      const doc = await this.lockedDocument(ctx.em, caseId, documentId);
      if (doc.status === DocumentStatus.DRAFT) {
        throw AppError.conflict('DOCUMENT_NOT_ISSUED', 'A draft is issued before it is served');
      }
      if (doc.status === DocumentStatus.SUPERSEDED) {
        throw AppError.conflict(
          'DOCUMENT_SUPERSEDED',
          'This document was corrected: serve the document that supersedes it',
        );
      }
      withinRange('deliveredOn', dto.deliveredOn, doc.issuedOn!, 'issuedOn', ctx.today);
      if (dto.performanceDueOn !== undefined && doc.kind !== DocumentKind.DECISION) {
        throw AppError.invalidField(
          'performanceDueOn',
          'PERFORMANCE_NOT_ORDERED',
          'performanceDueOn goes with the service of a decision',
        );
      }
      if (
        dto.proofMaterialId &&
        !(await ctx.em.existsBy(MaterialEntity, { id: dto.proofMaterialId, caseId }))
      ) {
        throw AppError.invalidField(
          'proofMaterialId',
          'UNKNOWN_MATERIAL',
          'no material of this case has this id',
        );
      }
      const on = servedOn(ctx.cal, dto.method, dto.deliveredOn);
      const first = !(await ctx.em.existsBy(DocumentServiceEntity, { documentId }));
      const saved = await ctx.em.save(
        ctx.em.create(DocumentServiceEntity, {
          documentId,
          method: dto.method,
          recipient: dto.recipient,
          deliveredOn: dto.deliveredOn,
          servedOn: on,
          proofMaterialId: dto.proofMaterialId ?? null,
          recordedBy: actor.id,
        }),
      );
      await ctx.em.update(DocumentEntity, { id: doc.id }, { version: doc.version + 1 });
      // A public notice counts as served thirty days on (CPL Art. 95): recorded when published,
      // it feeds its rule that day ahead, as the law has already fixed it.
      const fed = first
        ? await this.feed(
            c,
            { ...ctx, today: on > ctx.today ? on : ctx.today },
            doc,
            on,
            dto.performanceDueOn,
          )
        : null;
      return {
        set: fed?.set,
        data: {
          documentId,
          kind: doc.kind,
          number: doc.number,
          serviceId: saved.id,
          method: dto.method,
          recipient: dto.recipient,
          deliveredOn: dto.deliveredOn,
          servedOn: on,
          ...(fed ? { fed: fed.data } : {}),
        },
      };
    });
    return this.view(documentId);
  }

  /** The rule a document's first service feeds, when its step's own event may still apply. */
  private async feed(
    c: CaseEntity,
    ctx: TransitionContext,
    doc: DocumentEntity,
    on: string,
    performanceDueOn?: string,
  ): Promise<{ set?: Partial<CaseEntity>; data?: Record<string, unknown> } | null> {
    if (doc.kind === DocumentKind.DECISION && canApply(c.status, CaseEvent.SERVE_DECISION)) {
      // Served already (on another party, or by its own route): the first service stands.
      if ((await approvedDecision(ctx.em, c.id)).servedOn !== null) return null;
      return serveDecisionChange(c, ctx, {
        servedOn: on,
        ...(performanceDueOn !== undefined ? { performanceDueOn } : {}),
      });
    }
    if (doc.kind === DocumentKind.SUPPLEMENT_NOTICE) {
      return supplementNoticeServed(c, ctx, doc.subjectId!, on);
    }
    if (doc.kind === DocumentKind.ANSWER_NOTICE && canApply(c.status, CaseEvent.SEND_ANSWER_COPY)) {
      return answerCopyChange(c, ctx, {
        ...(c.answerCopySentOn === null ? { sentOn: doc.issuedOn! } : {}),
        receivedOn: on,
      });
    }
    return null;
  }

  private async render(
    em: EntityManager,
    doc: DocumentEntity,
    number: string | null,
  ): Promise<Buffer> {
    const c = compose(doc.kind, await this.facts(em, doc.caseId, doc.kind, doc.subjectId));
    return this.templates.render(doc.kind, c, {
      number,
      date: chineseDate(doc.issuedOn ?? this.clock.today()),
    });
  }

  private facts(em: EntityManager, caseId: string, kind: DocumentKind, subjectId: string | null) {
    return loadDocumentFacts(em, caseId, kind, subjectId, this.templates.settings.organName);
  }

  /** The record a document is for: the one named (it must be this case's), or the latest. */
  private async subjectOf(
    em: EntityManager,
    caseId: string,
    kind: DocumentKind,
    subjectId: string | null,
  ): Promise<string | null> {
    const s = SUBJECTS[kind];
    if (!s) {
      if (subjectId !== null) {
        throw AppError.invalidField('subjectId', 'NO_SUBJECT', 'this kind has one per case');
      }
      return null;
    }
    const rows = await em.query<{ id: string }[]>(
      `SELECT id FROM ${s.table} WHERE case_id = $1 ${s.where ? `AND ${s.where}` : ''}
         ${subjectId ? 'AND id = $2' : ''} ORDER BY ${s.order} DESC, id DESC LIMIT 1`,
      subjectId ? [caseId, subjectId] : [caseId],
    );
    if (rows.length === 0) {
      if (subjectId !== null) {
        throw AppError.invalidField('subjectId', 'UNKNOWN_SUBJECT', 'no such record of this case');
      }
      throw AppError.conflict(
        'DOCUMENT_NOT_AVAILABLE',
        `The case has no record a ${kind} is drawn from`,
      );
    }
    return rows[0].id;
  }

  private async checkSupersedable(
    em: EntityManager,
    caseId: string,
    kind: DocumentKind,
    supersedesId: string,
    /** The correction itself, when it is the one being issued. */
    self: string | null,
  ): Promise<void> {
    const old = await em.findOneBy(DocumentEntity, { id: supersedesId, caseId });
    if (!old || old.kind !== kind || old.status !== DocumentStatus.ISSUED) {
      throw AppError.invalidField(
        'supersedesId',
        'NOT_SUPERSEDABLE',
        'only an issued document of the same kind and case, not corrected yet, is superseded',
      );
    }
    // One correction each (case_documents_supersedes_key): checked here, as inside the case
    // workflow a unique violation answers CASE_VERSION_CONFLICT, which a retry never clears.
    const correction = await em.findOne(DocumentEntity, {
      select: { id: true },
      where: { supersedesId },
    });
    if (correction && correction.id !== self) {
      throw AppError.conflict('ALREADY_SUPERSEDED', 'That document has a correction already');
    }
  }

  /** The next number of `kind` in `year`; the row stays locked until the transaction ends. */
  private async nextNumber(em: EntityManager, kind: DocumentKind, year: number): Promise<number> {
    const [row] = await em.query<{ last_seq: number }[]>(
      `INSERT INTO document_number_counters AS k (kind, year, last_seq) VALUES ($1, $2, 1)
       ON CONFLICT (kind, year) DO UPDATE SET last_seq = k.last_seq + 1
       RETURNING last_seq`,
      [kind, year],
    );
    return row.last_seq;
  }

  private async lockedDocument(
    em: EntityManager,
    caseId: string,
    documentId: string,
  ): Promise<DocumentEntity> {
    const doc = await em.findOne(DocumentEntity, {
      where: { id: documentId, caseId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!doc) throw documentNotFound();
    return doc;
  }

  private async visibleCase(em: EntityManager, actor: Actor, caseId: string): Promise<void> {
    const c = await em.findOne(CaseEntity, {
      select: { id: true, officeId: true },
      where: { id: caseId },
    });
    if (!c) throw caseNotFound();
    assertCaseVisible(actor, c);
  }

  private async view(id: string): Promise<DocumentView> {
    const em = this.dataSource.manager;
    return (await this.views(em, [await em.findOneByOrFail(DocumentEntity, { id })]))[0];
  }

  private async views(em: EntityManager, docs: DocumentEntity[]): Promise<DocumentView[]> {
    const services = docs.length
      ? await em.find(DocumentServiceEntity, {
          where: { documentId: In(docs.map((d) => d.id)) },
          order: { recordedAt: 'ASC', id: 'ASC' },
        })
      : [];
    return docs.map((d) => ({
      id: d.id,
      caseId: d.caseId,
      kind: d.kind,
      title: DOCUMENT_KIND_LABELS[d.kind],
      subjectId: d.subjectId,
      status: d.status,
      number: d.number,
      issuedOn: d.issuedOn,
      materialId: d.materialId,
      sha256: d.sha256,
      supersedesId: d.supersedesId,
      services: services
        .filter((s) => s.documentId === d.id)
        .map((s) => ({
          id: s.id,
          method: s.method,
          recipient: s.recipient,
          deliveredOn: s.deliveredOn,
          servedOn: s.servedOn,
          proofMaterialId: s.proofMaterialId,
          recordedAt: s.recordedAt.toISOString(),
        })),
      createdAt: d.createdAt.toISOString(),
      version: d.version,
    }));
  }

  /** Best effort: a file left behind is only wasted space, never a document nobody can see. */
  private async discard(key: string): Promise<void> {
    try {
      await this.storage.remove(key);
    } catch (e) {
      this.logger.error({ err: e, key }, 'Could not remove a stored file after a failed issue');
    }
  }
}
