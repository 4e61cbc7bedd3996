import { describe, expect, it } from 'vitest'
import { ask } from '../../../src/core/ask'
import { composeAnswer } from '../../../src/core/answer/compose-answer'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'

const library = loadBuiltLibrary()

describe('an answer leads with the verdict and the figures in force (issue 14 items 9, 12)', () => {
  it('the minimum wage in December 2026 leads with the 2026-09-01 rate, the 2025 rate as history', () => {
    const top = library.byId.get('wage-minimum-guangdong-standard')!
    const answer = composeAnswer({ hits: [{ article: top, score: 10 }] } as never, library, {
      declined: false,
      calculation: null,
      today: new Date('2026-12-06T04:00:00Z'),
    })
    const lines = answer.text.split('\n')
    expect(lines[1]).toMatch(/^按今天（2026年12月6日），广州市月最低工资标准：2,680元\/月/)
    expect(lines[1]).toContain('此前为2,500元/月')
    // before 2026-09-01 the same article leads with the 2025 rate and announces the new one
    const summer = composeAnswer({ hits: [{ article: top, score: 10 }] } as never, library, {
      declined: false,
      calculation: null,
      today: new Date('2026-07-01T04:00:00Z'),
    })
    expect(summer.figures?.[0]).toMatch(/2,500元\/月.*已公布2026年9月1日起调整为2,680元\/月/)
  })

  it('shows an article verdict as the first line under the title', () => {
    const top = library.byId.get('retirement-working-after-retirement-age')!
    const answer = composeAnswer({ hits: [{ article: top, score: 10 }] } as never, library, {
      declined: false,
      calculation: null,
    })
    expect(answer.verdict).toBe(top.verdict)
    expect(answer.text.split('\n')[1]).toBe(`结论：${top.verdict}`)
  })

  it('articles without a verdict or figures start with the summary as before', () => {
    const top = library.articles.find((a) => !a.verdict && !a.figures.length && a.kind === 'rule')!
    const answer = composeAnswer({ hits: [{ article: top, score: 10 }] } as never, library, {
      declined: false,
      calculation: null,
    })
    expect(answer.text.split('\n')[1]).toBe(top.summary)
  })
})

describe("a case's headline carries only the case's own points (issue 14 item 13)", () => {
  it('never takes key points from the rule article of its topic', () => {
    for (const c of library.articles.filter((a) => a.kind === 'case')) {
      const rule = library.articles.find((a) => a.topic === c.topic && a.kind !== 'case')!
      const answer = composeAnswer(
        {
          hits: [
            { article: c, score: 10 },
            { article: rule, score: 9 },
          ],
        } as never,
        library,
        { declined: false, calculation: null }
      )
      for (const p of answer.keyPoints)
        expect(
          rule.sections.keyPoints.map((k) => k.replace(/\*\*|__|`/g, '')),
          c.id
        ).not.toContain(p)
    }
  })
})

describe('2025 law in answers (issue 14 items 1, 2)', () => {
  const today = new Date('2026-12-06T04:00:00Z')
  it.each([
    // the article a re-employed pensioner's question lands on no longer says 劳务关系 is settled
    {
      id: 'retirement-working-after-retirement-age',
      must: /第二十一条/,
      never: /一般按劳务关系处理/,
    },
    { id: 'termination-illegal-2n', must: /第十八条/ },
    { id: 'contract-open-ended-when', must: /第十条/ },
    { id: 'contract-open-ended-expiry-renewal', must: /超过一个月/ },
  ])('$id', ({ id, must, never }) => {
    const a = library.byId.get(id)!
    const { answer } = ask(a.title, { library, today })
    expect(answer.articleId).toBe(id)
    expect(a.body + a.summary).toMatch(must)
    if (never) expect(answer.text).not.toMatch(never)
  })
})

describe('the figure lines follow the city the question names', () => {
  const top = library.byId.get('wage-minimum-guangdong-standard')!
  const figures = (q: string) =>
    composeAnswer({ normalized: q, hits: [{ article: top, score: 10 }] } as never, library, {
      declined: false,
      calculation: null,
      today: new Date('2026-12-06T04:00:00Z'),
    }).figures
  it.each([
    // 粤府函〔2026〕188号: tier 2 Dongguan 2,300; tier 3 Heyuan 2,040
    {
      q: '东莞现在最低工资多少',
      line: /^按今天（2026年12月6日），东莞市月最低工资标准：2,300元\/月/,
    },
    { q: '河源最低工资', line: /河源市月最低工资标准：2,040元\/月/ },
  ])('$q', ({ q, line }) => {
    expect(figures(q)).toHaveLength(1)
    expect(figures(q)![0]).toMatch(line)
  })
  it('no city named: the series the article declares (Guangzhou, Shenzhen)', () => {
    expect(figures('最低工资现在多少')!.map((l) => l.slice(16, 19))).toEqual(['广州市', '深圳市'])
  })
})

describe('the verdict answers the question asked, not a neighbouring one (issue 14 item 12)', () => {
  const top = library.byId.get('retirement-working-after-retirement-age')!
  const verdict = (q: string) =>
    composeAnswer({ normalized: q, hits: [{ article: top, score: 10 }] } as never, library, {
      declined: false,
      calculation: null,
    }).verdict
  it('a compensation question gets the termination verdict', () => {
    expect(verdict('到了年龄公司要辞退我有没有补偿')).toMatch(
      /^到了法定退休年龄合同终止，没有经济补偿/
    )
  })
  it('the title question gets the article verdict', () => {
    expect(verdict('返聘还算劳动关系吗')).toBe(top.verdict)
  })
})
