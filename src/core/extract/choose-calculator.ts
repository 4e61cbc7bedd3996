import type { CalculatorName } from '../calc/types'

/** Which calculator a taxonomy topic id points to (topics from shared/taxonomy.md). */
export const TOPIC_CALCULATOR: Readonly<Record<string, CalculatorName>> = {
  'contract-written': 'double-wage-no-contract',
  'contract-probation': 'minimum-wage-check',
  'wage-minimum': 'minimum-wage-check',
  'overtime-pay': 'overtime',
  'working-hours': 'overtime',
  'leave-annual': 'annual-leave-pay',
  'leave-sick': 'sick-pay',
  'termination-severance': 'severance',
  'termination-illegal': 'illegal-termination',
  'termination-notice': 'notice-pay',
  resignation: 'severance',
  'business-closure': 'severance',
  'work-injury-recognition': 'work-injury-application-deadline',
  'work-injury-benefits': 'work-injury-disability',
  'work-injury-death': 'work-injury-death',
  'non-work-death': 'non-work-death',
  'labor-dispute-process': 'arbitration-deadline',
}

type Rule = [RegExp, number]

const DEATH = /(去世|逝世|死亡|病逝|病故|过世|身故|猝死|离世|丧葬|抚恤)/
const WORK_DEATH =
  /(工亡|因工死亡|工伤死亡|工伤.{0,6}(去世|死亡|身亡)|上班.{0,8}(去世|死亡|身亡)|工地.{0,8}(去世|死亡|身亡)|一次性工亡)/

// Keyword weights: 3 = names the benefit, 2 = strong hint, 1 = weak hint.
const RULES: Readonly<Record<CalculatorName, Rule[]>> = {
  'double-wage-no-contract': [
    [/(没有?|未|不|没给|不给|无)\s*(签|签订|订立|签署)?\s*(书面)?\s*(劳动)?合同/, 3],
    [/(二倍|双倍|两倍)工资.{0,6}(合同)|合同.{0,12}(二倍|双倍|两倍)/, 3],
    [/没合同|无合同/, 3],
  ],
  'illegal-termination': [
    [/违法(解除|辞退|开除|终止)|非法(辞退|解除|开除)|赔偿金|2N|二N|双倍赔偿/, 3],
    [
      /(无故|随便|直接|突然|无理由|没有理由|不公平|莫名其妙).{0,8}(辞退|开除|解除|炒|裁|落选)|(辞退|开除).{0,6}(没有|不给|无)(理由|原因)/,
      3,
    ],
    [/不公平|恶意|违法/, 1],
  ],
  'notice-pay': [
    [/N\s*\+\s*1|代通知金|额外.{0,4}一个月工资/, 4],
    [/(没有|未|不)提前.{0,6}(30|三十)天|不胜任|医疗期满|客观情况.{0,4}变化/, 2],
  ],
  severance: [
    [/经济补偿|补偿金|遣散费|离职补偿|工龄补偿/, 3],
    [/裁员|辞退|解除|倒闭|搬迁|合同到期|不续签|被迫辞职|补偿/, 2],
  ],
  overtime: [
    [/加班费|加班工资|加班/, 3],
    [
      /(三倍|3倍)工资|节假日.{0,6}(上班|工资)|(每天|一天).{0,10}(1[0-9]|2[0-4]|十[一二三四五六七八九]?|二十[一二三四]?)\s*(个)?小时/,
      3,
    ],
    [/值班|休息日.{0,4}上班|周末.{0,4}上班/, 1],
  ],
  'annual-leave-pay': [[/年休假|年假/, 3]],
  'sick-pay': [
    [/病假工资|病假.{0,6}(工资|钱|怎么算|多少)|医疗期.{0,6}工资/, 4],
    [/病假|医疗期|生病|住院/, 2],
  ],
  'minimum-wage-check': [
    [/最低工资/, 3],
    [/(试用期?|实习).{0,10}(发|工资|给).{0,6}\d|(签|合同).{0,12}(实际|只|才)?发/, 3],
    [/只发|才发|工资太低|低于/, 1],
  ],
  'work-injury-disability': [
    [/伤残|残疾等级|劳动能力鉴定|工伤.{0,6}级|级.{0,2}工伤/, 4],
    [/工伤.{0,10}(赔|多少|补助)/, 2],
  ],
  'work-injury-death': [[WORK_DEATH, 6]],
  'non-work-death': [[DEATH, 4]],
  'arbitration-deadline': [
    [
      /仲裁时效|时效|仲裁.{0,8}(期限|过期|来得及|多久|还能)|(过了|超过).{0,6}(一年|1年).{0,8}(仲裁|告)/,
      4,
    ],
  ],
  'work-injury-application-deadline': [
    [
      /(工伤认定|认定工伤|申请工伤|报工伤).{0,10}(期限|时限|多久|来得及|过期|还能|多长时间|时间)|(多久|几天).{0,6}(申请|认定)工伤/,
      5,
    ],
  ],
}

/** The calculator a question implies (keywords first, topics as a hint), or undefined. */
export const chooseCalculator = (
  question: string,
  topics: readonly string[]
): CalculatorName | undefined => {
  const scores = new Map<CalculatorName, number>()
  for (const [name, rules] of Object.entries(RULES) as [CalculatorName, Rule[]][]) {
    let s = 0
    for (const [re, w] of rules) if (re.test(question)) s += w
    if (s > 0) scores.set(name, s)
  }
  // A death question is never a plain wage question; a work death outranks a non-work death.
  if (scores.has('work-injury-death')) scores.delete('non-work-death')
  if (scores.has('non-work-death') || scores.has('work-injury-death')) {
    scores.delete('minimum-wage-check')
    scores.delete('severance')
  }
  if (scores.has('work-injury-death')) scores.delete('work-injury-disability')
  // A missing contract question mentioning dismissal is still about the double wage.
  if ((scores.get('double-wage-no-contract') ?? 0) >= 3)
    scores.set('severance', Math.min(scores.get('severance') ?? 0, 2))
  topics.slice(0, 3).forEach((t, i) => {
    const c = TOPIC_CALCULATOR[t]
    if (c) scores.set(c, (scores.get(c) ?? 0) + (i === 0 ? 1.5 : 0.5))
  })
  let best: CalculatorName | undefined
  let bestScore = 0
  for (const [name, s] of scores) if (s > bestScore) [best, bestScore] = [name, s]
  if (!best) return undefined
  // A topic alone implies a calculation only when the question asks about an amount or gives numbers.
  if (
    bestScore < 2.5 &&
    !/(多少|怎么算|如何算|计算|几个月|几倍|赔|补偿|\d|[一二两三四五六七八九十]千|万)/.test(question)
  )
    return undefined
  return bestScore >= 1.5 ? best : undefined
}
