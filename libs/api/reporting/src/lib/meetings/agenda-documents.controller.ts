import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, answerDownload, CurrentActor, Public } from '@regie/api/core';
import type { Response } from 'express';
import { MeetingsService } from './meetings.service';

/**
 * Downloads a document of an agenda item, with the meeting's read policy. Marked public so the handler itself
 * answers a missing session with 401 (the global filter shapes errors for GraphQL, not for plain HTTP).
 */
@Controller('api/agenda-documents')
export class AgendaDocumentsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Public()
  @Get(':id')
  download(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Res() response: Response): Promise<void> {
    return answerDownload(response, () => this.meetings.documentContent(actor, id));
  }
}
