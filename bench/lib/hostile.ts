/**
 * Hostile inputs for the bench (issue 11): questions shaped to make segmentation, sub-word
 * expansion and phrase matching do the most work per character. Deterministic (seeded), so two
 * runs time the same strings.
 */
import { percentile } from './timing'
import { seededRandom } from '../../src/core/seeded-random'

const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'
const REPEATED = ['x', '工', '1', '.', '资', 'a', '老']

/**
 * `n` strings of `length` characters, in turn: one character repeated, one unknown word (letters
 * and digits the segmenter keeps as a single token), random CJK (U+4E00–U+9FD5).
 */
export function hostileInputs(n = 1000, length = 1000, seed = 11): string[] {
  const rand = seededRandom(seed)
  const pick = (s: string) => s[Math.floor(rand() * s.length)]!
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const kind = i % 3
    if (kind === 0) out.push(REPEATED[Math.floor(rand() * REPEATED.length)]!.repeat(length))
    else if (kind === 1) out.push(Array.from({ length }, () => pick(ALNUM)).join(''))
    else
      out.push(
        Array.from({ length }, () =>
          String.fromCharCode(0x4e00 + Math.floor(rand() * (0x9fd5 - 0x4e00 + 1)))
        ).join('')
      )
  }
  return out
}

/** The long chat messages the issue timed: a Telegram-size run of one letter, and 6,000 characters. */
export const LONG_MESSAGES = {
  'x × 4,096 (Telegram max)': 'x'.repeat(4096),
  '6,000 characters (a1…)': 'a1'.repeat(3000),
} as const

/** `questions` with one 1,000 × "x" question after every 49 (2 % of the requests). */
export function withLongMessages(questions: readonly string[]): string[] {
  const out: string[] = []
  let k = 0
  for (let i = 0; out.length < Math.max(50, questions.length * 1.02); i++) {
    out.push(questions[i % questions.length]!)
    if (++k === 49) {
      out.push('x'.repeat(1000))
      k = 0
    }
  }
  return out
}

/**
 * p50/p99 of fn's CPU time (process.cpuUsage, user + system, ms) per input, after one warm-up
 * round: on a shared, loaded machine wall time mostly measures waiting for a core.
 */
export function cpuEach<T>(
  inputs: readonly T[],
  rounds: number,
  fn: (input: T) => unknown
): { p50: number; p99: number; samples: number } {
  for (const x of inputs) fn(x)
  const samples: number[] = []
  for (let r = 0; r < rounds; r++)
    for (const x of inputs) {
      const start = process.cpuUsage()
      fn(x)
      const d = process.cpuUsage(start)
      samples.push((d.user + d.system) / 1000)
    }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), samples: samples.length }
}
