import { Body, Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import { scopeOf } from '../access/access.rules';
import {
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor } from '../access/actor';
import { Authenticated, CurrentActor } from '../access/authenticated.decorator';
import { AppError } from '../common/app-error';
import { Role } from '../access/role';
import {
  ExportQuery,
  LitigationQuery,
  PeriodQuery,
  ReconsiderationQuery,
  SnapshotPeriodDto,
  SnapshotQuery,
  YearQuery,
} from './dto/statistics.dto';
import {
  LitigationReportView,
  ReconsiderationReportView,
  SnapshotJobView,
  SnapshotView,
} from './dto/statistics.view';
import { LitigationFigures, ReconsiderationFigures } from './rules/figures.rules';
import { renderYearReport } from './report-text';
import { SnapshotEntity } from './snapshot.entity';
import { SnapshotsService } from './snapshots.service';
import { litigationSheet, reconsiderationSheet, toCsv, toXlsx } from './spreadsheet';
import { Report, StatisticsService } from './statistics.service';

const READERS = [Role.ADMIN, Role.REVIEWER, Role.OFFICER, Role.VIEWER, Role.AGENT];
/** Litigation has no filing office to confine an agent to. */
const LITIGATION_READERS = [Role.ADMIN, Role.REVIEWER, Role.OFFICER, Role.VIEWER];

function checkPeriod(q: PeriodQuery): void {
  if (q.from > q.to) throw AppError.invalidField('to', 'PERIOD_REVERSED', 'to is before from');
  if (Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) > 10) {
    throw AppError.invalidField('from', 'PERIOD_TOO_LONG', 'a period spans at most ten years');
  }
}

@ApiTags('statistics')
@Controller('statistics')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly snapshots: SnapshotsService,
  ) {}

  @Get('reconsideration')
  @ApiOperation({ summary: '行政复议统计 / Reconsideration figures' })
  @Authenticated(...READERS)
  @ApiOkResponse({
    type: ReconsiderationReportView,
    description: 'The figures of docs/domain.md, total and per group',
  })
  reconsideration(
    @CurrentActor() actor: Actor,
    @Query() q: ReconsiderationQuery,
  ): Promise<Report<ReconsiderationFigures>> {
    checkPeriod(q);
    return this.statistics.reconsideration(
      scopeOf(actor).officeId,
      q.from,
      q.to,
      q.groupBy ?? null,
    );
  }

  @Get('litigation')
  @ApiOperation({ summary: '行政应诉统计 / Litigation figures' })
  @Authenticated(...LITIGATION_READERS)
  @ApiOkResponse({
    type: LitigationReportView,
    description: 'Lawsuits, reminder letters, hearings, head attendance, losses',
  })
  litigation(@Query() q: LitigationQuery): Promise<Report<LitigationFigures>> {
    checkPeriod(q);
    return this.statistics.litigation(q.from, q.to, q.groupBy ?? null);
  }

  @Get('report')
  @ApiOperation({ summary: '法治政府建设年度报告段落 / The yearly report paragraph' })
  @Authenticated(...READERS)
  @Header('content-type', 'text/plain; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'The yearly paragraph of the rule-of-law report, in Chinese',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  async report(@CurrentActor() actor: Actor, @Query() q: YearQuery): Promise<string> {
    const [from, to] = [`${q.year}-01-01`, `${q.year}-12-31`];
    const scope = scopeOf(actor).officeId;
    const r = await this.statistics.reconsideration(scope, from, to, null);
    // An agent may not read the district's litigation figures (403 above): not here either.
    const l = scope === null ? (await this.statistics.litigation(from, to, null)).total : null;
    return renderYearReport(q.year, r.total, l);
  }

  @Get('export')
  @ApiOperation({ summary: '导出统计表 / Export the figures' })
  @Authenticated(...READERS)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({
    description: 'The workbook (format=xlsx) or the sheets one after another (format=csv)',
    headers: {
      'content-disposition': {
        description: 'attachment; filename="…"',
        schema: { type: 'string' },
      },
    },
    content: {
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  async export(
    @CurrentActor() actor: Actor,
    @Query() q: ExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | string> {
    checkPeriod(q);
    const s = this.statistics;
    const scope = scopeOf(actor).officeId;
    const r = await s.reconsiderationBy(scope, q.from, q.to, ['respondent', 'office', 'month']);
    const sheets = [
      reconsiderationSheet('行政复议-总计', '范围', r.total),
      reconsiderationSheet('行政复议-按被申请人', '被申请人', r.respondent),
      reconsiderationSheet('行政复议-按代办点', '代办点', r.office),
      reconsiderationSheet('行政复议-按月份', '月份', r.month),
    ];
    if (scope === null) {
      sheets.push(
        litigationSheet(
          '行政应诉-按被告',
          '被告机关',
          await s.litigation(q.from, q.to, 'respondent'),
        ),
        litigationSheet('行政应诉-按月份', '月份', await s.litigation(q.from, q.to, 'month')),
      );
    }
    const name = `fuyi-statistics-${q.from}-${q.to}.${q.format}`;
    void reply.header('content-disposition', `attachment; filename="${name}"`);
    if (q.format === 'csv') {
      void reply.header('content-type', 'text/csv; charset=utf-8');
      return toCsv(sheets);
    }
    void reply.header(
      'content-type',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    return toXlsx(sheets);
  }

  @Get('snapshots')
  @ApiOperation({ summary: '统计快照列表 / List statistics snapshots' })
  @Authenticated(...LITIGATION_READERS)
  @ApiOkResponse({
    type: [SnapshotView],
    description: 'What the nightly job stored: {period, computedAt, figures}',
  })
  snapshotsList(@Query() q: SnapshotQuery): Promise<SnapshotEntity[]> {
    return this.snapshots.list(q.period);
  }

  @Post('snapshots')
  @ApiOperation({ summary: '生成统计快照 / Request a statistics snapshot' })
  @HttpCode(202)
  @Authenticated(Role.ADMIN)
  @ApiAcceptedResponse({
    type: SnapshotJobView,
    description: 'Queued; the worker stores the snapshot',
  })
  requestSnapshot(
    @CurrentActor() actor: Actor,
    @Body() dto: SnapshotPeriodDto,
  ): Promise<{ jobId: string }> {
    return this.snapshots.request(actor, dto.period);
  }
}
