import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, IdArgs, Municipality } from '@regie/api/core';
import { Measurement, RecordMeasurementInput, UpdateMeasurementInput } from './measurement.model';
import { MeasurementsService } from './measurements.service';
import { ImportMeasurementsInput, MeasurementImportResult } from './import/measurement-import.model';
import { MeasurementImportService } from './import/measurement-import.service';

@Resolver(() => Measurement)
export class MeasurementsResolver {
  constructor(
    private readonly measurements: MeasurementsService,
    private readonly directoryLoaders: DirectoryLoaders,
    private readonly imports: MeasurementImportService,
  ) {}

  @Mutation(() => Measurement)
  recordMeasurement(@CurrentActor() actor: Actor, @Args('input') input: RecordMeasurementInput) {
    return this.measurements.record(actor, input);
  }

  @Mutation(() => Measurement)
  updateMeasurement(@CurrentActor() actor: Actor, @Args('input') input: UpdateMeasurementInput) {
    return this.measurements.update(actor, input);
  }

  @Mutation(() => MeasurementImportResult, { description: 'Imports a CSV or XLSX file of one indicator: all rows or none.' })
  importMeasurements(@CurrentActor() actor: Actor, @Args('input') input: ImportMeasurementsInput) {
    return this.imports.import(actor, input);
  }

  @Mutation(() => Boolean)
  deleteMeasurement(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.measurements.delete(actor, id);
  }

  @ResolveField(() => Municipality, { nullable: true })
  municipality(@Parent() measurement: Measurement, @Context() { loaders }: GraphqlContext) {
    return measurement.municipalityId ? this.directoryLoaders.municipality(loaders).load(measurement.municipalityId) : null;
  }
}
