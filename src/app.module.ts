/** The service: HTTP capabilities for the api role, job processors for the worker role. */
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_GUARD, Reflector } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { notLoginThrottled } from './auth/login-throttle';
import { CalendarModule } from './calendar/calendar.module';
import { AlertsModule } from './alerts/alerts.module';
import { CasesModule } from './cases/cases.module';
import { LitigationModule } from './litigation/litigation.module';
import { MediationModule } from './mediation/mediation.module';
import { RemindersModule } from './reminders/reminders.module';
import { StatisticsModule } from './statistics/statistics.module';
import { ReviewModule } from './review/review.module';
import { Clock } from './common/clock';
import { RateLimitStorage } from './common/rate-limit-storage';
import { AppThrottlerGuard } from './common/throttler.guard';
import { PROBE_ROUTES } from './common/probe-routes';
import { requestLogOptions } from './common/request-log';
import { AppRole, Env } from './config/env';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { MigrationRunner } from './database/migration-runner';
import { HealthModule } from './health/health.module';
import { JobsModule } from './jobs/jobs.module';
import { DocumentsModule } from './documents/documents.module';
import { MaterialsModule } from './materials/materials.module';
import { MetaModule } from './meta/meta.controller';
import { MetricsModule } from './metrics/metrics.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PartiesModule } from './parties/parties.module';
import { UsersModule } from './users/users.module';
import { WorkerModule } from './worker.module';

@Module({ providers: [Clock], exports: [Clock] })
class ClockModule {}

@Module({ providers: [MigrationRunner] })
class DatabaseModule {}

/** What every role needs: configuration, logging, the database, the queues, the audit log. */
const CORE = [
  ConfigModule,
  LoggerModule.forRootAsync({
    inject: [Env],
    useFactory: (env: Env) => ({
      pinoHttp: requestLogOptions(env.LOG_LEVEL),
      forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
      exclude: PROBE_ROUTES,
    }),
  }),
  TypeOrmModule.forRootAsync({
    inject: [Env],
    useFactory: (env: Env) => dataSourceOptions(env),
  }),
  { module: ClockModule, global: true },
  DatabaseModule,
  AuditModule,
  CalendarModule,
  JobsModule,
];

const HTTP = [
  ThrottlerModule.forRootAsync({
    inject: [Env, Reflector],
    useFactory: (env: Env, reflector: Reflector) => ({
      storage: new RateLimitStorage(),
      throttlers: [
        { name: 'default', ttl: 60_000, limit: env.RATE_LIMIT_PER_MINUTE },
        {
          name: 'login',
          ttl: 60_000,
          limit: env.LOGIN_RATE_LIMIT_PER_MINUTE,
          skipIf: notLoginThrottled(reflector),
        },
      ],
    }),
  }),
  AuthModule,
  UsersModule,
  OrganizationsModule,
  CasesModule,
  MaterialsModule,
  DocumentsModule,
  PartiesModule,
  MediationModule,
  ReviewModule,
  AlertsModule,
  LitigationModule,
  RemindersModule,
  StatisticsModule,
  HealthModule,
  MetricsModule,
  MetaModule,
];

@Module({})
export class AppModule {
  static forRole(role: AppRole): DynamicModule {
    const http = role === 'all' || role === 'api';
    const worker = role === 'all' || role === 'worker';
    return {
      module: AppModule,
      imports: [...CORE, ...(http ? HTTP : []), ...(worker ? [WorkerModule] : [])],
      providers: http ? [{ provide: APP_GUARD, useClass: AppThrottlerGuard }] : [],
    };
  }
}
