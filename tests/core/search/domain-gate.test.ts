import { describe, expect, it } from 'vitest'
import { loadBuiltLibrary } from '../../../scripts/lib/load-library'
import { ask, MIN_SCORE, MODEL_SURE, shouldDecline } from '../../../src/core/ask'

// The decline gate (src/core/ask.ts, knowledge/domain.yaml): words other domains share (公司,
// 赔偿, 投诉, 押金, 违约金) must not carry a consumer or housing question into a labour answer,
// and must still let a labour question through.
const library = loadBuiltLibrary()

describe('domain gate', () => {
  it('keeps shared words out of the strong labour list, even when the user dictionary has them', () => {
    for (const w of ['公司', '投诉', '起诉', '聊天记录', '医疗费'])
      expect(library.domain.shared).toContain(w)
    expect(library.domain.labour).toContain('聊天记录') // from knowledge/userdict.txt
    expect(library.domain.labour).toContain('工资')
    // Neutral dictionary words (negation units, 寒假) are kept whole but mark no domain.
    for (const w of ['不给', '寒假']) {
      expect(library.domain.labour).not.toContain(w)
      expect(library.domain.shared).not.toContain(w)
    }
  })

  it.each([
    '房东不退押金，还要我付违约金',
    '网上买的鞋子坏了，卖家不理，我要投诉要赔偿',
    '装修公司拖工期，能要违约金吗',
    '航空公司取消航班不赔偿',
    // A customer, borrower or patient, not a worker: role words outvote shared words (服务员, 医疗费, 老板跑路, 起诉).
    '在餐厅吃饭被烫伤了，服务员不管，赔我医药费',
    '健身房老板跑路了，办的年卡钱能要回来吗',
    '朋友借了我两万不还，只有聊天记录，能起诉吗',
    '去超市买菜滑倒摔伤了，超市要不要赔医疗费',
    // A labour word inside another domain's word (培训 in 培训机构) is not labour evidence.
    '给孩子报的培训班跑路了，学费能退吗',
    // Negation units (不给, 没发 …) are in the user dictionary but are shared words, not labour evidence.
    '商家不给退款，我要投诉',
    '寒假去哪里旅游好',
    // A trade's certificate exam is schooling, not work (电工 inside 电工证 is masked).
    '考电工证要多少钱，哪里能报名',
  ])('declines %s', (q) => expect(ask(q, { library }).declined).toBe(true))

  it.each([
    '公司扣了我三百块押金不退',
    '公司要我赔违约金才放我走',
    '老板不给赔偿，我去哪里投诉',
    '法律援助要什么条件',
    '餐厅老板拖欠服务员工资',
    // A worker who names a customer-side word is still a worker when a labour word is present.
    '我在餐厅上班端菜被烫伤了，老板不给医药费',
    '我在超市做收银员，老板拖欠工资',
    '顾客投诉我，经理就扣我工资',
    '公司送我去培训，回来要签五年服务期',
    // 看病 alone is not another domain: a worker asks about sick leave or medical costs too.
    '看病花了两万，单位能报销吗',
    // A worker named by the trade (装修工, 理货员) with another domain's word (装修) is a worker.
    '我是装修工，工程做完了老板一直不结账',
    '在仓库当理货员三年了，想走人能拿什么',
  ])('answers %s', (q) => expect(ask(q, { library }).declined).toBe(false))
})

describe('shouldDecline with the topic model', () => {
  // Weak lexical evidence (below MIN_SCORE): answered only with a strong labour word and a sure model.
  const weak = MIN_SCORE - 0.5
  it.each([
    ['劳动仲裁输了怎么办', MODEL_SURE, false],
    ['劳动仲裁输了怎么办', MODEL_SURE - 0.1, true],
    ['房东不退押金怎么办', 0.99, true],
  ])('%s, model p %s → declined %s', (q, p, declined) =>
    expect(shouldDecline(library.normalize(q), weak, library, p)).toBe(declined)
  )
})
