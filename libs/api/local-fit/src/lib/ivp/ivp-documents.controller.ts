import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, answerDownload, CurrentActor, Public } from '@regie/api/core';
import type { Response } from 'express';
import { IvpService } from './ivp.service';

/** Downloads the uploaded IVP, with the IVP's read policy. Public, so the handler itself answers 401. */
@Controller('api/ivp-documents')
export class IvpDocumentsController {
  constructor(private readonly ivps: IvpService) {}

  @Public()
  @Get(':ivpId')
  download(@CurrentActor() actor: Actor, @Param('ivpId', ParseUUIDPipe) ivpId: string, @Res() response: Response): Promise<void> {
    return answerDownload(response, () => this.ivps.documentContent(actor, ivpId));
  }
}
