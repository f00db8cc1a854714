import { Logger } from '@nestjs/common';
import { AppConfig, hashPassword, RoleAssignmentEntity, UserEntity } from '@regie/api/core';
import { DataSource } from 'typeorm';

/** Production has no demo accounts: BOOTSTRAP_ADMIN_EMAIL/PASSWORD create the first ADMIN once. */
export async function bootstrapAdmin(dataSource: DataSource, config: AppConfig): Promise<void> {
  const email = config.BOOTSTRAP_ADMIN_EMAIL.trim().toLowerCase();
  if (!email || !config.BOOTSTRAP_ADMIN_PASSWORD) return;
  await dataSource.transaction(async (manager) => {
    if (await manager.existsBy(UserEntity, { email })) return;
    const user = await manager.save(UserEntity, manager.create(UserEntity, { email, name: 'Beheerder', passwordHash: await hashPassword(config.BOOTSTRAP_ADMIN_PASSWORD) }));
    await manager.insert(RoleAssignmentEntity, { userId: user.id, role: 'ADMIN', regionId: null });
    new Logger('Regie').log(`Created the first ADMIN account ${email}.`);
  });
}
