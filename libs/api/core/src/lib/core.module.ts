import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuditEventsResolver } from './audit/audit-events.resolver';
import { AuditEventsService } from './audit/audit-events.service';
import { AuditService } from './audit/audit.service';
import { AuditedWrites } from './audit/audited-writes';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { OidcController } from './auth/oidc.controller';
import { OidcService } from './auth/oidc.service';
import { SessionMiddleware } from './auth/session.middleware';
import { SessionsService } from './auth/sessions.service';
import { RoleAssignmentsResolver, UsersResolver } from './auth/users.resolver';
import { UsersService } from './auth/users.service';
import { DomainErrorFilter } from './errors/domain-error.filter';
import { DirectoryLoaders } from './directory/directory.loaders';
import { MunicipalitiesResolver, OrganisationsResolver, PersonsResolver, RegionsResolver } from './directory/directory.resolver';
import { DirectoryService } from './directory/directory.service';
import { HealthController } from './health/health.controller';
import { AuthenticatedGuard } from './request/authenticated.guard';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { JobDownloadController } from './jobs/job-download.controller';
import { jobQueueProvider } from './jobs/job-queue.provider';
import { JobHandlers } from './jobs/job-handlers';
import { JobRetentionService } from './jobs/job-retention.service';
import { JobRunner } from './jobs/job-runner';
import { JobsResolver } from './jobs/jobs.resolver';
import { JobsService } from './jobs/jobs.service';
import { JobQueue } from './jobs/job-queue';
import { MailService } from './mail/mail.service';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { NotificationsService } from './notifications/notifications.service';

/**
 * Sign-in, sessions, the directory (regions, municipalities, organisations, persons), audit and health;
 * background jobs with their downloads, mail and in-app notifications.
 */
@Global()
@Module({
  controllers: [HealthController, OidcController, JobDownloadController],
  providers: [
    { provide: APP_GUARD, useClass: AuthenticatedGuard },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    AuditService,
    AuditedWrites,
    AuditEventsService,
    AuditEventsResolver,
    AuthService,
    AuthResolver,
    OidcService,
    SessionsService,
    UsersService,
    UsersResolver,
    RoleAssignmentsResolver,
    DirectoryService,
    DirectoryLoaders,
    RegionsResolver,
    MunicipalitiesResolver,
    OrganisationsResolver,
    PersonsResolver,
    JobHandlers,
    JobRunner,
    jobQueueProvider,
    JobsService,
    JobsResolver,
    JobRetentionService,
    MailService,
    NotificationsService,
    NotificationsResolver,
  ],
  exports: [
    AuditService,
    AuditedWrites,
    DirectoryLoaders,
    DirectoryService,
    SessionsService,
    UsersService,
    JobHandlers,
    JobQueue,
    JobsService,
    JobRetentionService,
    MailService,
    NotificationsService,
  ],
})
export class CoreModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CoreModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }


  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
