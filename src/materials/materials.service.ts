import { Injectable, Logger } from '@nestjs/common';
import * as path from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { assertCaseVisible, caseNotFound } from '../access/access.rules';
import { CaseEvent, canApply, IllegalTransitionError } from '../cases/rules/transitions.rules';
import { CaseWorkflow, stateConflict } from '../cases/case-workflow';
import { CaseEntity } from '../cases/case.entity';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { decodeCursor, Page, PageQuery, toPage } from '../common/pagination';
import { MaterialView } from './dto/material.view';
import { FileTypeCheck } from './file-type-check';
import { isMaterialKind, MaterialKind } from './material-kind';
import { MaterialEntity } from './material.entity';
import { FormPart } from './multipart-form';
import { MaterialStorage, StoredObject, StoredObjectMissingError } from './storage';

type FilePart = Extract<FormPart, { type: 'file' }>;

export interface StoredFile extends StoredObject {
  fileName: string;
  contentType: string;
}

export interface Download {
  material: MaterialView;
  stream: Readable;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KINDS = Object.values(MaterialKind).join(', ');
/** Control characters, and the bidi overrides that can disguise an extension. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const MAX_NAME_CHARS = 255;
/** Concurrent changes of one case each cost the losers one more try. */

export const materialNotFound = (): AppError => AppError.notFound('material', 'MATERIAL_NOT_FOUND');

export function toMaterialView(m: MaterialEntity): MaterialView {
  return {
    id: m.id,
    kind: m.kind,
    fileName: m.fileName,
    contentType: m.contentType,
    sizeBytes: m.sizeBytes,
    sha256: m.sha256,
    uploadedAt: m.uploadedAt.toISOString(),
    uploadedBy: m.uploadedBy,
  };
}

/**
 * The name to keep: no path, no control characters, at most 255 characters with the extension
 * kept; a nameless file is called after its type.
 */
export function cleanFileName(raw: string, fallbackExtension: string): string {
  const name = path
    .basename(raw.replace(/\\/g, '/'))
    .replace(UNSAFE_NAME_CHARS, '')
    .normalize('NFC')
    .trim();
  if (name === '' || name === '.' || name === '..') return `material${fallbackExtension}`;
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME_CHARS) return name;
  const ext = Array.from(path.extname(name)).slice(0, 16);
  return [...chars.slice(0, MAX_NAME_CHARS - ext.length), ...ext].join('');
}

function checkKind(value: string): MaterialKind {
  if (!isMaterialKind(value)) {
    throw AppError.invalidField('kind', 'IS_ENUM', `kind must be one of: ${KINDS}`);
  }
  return value;
}

/** Case materials (案件材料): attach while the case is open, list, download. */
@Injectable()
export class MaterialsService {
  private readonly logger = new Logger(MaterialsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly workflow: CaseWorkflow,
    private readonly storage: MaterialStorage,
    private readonly audit: AuditService,
  ) {}

  /**
   * Reads the form (`file` and `kind`, in either order), stores the file, then records it and
   * the ATTACH_MATERIAL event in one transaction. Whatever fails after the file was stored
   * removes it again, so a refused upload leaves neither a row nor a file.
   */
  async attach(actor: Actor, caseId: string, form: AsyncIterable<FormPart>): Promise<MaterialView> {
    // Refuse before reading a byte when the answer cannot be yes (checked again in the transaction).
    await this.openCase(actor, caseId);
    let stored: StoredFile | null = null;
    try {
      let kind: MaterialKind | null = null;
      for await (const part of form) {
        if (part.type === 'field') {
          if (part.name !== 'kind') {
            throw AppError.invalidField(
              part.name.slice(0, 100),
              'UNKNOWN_FIELD',
              'this form has the fields file and kind only',
            );
          }
          if (kind !== null) throw AppError.invalidField('kind', 'DUPLICATE', 'kind is given once');
          kind = checkKind(part.value);
        } else {
          if (part.name !== 'file') {
            part.stream.destroy();
            throw AppError.invalidField(
              part.name.slice(0, 100),
              'UNKNOWN_FIELD',
              'the file goes in the field named file',
            );
          }
          stored = await this.store(part);
        }
      }
      if (stored === null) {
        throw AppError.invalidField('file', 'REQUIRED', 'file is required (a multipart file part)');
      }
      if (kind === null)
        throw AppError.invalidField('kind', 'REQUIRED', `kind is required: ${KINDS}`);
      return await this.record(actor, caseId, kind, stored);
    } catch (e) {
      if (stored !== null) await this.discard(stored.key);
      throw e;
    }
  }

  async list(actor: Actor, caseId: string, q: PageQuery): Promise<Page<MaterialView>> {
    await this.visibleCase(actor, caseId);
    const after = decodeCursor(q.cursor, ['uuid']);
    const qb = this.dataSource
      .getRepository(MaterialEntity)
      .createQueryBuilder('m')
      .where('m.caseId = :caseId', { caseId })
      .orderBy('m.uploadedAt', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(q.limit + 1);
    if (after) {
      const [afterId] = after;
      if (typeof afterId !== 'string' || !UUID.test(afterId)) {
        throw AppError.invalidField(
          'cursor',
          'INVALID_CURSOR',
          'cursor is not one this API issued',
        );
      }
      // The keyset position is read back from the row: timestamps carry microseconds, JSON does not.
      qb.andWhere(
        '(m.uploadedAt, m.id) > (SELECT p.uploaded_at, p.id FROM case_materials p WHERE p.id = :afterId)',
        { afterId },
      );
    }
    const rows = await qb.getMany();
    return toPage(rows, q.limit, (m) => [m.id], toMaterialView);
  }

  /**
   * The file of a material. Materials may hold ID numbers and the like: who downloaded which is
   * audited (`material.downloaded`, entity the case, so that a case's readers are found in one
   * place; one INSERT, no transaction) before a byte is served.
   */
  async download(actor: Actor, caseId: string, materialId: string): Promise<Download> {
    await this.visibleCase(actor, caseId);
    const m = await this.dataSource
      .getRepository(MaterialEntity)
      .findOneBy({ id: materialId, caseId });
    if (!m) throw materialNotFound();
    await this.audit.recordRead(actor, {
      action: 'material.downloaded',
      entityType: 'case',
      entityId: caseId,
      after: { materialId: m.id, kind: m.kind },
    });
    try {
      return { material: toMaterialView(m), stream: await this.storage.open(m.storageKey) };
    } catch (e) {
      if (e instanceof StoredObjectMissingError) {
        // The row says the file exists: storage lost it. An operator must restore it from backup.
        this.logger.error(`Material ${m.id} has no stored file (${m.storageKey})`);
        throw new AppError(500, 'MATERIAL_FILE_MISSING', 'The file of this material is missing');
      }
      throw e;
    }
  }

  /** The case, visible to `actor` (404 otherwise) and open to new material (409 otherwise). */
  private async openCase(actor: Actor, caseId: string): Promise<void> {
    const c = await this.visibleCase(actor, caseId);
    if (!canApply(c.status, CaseEvent.ATTACH_MATERIAL)) {
      throw stateConflict(new IllegalTransitionError(CaseEvent.ATTACH_MATERIAL, c.status));
    }
  }

  private async visibleCase(
    actor: Actor,
    caseId: string,
  ): Promise<Pick<CaseEntity, 'id' | 'officeId' | 'status'>> {
    const c = await this.dataSource.getRepository(CaseEntity).findOne({
      select: { id: true, officeId: true, status: true },
      where: { id: caseId },
    });
    if (!c) throw caseNotFound();
    assertCaseVisible(actor, c);
    return c;
  }

  /** Checks the type from the first bytes while streaming the file into storage. */
  private async store(part: FilePart): Promise<StoredFile> {
    const check = new FileTypeCheck(part.fileName, part.declaredType);
    // Errors of either stream destroy both; storage sees them as the source failing.
    const checked = pipeline(part.stream, check, () => undefined);
    const object = await this.storage.put(checked);
    return {
      ...object,
      contentType: check.type.contentType,
      fileName: cleanFileName(part.fileName, check.type.extension),
    };
  }

  private async record(
    actor: Actor,
    caseId: string,
    kind: MaterialKind,
    file: StoredFile,
  ): Promise<MaterialView> {
    const saved: { material?: MaterialEntity } = {};
    await this.workflow.apply(actor, caseId, CaseEvent.ATTACH_MATERIAL, async (_c, { em }) => {
      const material = await this.recordStored(em, actor, caseId, kind, file);
      saved.material = material;
      return {
        data: {
          materialId: material.id,
          kind,
          fileName: file.fileName,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
        },
      };
    });
    return toMaterialView(saved.material!);
  }

  /**
   * A stored file recorded as a material of the case, in the caller's transaction of that case
   * (`em`), whose audit row says so: an upload, or a file the system made (an issued document,
   * documents/).
   */
  async recordStored(
    em: EntityManager,
    actor: Actor,
    caseId: string,
    kind: MaterialKind,
    file: StoredFile,
  ): Promise<MaterialEntity> {
    return em.save(
      em.create(MaterialEntity, {
        caseId,
        kind,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.sizeBytes,
        sha256: file.sha256,
        storageKey: file.key,
        uploadedBy: actor.id,
      }),
    );
  }

  /** Best effort: a file left behind is only wasted space, never a material nobody can see. */
  private async discard(key: string): Promise<void> {
    try {
      await this.storage.remove(key);
    } catch (e) {
      this.logger.error({ err: e, key }, 'Could not remove a stored file after a failed upload');
    }
  }
}
