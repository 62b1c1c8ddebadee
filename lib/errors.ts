// Expected errors: shown to the user as a message key of the catalogue; anything else is logged as unexpected.
export type ExpectedErrorCode = "not-found" | "forbidden" | "conflict" | "invalid" | "locked";

export class ExpectedError extends Error {
  constructor(
    readonly code: ExpectedErrorCode,
    /** key in messages/*.json under "errors" */
    readonly messageKey: string = code,
  ) {
    super(messageKey);
    this.name = "ExpectedError";
  }
}

/** "Not allowed" looks like "not found": a caller learns nothing about records outside their scope. */
export function notFound(): ExpectedError {
  return new ExpectedError("not-found");
}

export function forbidden(): ExpectedError {
  return new ExpectedError("forbidden");
}
