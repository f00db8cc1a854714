import { isSessionExpired, readProblem } from './graphql-problem';

const graphqlError = (extensions: Record<string, unknown>) => ({ name: 'CombinedGraphQLErrors', errors: [{ message: 'x', extensions }] });

describe('readProblem', () => {
  it('reads code, message key and field errors of a BAD_USER_INPUT answer', () => {
    const problem = readProblem(
      graphqlError({
        code: 'BAD_USER_INPUT',
        messageKey: 'errors.badUserInput',
        fields: [
          { field: 'population', messageKey: 'validation.min', message: 'population must not be less than 0' },
          { field: 'websiteUrl', messageKey: 'validation.isUrl', message: 'websiteUrl must be a URL address' },
        ],
      }),
    );
    expect(problem).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'errors.badUserInput',
      fields: [
        { field: 'population', messageKey: 'validation.min' },
        { field: 'websiteUrl', messageKey: 'validation.isUrl' },
      ],
    });
  });

  it('keeps the specific key of a failed sign-in', () => {
    expect(readProblem(graphqlError({ code: 'UNAUTHENTICATED', messageKey: 'errors.invalidCredentials' }))).toEqual({
      code: 'UNAUTHENTICATED',
      messageKey: 'errors.invalidCredentials',
      fields: [],
    });
  });

  it('falls back to the key of the code when the server sends none', () => {
    expect(readProblem(graphqlError({ code: 'CONFLICT' })).messageKey).toBe('errors.conflict');
  });

  it('treats an unknown code as UNKNOWN rather than trusting it', () => {
    expect(readProblem(graphqlError({ code: 'SOMETHING_NEW' })).code).toBe('UNKNOWN');
  });

  it('recognises a failed connection as a network problem', () => {
    expect(readProblem(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK', messageKey: 'errors.network', fields: [] });
  });

  it('ignores malformed field entries', () => {
    const problem = readProblem(graphqlError({ code: 'BAD_USER_INPUT', fields: [{ field: 'a' }, 'b', { field: 'c', messageKey: 'validation.max' }] }));
    expect(problem.fields).toEqual([{ field: 'c', messageKey: 'validation.max' }]);
  });
});

describe('isSessionExpired', () => {
  it('is true for an unauthenticated request', () => {
    expect(isSessionExpired({ code: 'UNAUTHENTICATED', messageKey: 'errors.unauthenticated', fields: [] })).toBe(true);
  });

  it('is false for wrong credentials, which are UNAUTHENTICATED too', () => {
    expect(isSessionExpired({ code: 'UNAUTHENTICATED', messageKey: 'errors.invalidCredentials', fields: [] })).toBe(false);
  });
});
