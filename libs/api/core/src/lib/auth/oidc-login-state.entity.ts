import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** PKCE verifier and state of a sign-in in flight, kept server-side so no secret reaches the browser. */
@Entity('oidc_login_state')
export class OidcLoginStateEntity {
  @PrimaryColumn('text') state!: string;
  @Column('text') codeVerifier!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
