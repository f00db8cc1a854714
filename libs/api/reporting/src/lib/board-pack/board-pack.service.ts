import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { renderInWorker } from '@regie/api/documents';
import { Actor, authorize, BackgroundJobEntity, JobContext, JobHandlers, JobOutput, JobsService, NotFoundError } from '@regie/api/core';
import { DataSource } from 'typeorm';
import { CollegeMeetingEntity } from '../meetings/college-meeting.entity';
import { BoardPackReport, loadBoardPackData } from './board-pack.data';
import { boardPackTitle, buildBoardPack, indicatorAnnex } from './board-pack.document';

export const BOARD_PACK_JOB = 'board-pack';
export const BOARD_PACK_FORMATS = ['PDF', 'DOCX', 'XLSX'] as const;
export type BoardPackFormat = (typeof BOARD_PACK_FORMATS)[number];

const CONTENT_TYPES: Record<BoardPackFormat, string> = {
  PDF: 'application/pdf',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * One click, one pack: `generate` checks that the actor may read the meeting and queues a job; the job
 * reads the meeting's agenda, decisions and submitted reports (frozen versions only), builds the document
 * and renders it. Everyone who may read the meeting may have its pack: it holds only submitted reports.
 */
@Injectable()
export class BoardPackService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly handlers: JobHandlers,
  ) {}

  onModuleInit(): void {
    this.handlers.register({ kind: BOARD_PACK_JOB, run: (context) => this.render(context) });
  }

  async generate(actor: Actor, meetingId: string, format: BoardPackFormat): Promise<BackgroundJobEntity> {
    const meeting = await this.dataSource.getRepository(CollegeMeetingEntity).findOneBy({ id: meetingId });
    if (!meeting) throw new NotFoundError('CollegeMeeting', meetingId);
    authorize(actor, 'read', 'CollegeMeeting', meeting);
    return this.jobs.submit(actor, { kind: BOARD_PACK_JOB, regionId: meeting.regionId, input: { meetingId, format } });
  }

  private async render({ input, progress }: JobContext): Promise<JobOutput> {
    const meetingId = String(input['meetingId']);
    const format = String(input['format']) as BoardPackFormat;
    const data = await loadBoardPackData(this.dataSource.manager, meetingId);
    if (!data) throw new NotFoundError('CollegeMeeting', meetingId);
    progress(0.1);
    // Reading is a tenth of the work; rendering reports the rest.
    const rendering = (fraction: number) => progress(0.1 + fraction * 0.9);
    const fileName = `Vergaderstukken Regionaal College ${data.meeting.date}`;
    // Rendering is CPU work: it runs in a worker thread, so GraphQL requests are answered meanwhile.
    if (format === 'XLSX') {
      const reports = data.agenda.filter((item) => item.report).map((item) => item.report as BoardPackReport);
      const model = { title: `Bijlage indicatoren, ${boardPackTitle(data)}`, tables: [indicatorAnnex(reports)] };
      const workbook = await renderInWorker({ format, model }, rendering);
      return { fileName: `${fileName} - indicatoren.xlsx`, contentType: CONTENT_TYPES.XLSX, data: workbook };
    }
    const rendered = await renderInWorker({ format, model: buildBoardPack(data) }, rendering);
    return { fileName: `${fileName}.${format.toLowerCase()}`, contentType: CONTENT_TYPES[format], data: rendered };
  }
}
