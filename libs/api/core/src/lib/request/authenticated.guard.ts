import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UnauthenticatedError } from '../errors/domain-errors';
import { PUBLIC_OPERATION, requestOf } from './current-actor.decorator';

/** Global guard: without a session only operations marked @Public() answer. */
@Injectable()
export class AuthenticatedGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const open = this.reflector.getAllAndOverride<boolean>(PUBLIC_OPERATION, [context.getHandler(), context.getClass()]);
    if (open || requestOf(context).actor?.principal) return true;
    throw new UnauthenticatedError();
  }
}
