/**
 * Where to go after signing in: only a path inside Regie. Anything else ("//evil.example", "https://…",
 * "/\\evil") could send a freshly signed-in user to another site, so it becomes the start page.
 */
export function safeReturnUrl(returnUrl: string | null | undefined): string {
  if (!returnUrl || !returnUrl.startsWith('/') || returnUrl.startsWith('//') || returnUrl.startsWith('/\\')) return '/';
  if (returnUrl === '/login' || returnUrl.startsWith('/login?') || returnUrl.startsWith('/login/')) return '/';
  return returnUrl;
}

/** The OIDC callback reports failures as ?error=<messageKey>; only well-formed error keys are shown. */
export function signInErrorKey(error: string | null | undefined): string | null {
  if (!error) return null;
  return /^errors\.[A-Za-z]+$/.test(error) ? error : 'errors.oidcFailed';
}
