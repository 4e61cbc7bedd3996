/**
 * Waits between reconnect attempts: doubling from `first` to `max`, each wait jittered down by up
 * to a fifth so that many PCs restarted together do not reconnect in step.
 * @module
 */

/** Bounds of a backoff in milliseconds. */
export interface BackoffMs {
  first: number
  max: number
}

/** A backoff sequence; `reset` after a connection that held. */
export interface Backoff {
  next(): number
  reset(): void
}

/** Written here rather than taken from npm: eight lines, and the runtimes need nothing more. */
export function createBackoff(bounds: BackoffMs, random: () => number = Math.random): Backoff {
  let wait = bounds.first
  return {
    next() {
      const ms = Math.round(wait * (1 - random() * 0.2))
      wait = Math.min(wait * 2, bounds.max)
      return ms
    },
    reset() {
      wait = bounds.first
    },
  }
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const done = () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done)
  })
}
