/**
 * Builds the traditional → simplified character table shipped in the artifact: only the
 * characters whose simplified form occurs in the knowledge base (or in numbers and units), so
 * the Worker carries a few KiB instead of opencc-js's full dictionaries.
 *
 * Every traditional form opencc-js knows for such a character is included, not just the one its
 * simplified → traditional direction picks: 签 takes 簽 and 籤, 板 takes 闆, 系 takes 係 and 繫, 只 takes
 * 隻 and 衹, 台 takes 臺, 檯, 颱 and 枱 — standard forms (its traditional → simplified character table)
 * and Hong Kong / Taiwan variants (綫, 爲, 麪 …, mapped to the standard form first).
 */
import * as OpenCC from 'opencc-js'

const EXTRA = '零一二三四五六七八九十百千万亿两元块年月日天号周岁级倍半个'

/**
 * Traditional forms that are ordinary simplified characters in other words: mapping them would
 * rewrite simplified text (著 is Taiwan's form of 着, but 显著, 著作, 著名 are simplified words).
 */
const KEEP = new Set(['著'])

/** The character dictionary of an opencc-js dictionary group: "from to[ to…]|…" → from → first to. */
function characterTable(groups: readonly (readonly unknown[])[] | undefined): Map<string, string> {
  const table = new Map<string, string>()
  for (const group of groups ?? [])
    for (const dict of group) {
      if (typeof dict !== 'string') continue
      for (const entry of dict.split('|')) {
        const [from, to] = entry.split(' ')
        // Phrase dictionaries share the format; only single characters belong in this table.
        if (from && to && [...from].length === 1 && [...to].length === 1) table.set(from, to)
      }
    }
  return table
}

export function buildT2sTable(simplifiedText: string): Record<string, string> {
  const chars = new Set([...simplifiedText, ...EXTRA].filter((c) => /[\u4e00-\u9fff]/.test(c)))
  const table: Record<string, string> = {}
  const add = (t: string, c: string) => {
    if (t !== c && [...t].length === 1 && chars.has(c) && !KEEP.has(t)) table[t] = c
  }

  // 1. Standard traditional → simplified, and regional variants → standard traditional → simplified.
  const toSimplified = characterTable(OpenCC.Locale.to.cn)
  const variants = new Map([
    ...characterTable(OpenCC.Locale.from.tw),
    ...characterTable(OpenCC.Locale.from.hk),
  ])
  for (const t of new Set([...toSimplified.keys(), ...variants.keys()])) {
    const standard = variants.get(t) ?? t
    add(t, toSimplified.get(standard) ?? standard)
  }

  // 2. The converters' own choice (phrase-aware), so nothing the previous table held is lost.
  const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' })
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' })
  const back = OpenCC.Converter({ from: 'hk', to: 'cn' })
  for (const c of [...chars].sort()) {
    for (const t of new Set([...toHk(c), ...toTw(c)])) if (back(t) === c) add(t, c)
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)))
}
