import { randomUUID } from 'node:crypto';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { createActor } from '../request/actor';
import { RegieRequest } from '../request/graphql-context';
import { sessionTokenOf } from './session-cookie';
import { SessionsService } from './sessions.service';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Gives every request an id and, when its cookie names a live session, its actor. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionsService) {}

  async use(req: RegieRequest, res: Response, next: NextFunction): Promise<void> {
    try {
      const header = req.header('x-request-id');
      req.requestId = header && REQUEST_ID.test(header) ? header : randomUUID();
      res.setHeader('x-request-id', req.requestId);
      const session = await this.sessions.resolve(sessionTokenOf(req));
      req.actor = createActor(session?.principal ?? null, {
        requestId: req.requestId,
        ip: req.ip ?? null,
        userAgent: req.header('user-agent') ?? null,
      });
      next();
    } catch (error) {
      next(error);
    }
  }
}
