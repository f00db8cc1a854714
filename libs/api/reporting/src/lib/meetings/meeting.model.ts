import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { AGENDA_ITEM_KINDS, type AgendaItemKind, MEETING_STATUSES, type MeetingStatus } from '@regie/domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, IsISO8601, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';


@ObjectType({ description: 'A meeting of the Regionaal College.' })
export class CollegeMeeting {
  @Field(() => ID) id!: string;
  @Field(() => ID) regionId!: string;
  @Field() date!: string;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => String, { description: 'PLANNED, HELD or CANCELLED.' }) status!: MeetingStatus;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A point on the agenda: a theme report, a proposal or something else.' })
export class AgendaItem {
  @Field(() => ID) id!: string;
  @Field(() => ID) meetingId!: string;
  @Field(() => Int) position!: number;
  @Field(() => String, { description: 'THEME_REPORT, PROPOSAL or OTHER.' }) kind!: AgendaItemKind;
  @Field() title!: string;
  @Field(() => ID, { nullable: true }) reportId!: string | null;
  @Field(() => Int) version!: number;
  regionId!: string;
}

@ObjectType({ description: 'A file on an agenda item; download it at /api/agenda-documents/:id.' })
export class AgendaDocument {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field() mediaType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field() uploadedAt!: Date;
}

@ObjectType()
export class MeetingAttendance {
  @Field(() => ID) personId!: string;
  @Field() present!: boolean;
}

@InputType()
export class CreateMeetingInput {
  @Field(() => ID) @IsUUID() regionId!: string;
  @Field() @IsISO8601({ strict: true }) date!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) location?: string | null;
}

@InputType()
export class UpdateMeetingInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) date?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) location?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn([...MEETING_STATUSES]) status?: MeetingStatus;
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => String) @IsIn(AGENDA_ITEM_KINDS.filter((kind) => kind !== 'THEME_REPORT')) kind!: AgendaItemKind;
  @Field() @IsString() @MinLength(3) @MaxLength(300) title!: string;
}

@InputType()
export class UploadAgendaDocumentInput {
  @Field(() => ID) @IsUUID() agendaItemId!: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) fileName!: string;
  @Field() @IsString() @MaxLength(100) mediaType!: string;
  @Field({ description: 'The file, base64-encoded; at most 10 MB.' }) @IsString() @MaxLength(14_000_000) contentBase64!: string;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID) @IsUUID() personId!: string;
  @Field() @IsBoolean() present!: boolean;
}

@ArgsType()
export class MeetingAttendanceArgs {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => [AttendanceInput]) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => AttendanceInput) attendance!: AttendanceInput[];
  @Field(() => Int, { description: 'The meeting version the list was edited on; a newer one gives CONFLICT.' }) @IsInt() @Min(1) version!: number;
}
