import { Module } from '@nestjs/common';
import { HandoverResolver } from './handover.resolver';
import { HandoverService } from './handover.service';

@Module({ providers: [HandoverService, HandoverResolver] })
export class HandoverModule {}
