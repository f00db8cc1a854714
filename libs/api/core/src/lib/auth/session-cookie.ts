import type { CookieOptions, Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { SESSION_COOKIE } from './sessions.service';

/** The state of an OpenID Connect sign-in in flight, so only the browser that started it can finish it. */
export const OIDC_STATE_COOKIE = 'regie_oidc_state';
const OIDC_STATE_PATH = '/auth/oidc';
const OIDC_STATE_MAX_AGE_MS = 10 * 60_000;

function options(config: AppConfig): CookieOptions {
  // Lax, not Strict: the redirect back from an OpenID Connect provider must carry the cookie.
  return { httpOnly: true, sameSite: 'lax', secure: config.COOKIE_SECURE, path: '/' };
}

export function setSessionCookie(res: Response, config: AppConfig, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, { ...options(config), expires: expiresAt });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, options(config));
}

export function sessionTokenOf(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' ? value : undefined;
}

export function setOidcStateCookie(res: Response, config: AppConfig, state: string): void {
  res.cookie(OIDC_STATE_COOKIE, state, { ...options(config), path: OIDC_STATE_PATH, maxAge: OIDC_STATE_MAX_AGE_MS });
}

export function clearOidcStateCookie(res: Response, config: AppConfig): void {
  res.clearCookie(OIDC_STATE_COOKIE, { ...options(config), path: OIDC_STATE_PATH });
}

export function oidcStateOf(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[OIDC_STATE_COOKIE];
  return typeof value === 'string' ? value : undefined;
}
