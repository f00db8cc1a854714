import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Server-side session; the cookie holds a random token, the table only its SHA-256 hash. */
@Entity('user_session')
export class SessionEntity {
  @PrimaryColumn('text') tokenHash!: string;
  @Column('uuid') userId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz') expiresAt!: Date;
  @Column('text', { nullable: true }) userAgent!: string | null;
}
