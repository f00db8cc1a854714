import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLSchema } from 'graphql';
import { AppConfig } from '../config/app-config';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { GraphqlContext, RegieRequest } from '../request/graphql-context';
import { Loaders } from '../request/loaders';
import { costLimitPlugin } from './cost-limit.plugin';
import { depthLimit } from './depth-limit.rule';

/**
 * Apollo as Regie serves it: schema file written in development, CSRF prevention and no batching
 * (Apollo 5 defaults), depth and cost limits, and in production no introspection, no field
 * suggestions and no stack traces.
 */
export function graphqlOptions(config: AppConfig, schemaFile: string | false): ApolloDriverConfig {
  let schema: GraphQLSchema | undefined;
  return {
    path: '/graphql',
    autoSchemaFile: schemaFile || true,
    sortSchema: true,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    playground: false,
    validationRules: [depthLimit(config.GRAPHQL_MAX_DEPTH)],
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      costLimitPlugin(() => {
        if (!schema) throw new Error('GraphQL schema not ready');
        return schema;
      }, config.GRAPHQL_MAX_COST),
    ],
    transformSchema: (built) => {
      schema = built;
      return built;
    },
    formatError: formatGraphqlError(config.production),
    context: ({ req, res }: { req: RegieRequest; res: GraphqlContext['res'] }): GraphqlContext => ({ req, res, loaders: new Loaders() }),
  };
}
