import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, CurrentActor } from '@regie/api/core';
import type { Response } from 'express';
import { MeetingsService } from './meetings.service';

/** Downloads a document of an agenda item, with the meeting's read policy. */
@Controller('api/agenda-documents')
export class AgendaDocumentsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get(':id')
  async download(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Res() response: Response): Promise<void> {
    const document = await this.meetings.documentContent(actor, id);
    response.setHeader('Content-Type', document.mediaType);
    response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.send(document.content);
  }
}
