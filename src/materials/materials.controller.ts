import { Controller, Get, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { describeLabels } from '../common/enum-labels';
import { IdParam } from '../common/id-param';
import { ApiPage, Page, PageQuery } from '../common/pagination';
import { Role } from '../access/role';
import { MaterialView } from './dto/material.view';
import { ALLOWED_TYPES_TEXT } from './file-type';
import { downloadHeaders } from './download-headers';
import { MATERIAL_KIND_LABELS, MaterialKind } from './material-kind';
import { MaterialsService } from './materials.service';
import { multipartForm } from './multipart-form';

/** The readers of GET /cases/:id; liaisons of agencies do not see reconsideration files. */
export const CASE_READERS = [Role.ADMIN, Role.REVIEWER, Role.OFFICER, Role.AGENT, Role.VIEWER];
/**
 * Who downloads a material's file: the readers of a case but VIEWER. Files are raw (ID cards,
 * decisions with ID numbers); a VIEWER sees parties' personal data masked (docs/domain.md, "Roles
 * and scopes"), which no file can be, so a VIEWER sees the list of materials, not their contents.
 */
export const FILE_READERS = [Role.ADMIN, Role.REVIEWER, Role.OFFICER, Role.AGENT];

@ApiTags('cases')
@ApiNotFoundResponse({
  description:
    'CASE_NOT_FOUND (no such case, or one of another office for agents), MATERIAL_NOT_FOUND',
})
@Controller('cases/:id/materials')
export class MaterialsController {
  constructor(private readonly materials: MaterialsService) {}

  @Post()
  @ApiOperation({ summary: '上传案件材料 / Upload a case material' })
  @Authenticated(Role.AGENT, Role.OFFICER, Role.REVIEWER)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: `One file; allowed: ${ALLOWED_TYPES_TEXT} (checked by content)`,
        },
        kind: {
          type: 'string',
          enum: Object.values(MaterialKind),
          description: describeLabels(MATERIAL_KIND_LABELS),
        },
      },
    },
  })
  @ApiCreatedResponse({ type: MaterialView })
  @ApiConflictResponse({ description: 'CASE_STATE_CONFLICT: the case is closed' })
  @ApiPayloadTooLargeResponse({ description: 'FILE_TOO_LARGE: beyond MAX_UPLOAD_MB' })
  @ApiUnsupportedMediaTypeResponse({
    description: `UNSUPPORTED_FILE_TYPE: not ${ALLOWED_TYPES_TEXT}`,
  })
  attach(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Req() req: FastifyRequest,
  ): Promise<MaterialView> {
    return this.materials.attach(actor, id, multipartForm(req));
  }

  @Get()
  @ApiOperation({ summary: '案件材料列表 / List case materials' })
  @Authenticated(...CASE_READERS)
  @ApiPage(MaterialView)
  list(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @Query() query: PageQuery,
  ): Promise<Page<MaterialView>> {
    return this.materials.list(actor, id, query);
  }

  @Get(':mid')
  @ApiOperation({ summary: '下载案件材料 / Download a case material' })
  @Authenticated(...FILE_READERS)
  @ApiOkResponse({
    description:
      'The file in the content type it was checked as (PDF, image, …), as an attachment under its original name (RFC 6266/5987); ETag and Repr-Digest carry its SHA-256',
    content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
  })
  async download(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('mid') mid: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { material, stream } = await this.materials.download(actor, id, mid);
    void reply.headers(downloadHeaders(material));
    return new StreamableFile(stream);
  }
}
