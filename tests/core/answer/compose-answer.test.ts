import { describe, expect, it } from 'vitest'
import { ask } from '../../../src/core/ask'
import { createCalculate } from '../../../src/core/calc-bridge'
import { formatCalculation } from '../../../src/core/answer/format-calculation'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'

const library = loadBuiltLibrary()
const calculate = createCalculate(library)!
const today = new Date('2026-06-15T04:00:00Z')

describe('answer citations', () => {
  it('name each statute once, with all its cited articles and its document number', () => {
    for (const article of library.articles.filter((a) => a.kind !== 'case').slice(0, 40)) {
      const { answer, declined } = ask(article.title, { library, today })
      if (declined) continue
      const laws = new Set(answer.basis.map((b) => b.law))
      expect(answer.citations).toHaveLength(laws.size)
      for (const b of answer.basis) {
        const line = answer.citations.find((c) =>
          c.startsWith(`《${library.statutes.get(b.law)?.fullName ?? b.law}》`)
        )
        expect(line, `${article.id}: ${b.law}`).toBeDefined()
        if (b.article) expect(line).toContain(b.article)
      }
      expect(answer.text).toContain(answer.citations.join('；'))
    }
  })
})

describe('formatCalculation', () => {
  it('titles the result in Chinese, shows the calculation basis and each table figure with its year and region', () => {
    const fromQuestion = ask(
      '我爸2010年12月进厂，2023年10月在家病逝，不是工伤，家属能领什么钱？在广东',
      { library, today, calculate }
    )
    const calc = fromQuestion.calculation
    expect(calc && 'amount' in calc).toBe(true)
    const lines = formatCalculation(calc!)
    expect(lines[0]).toMatch(/^非因工死亡.*约 52,163\.21 元$/)
    expect(lines.join('\n')).not.toContain('non-work-death')
    expect(lines.find((l) => l.startsWith('计算依据'))).toContain('《社会保险法》第十七条')
    expect(lines.find((l) => l.startsWith('用到的官方数字'))).toMatch(
      /56,905\.30（2022年，广东省，广东统计年鉴2024 表10-22）/
    )
  })

  it('shows whole-number steps without decimals (months are not money)', () => {
    const { calculation } = ask('干了三年半，月薪6000，公司无故辞退我，能拿多少', {
      library,
      today,
      calculate,
    })
    const text = formatCalculation(calculation!).join('\n')
    expect(text).toMatch(/工作年限折算月数：.* = 4$/m)
    expect(text).toContain('= 48,000')
  })
})
