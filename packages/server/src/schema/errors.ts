import { GraphQLError } from "graphql";

/**
 * The errors a caller can act on. Yoga's masking lets GraphQLErrors through with their code;
 * anything else becomes "Unexpected error." with INTERNAL_SERVER_ERROR.
 */
export class BadUserInputError extends GraphQLError {
  /** `field` is the input path to fix, e.g. "input.processingCountries[0]". */
  constructor(message: string, field?: string, more: Record<string, unknown> = {}) {
    super(message, { extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}), ...more } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "NOT_FOUND" } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code: "CONFLICT", ...extensions } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "FORBIDDEN" } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  }
}
