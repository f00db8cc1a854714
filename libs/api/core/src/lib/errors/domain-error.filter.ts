import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { DomainError, ErrorCode } from './domain-errors';

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * Domain errors are answers, not incidents: hand them to GraphQL's error formatting without logging a
 * stack; on plain HTTP routes (file downloads) answer with the matching status and the same code.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType() !== 'http') return error;
    host.switchToHttp().getResponse<Response>().status(HTTP_STATUS[error.code]).json({ code: error.code, messageKey: error.messageKey, message: error.message });
  }
}
