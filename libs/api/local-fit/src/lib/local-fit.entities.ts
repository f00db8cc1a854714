import { LocalFitAssessmentEntity, LocalFitCommentEntity } from './assessment/local-fit-assessment.entity';
import { IvpEntity, IvpPriorityEntity } from './ivp/ivp.entity';
import { OverlapSignalHandlingEntity } from './overlap/overlap-signal-handling.entity';
import { ParticipationEntity } from './participation/participation.entity';
import { GoodPracticeEntity, PracticeAdoptionEntity } from './practices/good-practice.entity';

export const LOCAL_FIT_ENTITIES = [IvpEntity, IvpPriorityEntity, ParticipationEntity, LocalFitAssessmentEntity, LocalFitCommentEntity, GoodPracticeEntity, PracticeAdoptionEntity, OverlapSignalHandlingEntity];
