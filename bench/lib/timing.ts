/** Latency sampling helpers: per-call performance.now() samples and nearest-rank percentiles. */

/** Nearest-rank percentile of unsorted samples (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export interface Latency {
  p50: number
  p99: number
  samples: number
}

/**
 * Times fn once per input, `rounds` times over the inputs (after `warmupRounds` untimed rounds),
 * each call separately, so p99 includes the GC pauses a real caller would see. Three warm-up rounds:
 * with one, the first timed rounds still ran code V8 had not optimised yet (a running server is
 * past that after its first few hundred requests), which alone put the dev-set p99 near 1 ms.
 */
export function timeEach<T>(
  inputs: readonly T[],
  rounds: number,
  fn: (input: T) => unknown,
  warmupRounds = 3
): Latency {
  for (let r = 0; r < warmupRounds; r++) for (const x of inputs) fn(x)
  const samples: number[] = []
  let sink = 0
  for (let r = 0; r < rounds; r++)
    for (const x of inputs) {
      const t0 = performance.now()
      const out = fn(x)
      samples.push(performance.now() - t0)
      if (out) sink++
    }
  if (sink < 0) console.log(sink)
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), samples: samples.length }
}

/** Rounds to 3 decimals (ms figures) or keeps null. */
export function ms3(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : Math.round(x * 1000) / 1000
}
