import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { AuditEventEntity } from './audit-event.entity';

@ObjectType({ description: 'One field as it was before and after a change (JSON-encoded values).' })
export class AuditChange {
  @Field() field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType()
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field() occurredAt!: Date;
  @Field() action!: string;
  @Field() entityType!: string;
  @Field(() => String, { nullable: true }) entityId!: string | null;
  @Field(() => String, { nullable: true, description: 'What the record was called at the time (its title or name), so the trail reads without looking ids up.' })
  entityLabel!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => [AuditChange]) changes!: AuditChange[];
  actorUserId!: string | null;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEvent]) items!: AuditEvent[];
  @Field(() => Int) total!: number;
}

@InputType()
export class AuditEventFilter {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) entityType?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) action?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actorUserId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() regionId?: string;
  @Field({ nullable: true }) @IsOptional() @IsDate() from?: Date;
  @Field({ nullable: true }) @IsOptional() @IsDate() to?: Date;
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) offset = 0;
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(200) limit = 50;
}

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

/** The record's title or name after the change, else before it (a delete). */
function labelOf(...records: Array<Record<string, unknown>>): string | null {
  for (const record of records) {
    for (const field of ['title', 'name', 'label']) if (typeof record[field] === 'string' && record[field]) return record[field] as string;
  }
  return null;
}

/** Only the fields that changed; a create or delete shows every field on one side. */
export function toAuditEvent(row: AuditEventEntity): AuditEvent {
  const before = row.before ?? {};
  const after = row.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes = fields
    .map((field) => ({ field, before: json(before[field]), after: json(after[field]) }))
    .filter((change) => change.before !== change.after);
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    entityLabel: labelOf(after, before),
    requestId: row.requestId,
    actorUserId: row.actorUserId,
    changes,
  };
}
