import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Actor } from '../request/actor';
import { CurrentActor } from '../request/current-actor.decorator';
import { sendAttachment } from '../request/file-download';
import { JobsService } from './jobs.service';

/**
 * Files of finished jobs over plain HTTP (GraphQL is not for binary), behind the same session guard and
 * policy as GraphQL; domain errors become 401/403/404 through DomainErrorFilter.
 */
@Controller('api/jobs')
export class JobDownloadController {
  constructor(private readonly jobs: JobsService) {}

  @Get(':id/download')
  async download(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Res() response: Response): Promise<void> {
    const file = await this.jobs.download(actor, id);
    sendAttachment(response, { fileName: file.fileName, mediaType: file.contentType, content: file.data });
  }
}
