import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { NotFoundError } from '../errors/domain-errors';
import { authorize } from '../policy/authorize';
import { Actor } from '../request/actor';
import { RoleAssignmentEntity } from './role-assignment.entity';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(actor: Actor, id: string): Promise<UserEntity> {
    authorize(actor, 'read', 'User', { id });
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  usersByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
  }

  roleAssignmentsOf(userIds: readonly string[]): Promise<RoleAssignmentEntity[]> {
    return this.dataSource.getRepository(RoleAssignmentEntity).find({ where: { userId: In([...userIds]) }, order: { role: 'ASC' } });
  }
}
