/**
 * Background word weights (issue 12, item 2): a word that general Chinese uses as often as our
 * articles do (今年, 东西, 老公, 承诺) says little about the topic, however rare it is among 139
 * articles (where its corpus idf is high). Keyness compares the two: ln(share of the word among
 * the articles' tokens / its share in jieba's dictionary, a general-Chinese frequency list). A
 * word at or below `floorAt` keyness weighs `floor`, one at or above `fullAt` weighs 1, linear in
 * between. Domain words (the user dictionary's) and words jieba does not list keep weight 1.
 */
import type { IndexDoc } from '../../src/core/search/build-index'
import { indexTokens } from '../../src/core/search/build-index'
import { FIELDS } from '../../src/core/search/fields'
import type { Jieba } from './jieba'

export interface BackgroundOptions {
  floor: number
  floorAt: number
  fullAt: number
}

export const BACKGROUND_DEFAULTS: BackgroundOptions = { floor: 0.4, floorAt: 0, fullAt: 3 }

/**
 * Per indexed term (in `terms` order) its weight in percent, as sparse pairs (term, percent <
 * 100), each term number written as its gap from the previous pair's (half the gzip of the
 * numbers themselves).
 */
export function backgroundWeights(
  terms: readonly string[],
  docs: readonly IndexDoc[],
  jieba: Pick<Jieba, 'baseFreq' | 'baseTotal'>,
  options: BackgroundOptions = BACKGROUND_DEFAULTS
): number[] {
  const count = new Map<string, number>()
  let n = 0
  for (const d of docs)
    for (const f of FIELDS)
      for (const t of indexTokens(d.fields[f])) {
        count.set(t, (count.get(t) ?? 0) + 1)
        n++
      }
  const out: number[] = []
  let last = 0
  terms.forEach((t, id) => {
    const base = jieba.baseFreq(t)
    if (base === undefined || t.length < 2) return
    const keyness = Math.log((count.get(t) ?? 0.5) / n / (base / jieba.baseTotal))
    const { floor, floorAt, fullAt } = options
    const w = Math.min(
      1,
      Math.max(floor, floor + ((1 - floor) * (keyness - floorAt)) / (fullAt - floorAt))
    )
    const pct = Math.round(w * 100)
    if (pct < 100) {
      out.push(id - last, pct)
      last = id
    }
  })
  return out
}
