export * from './lib/local-fit.module';
export * from './lib/local-fit.entities';
export * from './lib/assessment/local-fit-assessment.entity';
export * from './lib/assessment/local-fit-assessment.model';
export * from './lib/assessment/local-fit.service';
export * from './lib/ivp/ivp.entity';
export * from './lib/participation/participation.entity';
export * from './lib/practices/good-practice.entity';
