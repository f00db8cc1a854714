import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NavigationEnd, Router, provideRouter } from '@angular/router';
import { filter, firstValueFrom } from 'rxjs';
import { MunicipalitiesGQL } from '../../generated/directory';
import { LoginGQL, MeGQL } from '../../generated/session';
import { SessionStore } from '../session/session-store';
import { provideApi } from './provide-api';

const viewer = {
  __typename: 'User',
  id: 'user-1',
  name: 'Meelezer',
  email: 'viewer@regie.example',
  roles: [],
};

describe('provideApi', () => {
  let http: HttpTestingController;
  let router: Router;
  let session: SessionStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', children: [] }]), ...provideApi()],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    session = TestBed.inject(SessionStore);
    const resolving = session.resolve();
    http.expectOne('/graphql').flush({ data: { me: viewer } });
    await resolving;
    await router.navigateByUrl('/gemeenten');
  });

  afterEach(() => http.verify());

  it('posts JSON to /graphql with the operation name', async () => {
    const request = firstValueFrom(TestBed.inject(MeGQL).fetch({ fetchPolicy: 'network-only' }));
    const call = http.expectOne('/graphql');
    expect(call.request.method).toBe('POST');
    expect(call.request.body).toMatchObject({ operationName: 'Me' });
    call.flush({ data: { me: viewer } });
    await expect(request).resolves.toMatchObject({ data: { me: { email: 'viewer@regie.example' } } });
  });

  it('sends the user to sign in again when the session has expired', async () => {
    const request = firstValueFrom(TestBed.inject(MunicipalitiesGQL).fetch());
    const navigated = firstValueFrom(router.events.pipe(filter((event) => event instanceof NavigationEnd)));
    http.expectOne('/graphql').flush({
      data: null,
      errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED', messageKey: 'errors.unauthenticated' } }],
    });
    await expect(request).rejects.toMatchObject({ errors: [expect.objectContaining({ message: 'Sign in first.' })] });
    await navigated;
    expect(session.signedIn()).toBe(false);
    expect(router.url).toBe('/login?returnUrl=%2Fgemeenten&reason=expired');
  });

  it('leaves a wrong password to the sign-in form', async () => {
    const request = firstValueFrom(TestBed.inject(LoginGQL).mutate({ variables: { email: 'viewer@regie.example', password: 'wrong' } }));
    http.expectOne('/graphql').flush({
      data: null,
      errors: [{ message: 'E-mail address or password is not correct.', extensions: { code: 'UNAUTHENTICATED', messageKey: 'errors.invalidCredentials' } }],
    });
    await expect(request).rejects.toMatchObject({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ messageKey: 'errors.invalidCredentials' }) })] });
    expect(session.signedIn()).toBe(true);
    expect(router.url).toBe('/gemeenten');
  });
});
