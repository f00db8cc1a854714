import { safeReturnUrl, signInErrorKey } from './return-url';

describe('safeReturnUrl', () => {
  it.each([
    ['/gemeenten', '/gemeenten'],
    ['/audit?entityType=Municipality&page=2', '/audit?entityType=Municipality&page=2'],
    [undefined, '/'],
    ['', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/login', '/'],
    ['/login?returnUrl=%2Faudit', '/'],
  ])('%s → %s', (input, expected) => {
    expect(safeReturnUrl(input)).toBe(expected);
  });
});

describe('signInErrorKey', () => {
  it('passes a well-formed error key through', () => {
    expect(signInErrorKey('errors.oidcUnknownUser')).toBe('errors.oidcUnknownUser');
  });

  it('replaces anything else by the general organisation sign-in error', () => {
    expect(signInErrorKey('<script>')).toBe('errors.oidcFailed');
    expect(signInErrorKey('login.title')).toBe('errors.oidcFailed');
  });

  it('is null without an error', () => {
    expect(signInErrorKey(undefined)).toBeNull();
  });
});
