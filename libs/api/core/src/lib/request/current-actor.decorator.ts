import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, createActor } from './actor';
import { GraphqlContext, RegieRequest } from './graphql-context';

export function requestOf(context: ExecutionContext): RegieRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphqlContext>().req;
  }
  return context.switchToHttp().getRequest<RegieRequest>();
}

/** The actor of the current request (anonymous when no session). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const request = requestOf(context);
  return request.actor ?? createActor(null, { requestId: request.requestId });
});

export const PUBLIC_OPERATION = 'regie:public';
/** Marks the few operations open without a session (`me`, `login`). */
export const Public = () => SetMetadata(PUBLIC_OPERATION, true);
