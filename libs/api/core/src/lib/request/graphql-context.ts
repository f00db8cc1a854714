import type { Request, Response } from 'express';
import { Actor } from './actor';
import { Loaders } from './loaders';

export interface RegieRequest extends Request {
  actor?: Actor;
  requestId?: string;
}

export interface GraphqlContext {
  req: RegieRequest;
  res: Response;
  loaders: Loaders;
}
