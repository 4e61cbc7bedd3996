/**
 * The learned topic model: multinomial logistic regression over a question's words and Chinese
 * character pairs, trained at build time (train-topic-model.ts) and shipped in the artifact as
 * pruned, quantised sparse weights. Inference is a sparse dot product plus a softmax.
 * @module
 */
import { findPacked, packTable } from '../segment/dag-segmenter'
import { DIGIT_VALUE, DIGITS } from '../segment/digits'
import { isIndexToken } from './build-index'

/** The shipped model: per feature its non-zero weights, quantised. */
export interface TopicModelData {
  /** Topic ids, in class order. */
  topics: string[]
  /** Per class its bias, in units of `step`. */
  bias: number[]
  /**
   * The features packed as packTable does (no prefixes), numbered in that table's order: the
   * number of a feature is its place there, so the table ships no values.
   */
  features: { entries: string[] }
  /**
   * Per feature number f, its weights as pairs (class, weight in units of `step`), one character
   * of {@link DIGITS} each: the class in `classes`, the weight + 32 (so −32…31 steps) in
   * `weights`, at the same place; feature f owns places [start[f], start[f + 1]) where start is
   * the running sum of `counts`. Strings, not numbers: a third of the size in the artifact; and
   * two of them, not one of alternating characters, because each compresses better alone.
   */
  counts: number[]
  classes: string
  weights: string
  /** Quantisation step of bias and weights. */
  step: number
}

/** A loaded model: class probabilities for a question. */
export interface TopicModel {
  readonly topics: readonly string[]
  /** Softmax probabilities per class (a fresh array). */
  predict(features: readonly string[]): Float64Array
}

/** The digits of the packed weights. */
export { DIGITS }
const OFFSET = 32

// A character feature starts with a character no token holds (tokens are cut at it), so 工资 the
// word and 工资 the pair stay apart.
const PAIR = '|'
/** A run of Chinese characters (CJK Unified Ideographs), for the character features. */
export const HAN = /[\u4e00-\u9fff]+/g

/**
 * The features of a normalised text and its segmented tokens: each distinct index word, and each
 * distinct Chinese character and pair of adjacent characters (which survive segmentation
 * mistakes, typos and words the dictionary lacks: 骨裂, 韧带). Bounded by the text's length.
 */
export function topicFeatures(normalized: string, tokens: readonly string[]): string[] {
  const out = new Set<string>()
  for (const t of tokens) if (isIndexToken(t)) out.add(t)
  for (const m of normalized.matchAll(HAN)) {
    const run = m[0]
    for (let i = 0; i < run.length; i++) {
      out.add(PAIR + run[i]!)
      if (i + 1 < run.length) out.add(PAIR + run.slice(i, i + 2))
    }
  }
  return [...out]
}

/** Packs trained dense weights (per feature, per class) into {@link TopicModelData}. */
export function packTopicModel(
  topics: readonly string[],
  featureNames: readonly string[],
  weights: readonly Float64Array[],
  bias: Float64Array,
  step: number
): TopicModelData {
  if (topics.length > DIGITS.length) throw new Error(`at most ${DIGITS.length} topics`)
  const kept: Array<[string, string, string]> = []
  featureNames.forEach((name, f) => {
    let classes = ''
    let values = ''
    weights[f]!.forEach((w, c) => {
      const q = Math.max(-OFFSET, Math.min(OFFSET - 1, Math.round(w / step)))
      if (q === 0) return
      classes += DIGITS[c]!
      values += DIGITS[q + OFFSET]!
    })
    if (classes) kept.push([name, classes, values])
  })
  // In the packed table's order (by length, then code units), so a feature's number is its place.
  kept.sort(([a], [b]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
  const table = packTable(
    kept.map(([name], k) => [name, k] as const),
    1
  )
  if (!table.values.every((v, k) => v === k)) throw new Error('topic features out of table order')
  return {
    topics: [...topics],
    bias: Array.from(bias, (b) => Math.round(b / step)),
    features: { entries: table.entries },
    counts: kept.map(([, classes]) => classes.length),
    classes: kept.map(([, classes]) => classes).join(''),
    weights: kept.map(([, , values]) => values).join(''),
    step,
  }
}

/** Loads shipped weights; nothing is copied or re-keyed (lookups search the packed table). */
export function loadTopicModel(data: TopicModelData): TopicModel {
  const { entries } = data.features
  const offsets = new Int32Array(entries.length + 1)
  for (let L = 1; L <= entries.length; L++)
    offsets[L] = offsets[L - 1]! + entries[L - 1]!.length / L
  const start = new Int32Array(data.counts.length + 1)
  for (let f = 0; f < data.counts.length; f++) start[f + 1] = start[f]! + data.counts[f]!
  const classes = data.topics.length
  const bias = Float64Array.from(data.bias, (b) => b * data.step)
  return {
    topics: data.topics,
    predict(features) {
      const z = bias.slice()
      let found = 0
      const ids: number[] = []
      for (const name of features) {
        const L = name.length
        const k = L > 0 && L <= entries.length ? findPacked(entries[L - 1]!, L, name, 0) : -1
        if (k >= 0) ids.push(offsets[L - 1]! + k)
        found++
      }
      // Inputs are scaled to unit length over all the question's features, as in training.
      const x = found ? data.step / Math.sqrt(found) : 0
      const { classes: cls, weights: w } = data
      for (const f of ids)
        for (let p = start[f]!; p < start[f + 1]!; p++)
          z[DIGIT_VALUE[cls.charCodeAt(p)]!] += x * (DIGIT_VALUE[w.charCodeAt(p)]! - OFFSET)
      return softmax(z, classes)
    },
  }
}

/** Softmax in place (returns its argument). */
export function softmax(z: Float64Array, n = z.length): Float64Array {
  let max = -Infinity
  for (let c = 0; c < n; c++) if (z[c]! > max) max = z[c]!
  let sum = 0
  for (let c = 0; c < n; c++) sum += z[c] = Math.exp(z[c]! - max)
  for (let c = 0; c < n; c++) z[c]! /= sum
  return z
}
