/** The roles of Regie (API-CONTRACT.md). DRIVER and CO_DRIVER are scoped to a theme, MUNICIPALITY to a municipality. */
export const ROLES = ['ADMIN', 'BUREAU', 'DRIVER', 'CO_DRIVER', 'MUNICIPALITY', 'COLLEGE', 'VIEWER'] as const;
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

/** A grant is valid only with the scope its role needs; the API refuses others at creation. */
export function grantScopeProblem(grant: RoleGrant): string | null {
  if (THEME_SCOPED_ROLES.includes(grant.role) && !grant.themeId) return 'role.themeRequired';
  if (grant.role === 'MUNICIPALITY' && !grant.municipalityId) return 'role.municipalityRequired';
  if (grant.role !== 'ADMIN' && !grant.regionId) return 'role.regionRequired';
  return null;
}
