/**
 * The roles of Regie (API-CONTRACT.md). DRIVER and CO_DRIVER are scoped to a theme, MUNICIPALITY to a
 * municipality, PARTNER to a partner organisation (Halt, GGD, Reclassering, …) that updates its own part.
 */
export const ROLES = ['ADMIN', 'BUREAU', 'DRIVER', 'CO_DRIVER', 'MUNICIPALITY', 'COLLEGE', 'VIEWER', 'PARTNER'] as const;
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  regionId: string | null;
  themeId?: string | null;
  municipalityId?: string | null;
  organisationId?: string | null;
}

export interface Principal {
  userId: string;
  grants: readonly RoleGrant[];
  /** The person (Person in the directory) this user is, if linked: owner of follow-ups, mandate holder. */
  personId?: string | null;
}

export const THEME_SCOPED_ROLES: readonly Role[] = ['DRIVER', 'CO_DRIVER'];

export type ScopeField = 'themeId' | 'municipalityId' | 'organisationId';

/**
 * The scope each role takes besides its region: required fields must be set, optional ones may be
 * (a co-driver speaks for an organisation); every other scope field must stay empty. A grant form shows
 * exactly these pickers. ADMIN without a region administers every region (the bootstrap admin).
 */
export const ROLE_SCOPES: Record<Role, { required: readonly ScopeField[]; optional: readonly ScopeField[] }> = {
  ADMIN: { required: [], optional: [] },
  BUREAU: { required: [], optional: [] },
  DRIVER: { required: ['themeId'], optional: [] },
  CO_DRIVER: { required: ['themeId'], optional: ['organisationId'] },
  MUNICIPALITY: { required: ['municipalityId'], optional: [] },
  COLLEGE: { required: [], optional: [] },
  VIEWER: { required: [], optional: [] },
  PARTNER: { required: ['organisationId'], optional: [] },
};

const SCOPE_PROBLEM: Record<ScopeField, string> = {
  themeId: 'role.themeRequired',
  municipalityId: 'role.municipalityRequired',
  organisationId: 'role.organisationRequired',
};

/** A grant is valid only with the scope its role needs; the API refuses others at creation. */
export function grantScopeProblem(grant: RoleGrant): string | null {
  const scope = ROLE_SCOPES[grant.role];
  for (const field of scope.required) if (!grant[field]) return SCOPE_PROBLEM[field];
  for (const field of ['themeId', 'municipalityId', 'organisationId'] as const) {
    if (grant[field] && !scope.required.includes(field) && !scope.optional.includes(field)) return 'role.scopeNotAllowed';
  }
  if (grant.role !== 'ADMIN' && !grant.regionId) return 'role.regionRequired';
  return null;
}
