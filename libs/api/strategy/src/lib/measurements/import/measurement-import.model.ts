import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBase64, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** 10 MB of file, base64-encoded. */
const MAX_BASE64 = 14_000_000;

@InputType()
export class ImportMeasurementsInput {
  @Field(() => ID) @IsUUID() indicatorId!: string;
  @Field({ description: 'Ends in .csv or .xlsx.' }) @IsString() @MaxLength(200) @Matches(/\.(csv|xlsx|txt)$/i) fileName!: string;
  @Field({ description: 'The file, base64-encoded (at most 10 MB). Columns: periode, gemeente (name or CBS code; empty for the region), waarde, bron, toelichting.' })
  @IsBase64()
  @MaxLength(MAX_BASE64)
  contentBase64!: string;
}

@ObjectType({ description: 'What an all-or-nothing import changed.' })
export class MeasurementImportResult {
  @Field(() => Int) rows!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
}
