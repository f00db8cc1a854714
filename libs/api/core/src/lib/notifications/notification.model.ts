import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { NotificationEntity } from './notification.entity';

@ObjectType({ description: 'A value to fill into the translated message, e.g. { name: "theme", value: "Overlast" }.' })
export class NotificationParam {
  @Field() name!: string;
  @Field() value!: string;
}

@ObjectType({ description: 'Something the user should know or do, e.g. a contribution due in three days.' })
export class Notification {
  @Field(() => ID) id!: string;
  @Field({ description: 'Translation key of the message in the web app.' }) messageKey!: string;
  @Field(() => [NotificationParam]) params!: NotificationParam[];
  @Field(() => String, { nullable: true, description: 'Path in the web app to go to.' }) link!: string | null;
  @Field() createdAt!: Date;
  @Field() read!: boolean;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class NotificationList {
  @Field(() => [Notification]) items!: Notification[];
  @Field(() => Int) unreadCount!: number;
}

@ArgsType()
export class MyNotificationsArgs {
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100) limit = 20;
}

@ArgsType()
export class MarkNotificationReadArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

export function toNotification(row: NotificationEntity): Notification {
  return {
    id: row.id,
    messageKey: row.messageKey,
    params: Object.entries(row.params).map(([name, value]) => ({ name, value })),
    link: row.link,
    createdAt: row.createdAt,
    read: row.readAt !== null,
    version: row.version,
  };
}
