import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, CanActivateFn, RedirectCommand, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { FORBIDDEN_PATH, authenticatedGuard, guestGuard, permissionGuard } from './session-guards';

const REGION = 'region-utrecht';
const role = (name: string) => ({
  __typename: 'RoleAssignment',
  id: `role-${name}`,
  role: name,
  regionId: REGION,
  themeId: null,
  municipalityId: null,
  organisationId: null,
  region: null,
  theme: null,
  municipality: null,
  organisation: null,
});
const me = (roleName: string) => ({ __typename: 'User', id: 'user-1', name: 'Test', email: 'test@regie.example', roles: [role(roleName)] });

describe('route guards', () => {
  let controller: ApolloTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideRouter([])] });
    controller = TestBed.inject(ApolloTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => controller.verify());

  /** Runs a guard for `url` while the server answers `me` with the given user (or null). */
  async function run(guard: CanActivateFn, url: string, user: ReturnType<typeof me> | null) {
    const result = TestBed.runInInjectionContext(() => guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot)) as Promise<unknown>;
    controller.expectOne('Me').flushData({ me: user });
    return result;
  }

  it('sends a visitor to the sign-in page with the address they wanted', async () => {
    const result = await run(authenticatedGuard, '/gemeenten?page=2', null);
    expect(result).toBeInstanceOf(UrlTree);
    expect(router.serializeUrl(result as UrlTree)).toBe('/login?returnUrl=%2Fgemeenten%3Fpage%3D2');
  });

  it('lets a signed-in user in', async () => {
    await expect(run(authenticatedGuard, '/', me('VIEWER'))).resolves.toBe(true);
  });

  it('sends a signed-in user away from the sign-in page', async () => {
    const result = await run(guestGuard, '/login', me('VIEWER'));
    expect(router.serializeUrl(result as UrlTree)).toBe('/');
  });

  it('lets the programme bureau open the audit log', async () => {
    await expect(run(permissionGuard('read', 'AuditEvent'), '/audit', me('BUREAU'))).resolves.toBe(true);
  });

  it('shows a viewer the 403 page at the address of the audit log', async () => {
    const result = await run(permissionGuard('read', 'AuditEvent'), '/audit', me('VIEWER'));
    expect(result).toBeInstanceOf(RedirectCommand);
    const command = result as RedirectCommand;
    expect(router.serializeUrl(command.redirectTo)).toBe(FORBIDDEN_PATH);
    expect(command.navigationBehaviorOptions).toEqual({ skipLocationChange: true });
  });

  it('sends a visitor of a protected page to sign in first, not to the 403 page', async () => {
    const result = await run(permissionGuard('read', 'AuditEvent'), '/audit', null);
    expect(router.serializeUrl(result as UrlTree)).toBe('/login?returnUrl=%2Faudit');
  });
});
