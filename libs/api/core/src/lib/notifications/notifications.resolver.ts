import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '../request/actor';
import { CurrentActor } from '../request/current-actor.decorator';
import { MarkNotificationReadArgs, MyNotificationsArgs, Notification, NotificationList, toNotification } from './notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationList, { description: 'Your notifications, newest first, and how many are unread.' })
  async myNotifications(@CurrentActor() actor: Actor, @Args() { limit }: MyNotificationsArgs): Promise<NotificationList> {
    const { items, unreadCount } = await this.notifications.mine(actor, limit);
    return { items: items.map(toNotification), unreadCount };
  }

  @Mutation(() => Notification)
  async markNotificationRead(@CurrentActor() actor: Actor, @Args() { id, version }: MarkNotificationReadArgs): Promise<Notification> {
    return toNotification(await this.notifications.markRead(actor, id, version));
  }
}
