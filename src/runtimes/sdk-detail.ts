/**
 * One short line from what an SDK passes its logger: errors by message, URLs without their query
 * (connect URLs carry tickets), at most 200 characters. SDKs log no message text at warn/error.
 * @module
 */

/** The SDK's logger arguments as one safe line. */
export function sdkDetail(args: unknown[]): string {
  // The Feishu SDK's LoggerProxy hands its logger one array of the original arguments.
  return args
    .flat(2)
    .map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : ''))
    .filter(Boolean)
    .join(' ')
    .replace(/(\b[a-z]+:\/\/[^\s?#]*)[?#]\S*/gi, '$1?…')
    .slice(0, 200)
}
