import { type AskResult, type CalculateFn, type Library } from '../core'
import type { FeedbackEvent } from '../chat'
import type { Config } from './config'
import type { RecordableAnswer } from './report'

/** What every route group gets: the library, the config, and ask() bound to its deps. */
export interface AppContext {
  library: Library
  config: Config
  ask: (question: string) => AskResult
  calculate?: CalculateFn
  now: () => Date
  /**
   * Hands an answer to the report store (kept only if declined, asked back about or weak);
   * returns at once, the write happens after the reply. A no-op when recording is off.
   */
  recordAnswer?: (platform: string, result: RecordableAnswer) => void
  /** Hands one 👍/👎 to the report store; returns at once (the write happens after the reply). */
  recordFeedback?: (platform: string, event: FeedbackEvent) => void
  /** Resolves when queued report writes have settled (a Worker passes it to waitUntil). */
  settleReports?: () => Promise<void>
}
