import { Body, Controller, Get, HttpCode, Post, Res, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { Role } from '../access/role';
import { IdParam } from '../common/id-param';
import { downloadHeaders } from '../materials/download-headers';
import { CASE_READERS, FILE_READERS } from '../materials/materials.controller';
import { DocumentView, DraftDocumentDto, ServeDocumentDto } from './dto/documents.dto';
import { DOCX } from './document-templates';
import { DocumentsService } from './documents.service';

/** The office drafts and issues; a filing point's agent may also record serving on a villager. */
const WRITERS = [Role.OFFICER, Role.REVIEWER];
const SERVERS = [Role.OFFICER, Role.REVIEWER, Role.AGENT];

/** A case's documents (文书): the notices, decisions and letters the office issues and serves. */
@ApiTags('cases')
@ApiNotFoundResponse({
  description:
    'CASE_NOT_FOUND (no such case, or one of another office for agents), DOCUMENT_NOT_FOUND',
})
@Controller('cases/:id/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @ApiOperation({ summary: '案件文书列表 / List the documents of a case' })
  @Authenticated(...CASE_READERS)
  @ApiOkResponse({ type: [DocumentView] })
  list(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<DocumentView[]> {
    return this.documents.list(actor, id);
  }

  @Post()
  @ApiOperation({ summary: '起草文书 / Draft a document from the case records' })
  @Authenticated(...WRITERS)
  @ApiCreatedResponse({ type: DocumentView })
  @ApiConflictResponse({ description: 'DOCUMENT_NOT_AVAILABLE (the case lacks the records)' })
  draft(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Body() dto: DraftDocumentDto,
  ): Promise<DocumentView> {
    return this.documents.draft(actor, id, dto);
  }

  @Get(':did/file')
  @ApiOperation({ summary: '下载文书 / Download a document (.docx)' })
  @Authenticated(...FILE_READERS)
  @ApiOkResponse({
    description:
      'The .docx: an issued document’s frozen bytes (ETag and Repr-Digest carry their SHA-256), or a draft generated from the records as they are now',
    content: {
      [DOCX]: {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  async file(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('did') did: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { file, stream } = await this.documents.file(actor, id, did);
    void reply.headers(downloadHeaders(file));
    return new StreamableFile(stream);
  }

  @Post(':did/issue')
  @ApiOperation({ summary: '印发文书 / Issue: number (文号) and freeze the document' })
  @HttpCode(200)
  @Authenticated(...WRITERS)
  @ApiOkResponse({ type: DocumentView })
  @ApiConflictResponse({ description: 'DOCUMENT_ISSUED' })
  issue(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('did') did: string,
  ): Promise<DocumentView> {
    return this.documents.issue(actor, id, did);
  }

  @Post(':did/services')
  @ApiOperation({ summary: '登记送达 / Record the service of an issued document' })
  @Authenticated(...SERVERS)
  @ApiCreatedResponse({ type: DocumentView })
  @ApiConflictResponse({ description: 'DOCUMENT_NOT_ISSUED, DOCUMENT_SUPERSEDED' })
  serve(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('did') did: string,
    @Body() dto: ServeDocumentDto,
  ): Promise<DocumentView> {
    return this.documents.serve(actor, id, did, dto);
  }
}
