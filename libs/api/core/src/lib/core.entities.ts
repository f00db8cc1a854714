import { AuditEventEntity } from './audit/audit-event.entity';
import { LoginAttemptEntity } from './auth/login-attempt.entity';
import { OidcLoginStateEntity } from './auth/oidc-login-state.entity';
import { RoleAssignmentEntity } from './auth/role-assignment.entity';
import { SessionEntity } from './auth/session.entity';
import { UserEntity } from './auth/user.entity';
import { MunicipalityEntity } from './directory/municipality.entity';
import { OrganisationEntity } from './directory/organisation.entity';
import { PersonEntity } from './directory/person.entity';
import { RegionEntity } from './directory/region.entity';
import { BackgroundJobEntity } from './jobs/background-job.entity';
import { NotificationEntity } from './notifications/notification.entity';

export const CORE_ENTITIES = [
  RegionEntity,
  MunicipalityEntity,
  OrganisationEntity,
  PersonEntity,
  UserEntity,
  RoleAssignmentEntity,
  SessionEntity,
  LoginAttemptEntity,
  OidcLoginStateEntity,
  AuditEventEntity,
  BackgroundJobEntity,
  NotificationEntity,
];
