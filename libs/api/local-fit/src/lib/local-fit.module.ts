import { Module } from '@nestjs/common';
import { StrategyModule } from '@regie/api/strategy';
import { LocalFitAssessmentsResolver } from './assessment/local-fit-assessments.resolver';
import { LocalFitService } from './assessment/local-fit.service';
import { ThemeLocalFitResolver } from './assessment/theme-local-fit.resolver';
import { IvpDocumentsController } from './ivp/ivp-documents.controller';
import { IvpService } from './ivp/ivp.service';
import { IvpPrioritiesResolver, IvpsResolver } from './ivp/ivps.resolver';
import { LocalFitScopes } from './local-fit-scope';
import { LocalFitLoaders } from './local-fit.loaders';
import { LocalFitMatrixResolver } from './matrix/local-fit-matrix.resolver';
import { LocalFitMatrixService } from './matrix/local-fit-matrix.service';
import { OverlapSignalsResolver } from './overlap/overlap-signals.resolver';
import { OverlapSignalsService } from './overlap/overlap-signals.service';
import { OurMunicipalityResolver } from './overview/our-municipality.resolver';
import { OurMunicipalityService } from './overview/our-municipality.service';
import { ParticipationService } from './participation/participation.service';
import { ParticipationsResolver } from './participation/participations.resolver';
import { GoodPracticesResolver, PracticeAdoptionsResolver } from './practices/good-practices.resolver';
import { GoodPracticesService } from './practices/good-practices.service';

/** Municipal participation and local fit: IVP register, participation, fit assessments, matrix, overlap, good practices. */
@Module({
  imports: [StrategyModule],
  controllers: [IvpDocumentsController],
  providers: [
    LocalFitScopes,
    LocalFitLoaders,
    LocalFitService,
    LocalFitAssessmentsResolver,
    ThemeLocalFitResolver,
    ParticipationService,
    ParticipationsResolver,
    IvpService,
    IvpsResolver,
    IvpPrioritiesResolver,
    GoodPracticesService,
    GoodPracticesResolver,
    PracticeAdoptionsResolver,
    LocalFitMatrixService,
    LocalFitMatrixResolver,
    OverlapSignalsService,
    OverlapSignalsResolver,
    OurMunicipalityService,
    OurMunicipalityResolver,
  ],
  exports: [LocalFitService],
})
export class LocalFitModule {}
