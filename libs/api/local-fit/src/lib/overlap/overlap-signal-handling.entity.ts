import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The bureau's mark that an overlap signal has been discussed/handled, with a note. Signals are computed on
 * read; the mark is kept under the signal's key (a hash of its facts, see `overlapSignalFacts`), one per
 * region and key. When the facts change, the signal gets a new key and is open again; the old mark stays
 * as the record of what was handled.
 */
@Entity('overlap_signal_handling')
export class OverlapSignalHandlingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') regionId!: string;
  @Column('text') signalKey!: string;
  @Column('text') kind!: string;
  @Column('text') note!: string;
  @Column('uuid', { nullable: true }) handledByUserId!: string | null;
  @Column('text') handledByName!: string;
  @Column('timestamptz', { default: () => 'now()' }) handledAt!: Date;
  @Column('integer', { default: 1 }) version!: number;
}
