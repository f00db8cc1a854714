import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('user_account')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ unique: true }) email!: string;
  @Column() name!: string;
  /** Null for accounts that only sign in through OpenID Connect. */
  @Column('text', { nullable: true }) passwordHash!: string | null;
  @Column('text', { nullable: true, unique: true }) oidcSubject!: string | null;
  @Column('uuid', { nullable: true }) personId!: string | null;
  @Column({ default: true }) active!: boolean;
  @Column({ default: false }) demo!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
