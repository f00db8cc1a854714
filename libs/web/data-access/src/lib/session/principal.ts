import type { Principal } from '@regie/domain';
import type { SessionUserFragment } from '../../generated/graphql';

/** The signed-in user as the shared policy sees them, so the web hides exactly what the API refuses. */
export function toPrincipal(user: SessionUserFragment | null): Principal | null {
  if (!user) return null;
  return {
    userId: user.id,
    grants: user.roles.map((assignment) => ({
      role: assignment.role,
      regionId: assignment.regionId,
      themeId: assignment.themeId,
      municipalityId: assignment.municipalityId,
      organisationId: assignment.organisationId,
    })),
  };
}
