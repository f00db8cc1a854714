import { Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, ValidationError } from './domain-errors';

const logger = new Logger('GraphQL');

// Apollo's own codes for malformed operations and variables are client errors and pass through.
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

/** The one place where errors become GraphQL `extensions.code`; unknown errors never leak details. */
export function formatGraphqlError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: {
          code: original.code,
          messageKey: original.messageKey,
          ...(original instanceof ValidationError ? { fields: original.fields } : {}),
        },
      };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code, messageKey: 'errors.badRequest' } };
    }
    logger.error(original instanceof Error ? original.stack : String(original));
    return {
      message: production ? 'Internal server error' : formatted.message,
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        messageKey: 'errors.internal',
        ...(production ? {} : { stacktrace: formatted.extensions?.['stacktrace'] }),
      },
    };
  };
}
