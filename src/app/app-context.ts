import { type AskResult, type CalculateFn, type Library } from '../core'
import type { Config } from './config'

/** What every route group gets: the library, the config, and ask() bound to its deps. */
export interface AppContext {
  library: Library
  config: Config
  ask: (question: string) => AskResult
  calculate?: CalculateFn
  now: () => Date
}
