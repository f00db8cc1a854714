import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, CurrentActor, DomainError, Public } from '@regie/api/core';
import type { Response } from 'express';
import { MeetingsService } from './meetings.service';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * Downloads a document of an agenda item, with the meeting's read policy. Marked public so the handler itself
 * answers a missing session with 401 (the global filter shapes errors for GraphQL, not for plain HTTP).
 */
@Controller('api/agenda-documents')
export class AgendaDocumentsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Public()
  @Get(':id')
  async download(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Res() response: Response): Promise<void> {
    try {
      const document = await this.meetings.documentContent(actor, id);
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
