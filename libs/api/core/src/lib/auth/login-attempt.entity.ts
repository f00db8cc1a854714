import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins, counted in the database so the limit holds across API instances. */
@Entity('login_attempt')
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column() email!: string;
  @Column('text', { nullable: true }) ip!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) attemptedAt!: Date;
}
