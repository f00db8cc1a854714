import { AbilityBuilder, createMongoAbility, MongoAbility, subject as tag } from '@casl/ability';
import { Principal } from './roles';

/**
 * The one policy definition of Regie. The API enforces it on every query, field and mutation;
 * the web app evaluates the same rules only to hide what a user cannot do.
 */
export type Action = 'manage' | 'read' | 'create' | 'update' | 'delete';
export type SubjectName = 'all' | 'Region' | 'Municipality' | 'Strategy' | 'Theme' | 'AuditEvent' | 'User';

/** The attributes rules may test. Every regional record carries its regionId. */
export interface SubjectAttributes {
  id?: string;
  regionId?: string | null;
  themeId?: string;
  municipalityId?: string;
}

// CASL's string-subject typing cannot express per-subject conditions here; Action and SubjectName keep call sites honest.
export type RegieAbility = MongoAbility;

export function defineAbilityFor(principal: Principal | null): RegieAbility {
  const { can, build } = new AbilityBuilder<RegieAbility>(createMongoAbility);
  for (const grant of principal?.grants ?? []) {
    const region = grant.regionId;
    switch (grant.role) {
      case 'ADMIN':
        can('manage', 'all');
        break;
      case 'BUREAU':
        can('read', ['Region', 'Municipality', 'Strategy', 'Theme'], { regionId: region });
        can(['create', 'update', 'delete'], ['Municipality', 'Strategy', 'Theme'], { regionId: region });
        can('read', 'AuditEvent', { regionId: region });
        break;
      case 'DRIVER':
      case 'CO_DRIVER':
        can('read', ['Region', 'Municipality', 'Strategy', 'Theme'], { regionId: region });
        break;
      case 'MUNICIPALITY':
        can('read', ['Region', 'Municipality', 'Strategy', 'Theme'], { regionId: region });
        can('update', 'Municipality', { id: grant.municipalityId ?? undefined, regionId: region });
        break;
      case 'COLLEGE':
      case 'VIEWER':
        can('read', ['Region', 'Municipality', 'Strategy', 'Theme'], { regionId: region });
        break;
    }
  }
  if (principal) can('read', 'User', { id: principal.userId });
  return build();
}

/** Marks a plain record with its subject type, so conditions can be checked against it. */
export function asSubject<T extends SubjectAttributes>(type: Exclude<SubjectName, 'all'>, record: T) {
  return tag(type, { ...record });
}
