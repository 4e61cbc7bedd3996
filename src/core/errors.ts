/**
 * Few error classes, each with a `code`; mapped to HTTP once, in the app's onError.
 * @module
 */

export type ErrorCode =
  'invalid-article' | 'invalid-input' | 'not-found' | 'unauthorized' | 'payload-too-large'

/** Base class of the errors core and platforms throw on purpose. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** An article file that does not match the schema: names the file and the field. */
export class ArticleError extends AppError {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string
  ) {
    super('invalid-article', `${file}: ${field}: ${detail}`)
    this.name = 'ArticleError'
  }
}
