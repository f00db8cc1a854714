/**
 * Domain errors carry a stable code (API-CONTRACT.md) and a message key the web app translates.
 * The English message is for API clients and logs.
 */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export interface FieldError {
  field: string;
  messageKey: string;
  message: string;
  params?: Record<string, unknown>;
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly messageKey: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(messageKey = 'errors.unauthenticated', message = 'Sign in first.') {
    super(message, messageKey);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this.') {
    super(message, 'errors.forbidden');
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(entity: string, id: string) {
    super(`${entity} ${id} does not exist.`, 'errors.notFound');
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(entity: string) {
    super(`${entity} was changed by someone else; reload and try again.`, 'errors.conflict');
  }
}

export class TooManyRequestsError extends DomainError {
  readonly code = 'TOO_MANY_REQUESTS';
  constructor() {
    super('Too many failed sign-in attempts; wait a few minutes.', 'errors.tooManyAttempts');
  }
}

export class ValidationError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly fields: FieldError[]) {
    super(fields.map((f) => `${f.field}: ${f.message}`).join('; ') || 'Invalid input.', 'errors.badUserInput');
  }
}
