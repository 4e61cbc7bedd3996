/**
 * The short-first chat layout (issue 13 item 4): ≤ 600 characters over every golden question,
 * verdict and figures before the summary, the rest (详情/证据/找谁) from the article.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'
import { ask } from '../../../src/core/ask'
import { createCalculate } from '../../../src/core/calc-bridge'
import {
  blockText,
  layoutMore,
  layoutShortAnswer,
  SHORT_ANSWER_MAX_CHARS,
} from '../../../src/core/answer/reply-layout'
import { MISSING_PARAM_HINTS } from '../../../src/core'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)!
const dir = join(import.meta.dirname, '../../golden')
const questions = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { q: string }).q)
  )
const text = (blocks: ReturnType<typeof layoutShortAnswer>) => blocks.map(blockText).join('\n\n')

describe('layoutShortAnswer', () => {
  it(`fits ${SHORT_ANSWER_MAX_CHARS} characters for every answered golden question`, () => {
    let answered = 0
    for (const q of questions) {
      const r = ask(q, { library, calculate })
      if (r.declined) continue
      answered++
      const blocks = layoutShortAnswer(r, { hints: MISSING_PARAM_HINTS })
      expect([...text(blocks)].length, q).toBeLessThanOrEqual(SHORT_ANSWER_MAX_CHARS)
      expect(blocks.at(-1)).toEqual({ kind: 'note', text: r.answer.disclaimer })
    }
    expect(answered).toBeGreaterThan(300)
  })

  it('leads with the verdict, then the summary; links the article when a base URL is given', () => {
    const r = ask('被违法辞退能拿多少赔偿', { library, calculate })
    const blocks = layoutShortAnswer(r, { articleUrl: (id) => `https://x.example/articles/${id}` })
    const t = text(blocks)
    if (r.answer.verdict)
      expect(t.indexOf(r.answer.verdict)).toBeLessThan(t.indexOf(r.answer.summary))
    expect(blocks.some((b) => b.kind === 'link' && b.url.startsWith('https://x.example/'))).toBe(
      true
    )
  })
})

describe('layoutMore', () => {
  const article = library.articles.find(
    (a) => a.sections.evidence.length && a.sections.steps.length
  )!
  it.each([
    ['detail', '怎么办'],
    ['evidence', '要保留的证据'],
    ['referral', '12333'],
  ] as const)('%s', (request, mark) => {
    const t = text(layoutMore(article, request))
    expect(t).toContain(article.title)
    expect(t).toContain(mark)
  })
})
