import { Injectable } from '@nestjs/common';
import { groupByKey, Loaders } from '@regie/api/core';
import { LocalFitService } from './assessment/local-fit.service';
import { IvpService } from './ivp/ivp.service';
import { GoodPracticesService } from './practices/good-practices.service';

/** Local fit's DataLoaders: one statement per relation per request, however many rows ask. */
@Injectable()
export class LocalFitLoaders {
  constructor(
    private readonly localFit: LocalFitService,
    private readonly ivps: IvpService,
    private readonly practices: GoodPracticesService,
  ) {}

  assessmentsOfTheme(loaders: Loaders) {
    return loaders.get('localFit.assessmentsOfTheme', async (ids) => groupByKey(ids, await this.localFit.ofThemes(ids), (row) => row.themeId));
  }
  userName(loaders: Loaders) {
    return loaders.get('localFit.userName', async (ids) => {
      const names = new Map((await this.localFit.userNames(ids)).map((user) => [user.id, user.name]));
      return ids.map((id) => names.get(id) ?? null);
    });
  }
  commentsOfAssessment(loaders: Loaders) {
    return loaders.get('localFit.commentsOfAssessment', async (ids) => groupByKey(ids, await this.localFit.commentsOf(ids), (row) => row.assessmentId));
  }
  prioritiesOfIvp(loaders: Loaders) {
    return loaders.get('localFit.prioritiesOfIvp', async (ids) => groupByKey(ids, await this.ivps.prioritiesOf(ids), (row) => row.ivpId));
  }
  adoptionsOfPractice(loaders: Loaders) {
    return loaders.get('localFit.adoptionsOfPractice', async (ids) => groupByKey(ids, await this.practices.adoptionsOf(ids), (row) => row.practiceId));
  }
}
