import type { CookieOptions, Request, Response } from 'express';
import { AppConfig } from '../config/app-config';
import { SESSION_COOKIE } from './sessions.service';

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
