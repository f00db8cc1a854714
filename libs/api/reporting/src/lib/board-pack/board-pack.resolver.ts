import { Args, ArgsType, Field, ID, Mutation, registerEnumType, Resolver } from '@nestjs/graphql';
import { Actor, BackgroundJob, CurrentActor, toBackgroundJob } from '@regie/api/core';
import { IsIn, IsUUID } from 'class-validator';
import { BOARD_PACK_FORMATS, BoardPackFormat, BoardPackService } from './board-pack.service';

const BoardPackFormatEnum = Object.fromEntries(BOARD_PACK_FORMATS.map((format) => [format, format]));
registerEnumType(BoardPackFormatEnum, { name: 'BoardPackFormat', description: 'PDF (accessible, tagged) and DOCX: the whole pack; XLSX: the indicator annex.' });

@ArgsType()
class GenerateBoardPackArgs {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => BoardPackFormatEnum) @IsIn(BOARD_PACK_FORMATS) format!: BoardPackFormat;
}

@Resolver()
export class BoardPackResolver {
  constructor(private readonly boardPacks: BoardPackService) {}

  @Mutation(() => BackgroundJob, { description: "Starts generating the meeting's board pack; poll job(id) for progress, then download." })
  async generateBoardPack(@CurrentActor() actor: Actor, @Args() { meetingId, format }: GenerateBoardPackArgs): Promise<BackgroundJob> {
    return toBackgroundJob(await this.boardPacks.generate(actor, meetingId, format));
  }
}
