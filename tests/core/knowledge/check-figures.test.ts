import { describe, expect, it } from 'vitest'
import { figureLine } from '../../../src/core/answer/figure-lead'
import { figureInForce } from '../../../src/core/calc/figure-in-force'
import { checkFigures } from '../../../src/core/knowledge/check-figures'
import { parseArticle } from '../../../src/core/knowledge/parse-article'
import { loadParamTable } from '../calc/load-param-table'

const table = loadParamTable()

const article = (front: string) =>
  parseArticle(
    `---\nid: t\ntopic: wage-minimum\nkind: rule\ntitle: 测试\nkeywords: [测试]\nregion: guangdong\nbasis:\n  - { law: 劳动法 }\nupdated: 2026-12-01\nsources: [测试]\n${front}\n---\n\n## 要点\n- 一条\n`,
    't.md'
  )

describe('figureLine', () => {
  it('leads with the rate in force and gives the earlier one as history', () => {
    const line = figureLine(figureInForce(table, 'minimumWage', 'guangzhou', '2026-12-06'))
    expect(line).toMatch(/^按今天（2026年12月6日），广州市月最低工资标准：2,680元\/月（2026年9月1日起执行/)
    expect(line).toContain('此前为2,500元/月（2025年3月1日至2026年8月31日）')
    expect(line).toContain('12333')
  })
  it('says so when the newest figure is past its validTo', () => {
    const line = figureLine(figureInForce(table, 'provinceUrbanDisposableIncome', 'guangdong', '2026-12-06'))
    expect(line).toContain('2023年')
    expect(line).toContain('本库还没有核实新一期数字')
  })
  it('announces a later rate before it takes effect', () => {
    const line = figureLine(figureInForce(table, 'minimumWage', 'shenzhen', '2026-08-01'))
    expect(line).toContain('2,520元/月')
    expect(line).toContain('已公布2026年9月1日起调整为2,700元/月')
  })
})

describe('checkFigures (kb:check)', () => {
  it('fails a summary that leads with an expired standard without marking it as history', () => {
    const a = article(
      'summary: 广州最低工资每月2,500元，低于这个数就违法，请向当地人社部门（12333）核实。\nfigures:\n  - { name: minimumWage, region: guangzhou }'
    )
    expect(checkFigures([a], table, '2026-12-06').join('\n')).toMatch(/lead with 2,500/)
    // the same sentence was right while the 2025 rate was in force
    expect(checkFigures([a], table, '2026-05-01')).toEqual([])
  })
  it('accepts the expired rate when the sentence says it is history', () => {
    const a = article(
      'summary: 广州现在每月2,680元；此前（2025年3月1日至2026年8月31日）是2,500元，请向12333核实。\nfigures:\n  - { name: minimumWage, region: guangzhou }'
    )
    expect(checkFigures([a], table, '2026-12-06')).toEqual([])
  })
  it('accepts an old statistic named with its year', () => {
    const a = article('summary: 2025年死亡的，按2024年全国城镇居民人均可支配收入54,188元计算，请向12333核实。\nfacts: [C.cn.urban_income.2024]')
    expect(checkFigures([a], table, '2026-12-06')).toEqual([])
  })
  it('accepts an old statistic tied to the year of the event it is the base for', () => {
    const a = article(
      'summary: 测试用的摘要文字足够长，请向12333核实。\nfacts: [C.cn.urban_income.2024]'
    )
    a.sections.keyPoints = ['2025年死亡：54,188 × 20 = 1,083,760元。']
    expect(checkFigures([a], table, '2026-12-06')).toEqual([])
    a.sections.keyPoints = ['一次性工亡补助金是54,188 × 20 = 1,083,760元。']
    expect(checkFigures([a], table, '2026-12-06').join('\n')).toMatch(/lead with 54,188/)
  })
  it('refuses a declared series that is not in params.yaml', () => {
    const a = article('summary: 测试用的摘要文字足够长。\nfigures:\n  - { name: minimumWage, region: atlantis }')
    expect(checkFigures([a], table, '2026-12-06').join('\n')).toMatch(/not in params.yaml/)
  })
  it('requires validFrom and validTo on every entry', () => {
    const t = { ...table, entries: [{ ...table.entries[0]!, validTo: undefined }] }
    expect(checkFigures([], t, '2026-12-06').join('\n')).toMatch(/needs validFrom and validTo/)
  })
})
