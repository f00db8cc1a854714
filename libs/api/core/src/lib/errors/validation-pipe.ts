import { ValidationError as ClassValidatorError, ValidationPipe } from '@nestjs/common';
import { FieldError, ValidationError } from './domain-errors';

function flatten(errors: ClassValidatorError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      messageKey: `validation.${constraint}`,
      message,
      params: (error.contexts?.[constraint] as Record<string, unknown> | undefined) ?? undefined,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator on every input; refusals become BAD_USER_INPUT with per-field message keys. */
export function createValidationPipe() {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => new ValidationError(flatten(errors)),
  });
}
