/**
 * nodejieba with the project's user dictionary, plus jieba's frequency table so the runtime
 * segmenter can reproduce jieba's route over the index vocabulary. Build time only: nodejieba is
 * a native addon and cannot run in workerd (toolchain.md §1).
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

const require = createRequire(import.meta.url)
const nodejieba = require('nodejieba') as {
  load(opts: { userDict?: string }): void
  cut(text: string, hmm?: boolean): string[]
  DEFAULT_DICT: string
}

export interface Jieba {
  cut(text: string): string[]
  /** Frequency in jieba's dictionary or the user dictionary. */
  freq(word: string): number | undefined
  /** Sum of all dictionary frequencies (jieba's `total`). */
  total: number
  /**
   * Frequency in jieba's own dictionary (general Chinese), undefined for a word only the user
   * dictionary lists (a domain word) or none does.
   */
  baseFreq(word: string): number | undefined
  /** Sum of jieba's own dictionary's frequencies. */
  baseTotal: number
  /** The dictionary's words, most frequent first. */
  wordsByFreq(): string[]
  maxWordLength: number
}

function readDict(path: string, into: Map<string, number>): number {
  let sum = 0
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, f] = line.trim().split(/\s+/)
    if (!word) continue
    const freq = Number(f)
    const value = Number.isFinite(freq) && freq > 0 ? freq : USER_WORD_FREQ
    into.set(word.toLowerCase(), value)
    sum += value
  }
  return sum
}

/** Frequency given to a user-dictionary word without one. */
const USER_WORD_FREQ = 20000

export function loadJieba(userDictPath: string | null): Jieba {
  nodejieba.load(userDictPath ? { userDict: userDictPath } : {})
  const freqs = new Map<string, number>()
  const baseTotal = readDict(nodejieba.DEFAULT_DICT, freqs)
  const base = new Map(freqs)
  const user = new Map<string, number>()
  let total = baseTotal
  if (userDictPath) total += readDict(userDictPath, user)
  for (const [w, f] of user) {
    freqs.set(w, f)
    base.delete(w)
  }
  let maxWordLength = 1
  for (const w of freqs.keys()) if (w.length > maxWordLength) maxWordLength = w.length
  return {
    cut: (text) => nodejieba.cut(text, true),
    freq: (w) => freqs.get(w),
    total,
    baseFreq: (w) => base.get(w),
    baseTotal,
    wordsByFreq: () => [...freqs.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w),
    maxWordLength,
  }
}
