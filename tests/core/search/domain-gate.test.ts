import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'
import { ask } from '../../../src/core/ask'

// The decline gate (src/core/ask.ts, knowledge/domain.yaml): words other domains share (公司,
// 赔偿, 投诉, 押金, 违约金) must not carry a consumer or housing question into a labour answer,
// and must still let a labour question through.
const library = loadBuiltLibrary()

describe('domain gate', () => {
  it.each([
    '房东不退押金，还要我付违约金',
    '网上买的鞋子坏了，卖家不理，我要投诉要赔偿',
    '装修公司拖工期，能要违约金吗',
    '航空公司取消航班不赔偿',
  ])('declines %s', (q) => expect(ask(q, { library }).declined).toBe(true))

  it.each([
    '公司扣了我三百块押金不退',
    '公司要我赔违约金才放我走',
    '老板不给赔偿，我去哪里投诉',
    '法律援助要什么条件',
    '餐厅老板拖欠服务员工资',
  ])('answers %s', (q) => expect(ask(q, { library }).declined).toBe(false))
})
