import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, CurrentActor, DomainError, Public } from '@regie/api/core';
import type { Response } from 'express';
import { IvpService } from './ivp.service';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * Downloads the uploaded IVP, with the IVP's read policy; the same shape as the agenda-document route.
 * Marked public so the handler itself answers a missing session with 401.
 */
@Controller('api/ivp-documents')
export class IvpDocumentsController {
  constructor(private readonly ivps: IvpService) {}

  @Public()
  @Get(':ivpId')
  async download(@CurrentActor() actor: Actor, @Param('ivpId', ParseUUIDPipe) ivpId: string, @Res() response: Response): Promise<void> {
    try {
      const document = await this.ivps.documentContent(actor, ivpId);
      response.setHeader('Content-Type', document.mediaType);
      response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`);
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.send(document.content);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      response.status(STATUS[error.code] ?? 400).json({ code: error.code, messageKey: error.messageKey });
    }
  }
}
