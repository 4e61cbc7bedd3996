/**
 * Builds the traditional → simplified character table shipped in the artifact: only the
 * characters whose simplified form occurs in the knowledge base (or in numbers and units), so
 * the Worker carries a few KiB instead of opencc-js's full dictionaries.
 */
import * as OpenCC from 'opencc-js'

const EXTRA = '零一二三四五六七八九十百千万亿两元块年月日天号周岁级倍半个'

export function buildT2sTable(simplifiedText: string): Record<string, string> {
  const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' })
  const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' })
  const back = OpenCC.Converter({ from: 'hk', to: 'cn' })
  const table: Record<string, string> = {}
  const chars = new Set([...simplifiedText, ...EXTRA].filter((c) => /[\u4e00-\u9fff]/.test(c)))
  for (const c of [...chars].sort()) {
    for (const t of new Set([...toHk(c), ...toTw(c)])) {
      if (t !== c && [...t].length === 1 && back(t) === c) table[t] = c
    }
  }
  return table
}
