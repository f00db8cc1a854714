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

/** Sign-in, sessions, the directory (regions, municipalities, organisations, persons), audit and health. */
@Global()
@Module({
  controllers: [HealthController, OidcController],
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
  ],
  exports: [AuditService, AuditedWrites, DirectoryLoaders, DirectoryService, SessionsService, UsersService],
})
export class CoreModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CoreModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }


  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }
}
