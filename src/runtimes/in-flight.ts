/**
 * Messages in hand on an outbound connection: at most `max` at once (beyond that the platform is
 * left to deliver the message again), and on stop a short wait for those still being answered.
 * @module
 */
import { sleep } from './backoff'

/** The count of messages being answered. */
export interface InFlight {
  /** Takes a place; false when `max` are already in hand (leave the message to be redelivered). */
  enter(): boolean
  /** Gives back a place taken by `enter`. */
  leave(): void
  /** Waits until none are in hand, at most `polls` × `pollMs` (the caller bounds stop anyway). */
  drain(): Promise<void>
  readonly count: number
}

/** Written here: a counter and a bounded wait, nothing an npm package would add to. */
export function createInFlight(max: number, polls = 100, pollMs = 50): InFlight {
  let count = 0
  return {
    enter() {
      if (count >= max) return false
      count++
      return true
    },
    leave() {
      count = Math.max(0, count - 1)
    },
    async drain() {
      for (let i = 0; count > 0 && i < polls; i++) await sleep(pollMs)
    },
    get count() {
      return count
    },
  }
}
