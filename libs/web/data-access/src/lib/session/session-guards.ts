import { inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';
import type { Action, SubjectName } from '@regie/domain';
import { SessionStore } from './session-store';

/** The page shown, at the requested address, when the policy says no. */
export const FORBIDDEN_PATH = '/geen-toegang';

/** Only for signed-in users; others go to the sign-in page and come back afterwards. */
export const authenticatedGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(SessionStore).resolve();
  return user ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** The sign-in page is for visitors; a signed-in user goes to the start page. */
export const guestGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(SessionStore).resolve();
  return user ? router.createUrlTree(['/']) : true;
};

/**
 * Only when the shared policy lets the user do `action` on some `subject`. The API checks again on
 * every request; this guard only spares the user a page that would refuse them.
 */
export function permissionGuard(action: Action, subject: Exclude<SubjectName, 'all'>): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const session = inject(SessionStore);
    const user = await session.resolve();
    if (!user) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    if (session.can(action, subject)) return true;
    return new RedirectCommand(router.parseUrl(FORBIDDEN_PATH), { skipLocationChange: true });
  };
}
