import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, CoreModule, graphqlOptions } from '@regie/api/core';
import { ReportingModule } from '@regie/api/reporting';
import { StrategyModule } from '@regie/api/strategy';
import { LocalFitModule } from '@regie/api/local-fit';
import { HandoverModule } from '@regie/api/handover';
import { DataSourceOptions } from 'typeorm';

export interface AppModuleOptions {
  config: AppConfig;
  database: DataSourceOptions;
  /** Where to write the sorted schema; false in production and tests that do not need it. */
  schemaFile: string | false;
}

@Module({})
export class AppModule {
  static forRoot({ config, database, schemaFile }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(database),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config, schemaFile) }),
        CoreModule.forRoot(config),
        StrategyModule,
        LocalFitModule,
        ReportingModule,
        HandoverModule,
      ],
    };
  }
}
