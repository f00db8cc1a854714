import { defineAbilityFor, Principal, RegieAbility } from '@regie/domain';

/** Who is asking, in one value passed into every service call (policy first, then the work). */
export interface Actor {
  principal: Principal | null;
  ability: RegieAbility;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}

export function createActor(principal: Principal | null, request: Partial<Pick<Actor, 'requestId' | 'ip' | 'userAgent'>> = {}): Actor {
  return {
    principal,
    ability: defineAbilityFor(principal),
    requestId: request.requestId ?? 'system',
    ip: request.ip ?? null,
    userAgent: request.userAgent ?? null,
  };
}

/** The actor for seeds and jobs: acts as ADMIN, audited as "system". */
export const SYSTEM_ACTOR: Actor = createActor({ userId: '', grants: [{ role: 'ADMIN', regionId: null }] });
