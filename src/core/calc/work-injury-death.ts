import * as z from 'zod'
import type { CalcContext } from './calc-context'
import { defineCalculator, pickFacts } from './define-calculator'
import { INPUT } from './inputs'
import { fenToYuan, formatYuan, mulFen, yuanToFen } from './money'
import { inputUse, lookupParam, paramUse } from './param-table'
import { resolveRegion } from './regions'
import { LIKELY_WARNING, ROUNDING_NOTE } from './types'
import type { CalcOutcome, CalcParamUse, CalcStep } from './types'

/** Input of `calcWorkInjuryDeath`. */
export const WorkInjuryDeathInputSchema = z.object({
  deathYear: z.number().int().min(2011).max(2100),
  /** National urban per-capita disposable income of deathYear − 1 (annual, CNY); overrides the table. */
  nationalUrbanDisposableIncome: z.number().positive().optional(),
  /** Pooling-area previous-year average monthly wage (funeral grant base); overrides the table. */
  localAvgMonthlyWage: z.number().positive().optional(),
  /** Provincial previous-year average monthly wage; used when the pooling-area figure is not given. */
  provinceAvgMonthlyWage: z.number().positive().optional(),
  /** Deceased's 本人工资, only to describe dependants' pensions. */
  monthlyWage: z.number().positive().optional(),
  city: z.string().optional(),
})
export type WorkInjuryDeathInput = z.infer<typeof WorkInjuryDeathInputSchema>

/**
 * Death from a work injury: one-time death subsidy (20 × previous-year national urban per-capita
 * disposable income) + funeral grant (6 × pooling-area previous-year average monthly wage);
 * dependants' monthly pensions are described in `notes`. Basis: 《工伤保险条例》第三十九条.
 */
export const calcWorkInjuryDeath = (input: WorkInjuryDeathInput, ctx: CalcContext): CalcOutcome => {
  const y = input.deathYear - 1
  const params: CalcParamUse[] = []
  const warnings: string[] = []
  const assumptions: string[] = []
  const steps: CalcStep[] = []
  const missing: string[] = []

  let income = input.nationalUrbanDisposableIncome
  if (income !== undefined)
    params.push(inputUse('nationalUrbanDisposableIncome', income, y, 'national'))
  else {
    const hit = lookupParam(ctx.table, 'nationalUrbanDisposableIncome', 'national', y)
    if (hit.found) {
      income = hit.entry.value
      params.push(paramUse(hit.entry))
      if (hit.entry.confidence === 'likely')
        warnings.push(`全国${y}年城镇居民人均可支配收入：${LIKELY_WARNING}`)
    } else {
      missing.push('nationalUrbanDisposableIncome')
      warnings.push(`全国${y}年城镇居民人均可支配收入尚未公布或未核实，不会用其他年份代替`)
    }
  }

  let avg = input.localAvgMonthlyWage ?? input.provinceAvgMonthlyWage
  if (avg !== undefined)
    params.push(
      inputUse(
        input.localAvgMonthlyWage !== undefined ? 'localAvgMonthlyWage' : 'provinceAvgMonthlyWage',
        avg,
        y
      )
    )
  else {
    const region = resolveRegion(input.city)
    if (region && region.province !== 'guangdong') {
      missing.push('localAvgMonthlyWage')
      warnings.push(`目前只收录了广东省的平均工资；请提供${region.nameZh}${y}年职工月平均工资`)
    } else {
      const hit = lookupParam(ctx.table, 'provinceAvgMonthlyWage', 'guangdong', y)
      if (hit.found) {
        avg = hit.entry.value
        params.push(paramUse(hit.entry))
        warnings.push(
          `丧葬补助金按广东省${y}年全口径城镇单位就业人员月平均工资${avg}元估算，统筹地区公布的数字可能不同；${LIKELY_WARNING}`
        )
      } else {
        missing.push('localAvgMonthlyWage')
        warnings.push(`广东省${y}年职工月平均工资尚未公布或未核实，不会用其他年份代替`)
      }
    }
  }
  if (missing.length || income === undefined || avg === undefined)
    return { calculator: 'work-injury-death', missing, params: { ...input }, warnings }

  const subsidyFen = mulFen(yuanToFen(income), 20)
  steps.push({
    label: '一次性工亡补助金',
    formula: `20 × ${income}元（全国${y}年城镇居民人均可支配收入）`,
    value: fenToYuan(subsidyFen),
  })
  const funeralFen = mulFen(yuanToFen(avg), 6)
  steps.push({
    label: '丧葬补助金',
    formula: `6 × ${avg}元（${y}年职工月平均工资）`,
    value: fenToYuan(funeralFen),
  })
  const amountFen = subsidyFen + funeralFen
  steps.push({
    label: '合计（一次性部分）',
    formula: `${formatYuan(subsidyFen)} + ${formatYuan(funeralFen)}`,
    value: fenToYuan(amountFen),
  })
  const w = input.monthlyWage
  return {
    calculator: 'work-injury-death',
    amount: fenToYuan(amountFen),
    amountFen,
    currency: 'CNY',
    steps,
    basis: [{ law: '工伤保险条例', article: '第三十九条' }],
    params,
    assumptions: [
      ...assumptions,
      '已认定（或视同）工伤死亡',
      '按死亡当年使用上一年度数字；有的地方按工伤认定或待遇核定当年的数字，请以当地做法为准',
      ROUNDING_NOTE,
    ],
    warnings,
    notes: [
      `供养亲属抚恤金按月发给靠死者生前提供主要生活来源、没有劳动能力的亲属：配偶每月为本人工资的40%，其他亲属每人30%，孤寡老人或孤儿每人再加10%，合计不超过死者生前工资${w ? `（本人工资${w}元时：配偶${fenToYuan(mulFen(yuanToFen(w), 0.4))}元/月，其他每人${fenToYuan(mulFen(yuanToFen(w), 0.3))}元/月）` : ''}`,
      '单位没交工伤保险的，由单位按同样标准支付（工伤保险条例第六十二条）',
      '因工外出或抢险救灾下落不明的，生活困难可先预支一次性工亡补助金的50%（第四十一条）',
    ],
  }
}

/** A death at or because of work (checked before a non-work death). */
export const WORK_DEATH =
  /(工亡|因工死亡|工伤死亡|工伤.{0,6}(去世|死亡|身亡)|上班.{0,8}(去世|死亡|身亡)|工地.{0,8}(去世|死亡|身亡)|一次性工亡)/

/** 工亡待遇: 《工伤保险条例》第三十九条. */
export const workInjuryDeath = defineCalculator({
  name: 'work-injury-death',
  title: '工亡待遇',
  schema: WorkInjuryDeathInputSchema,
  sample: { deathYear: 2025 },
  inputs: {
    deathYear: INPUT.deathYear,
    nationalUrbanDisposableIncome: {
      label: '全国上年度城镇居民人均可支配收入（元/年）',
      unit: '元/年',
      kind: 'money',
      ask: '需要上一年度全国城镇居民人均可支配收入（国家统计局公布）',
      override: true,
    },
    localAvgMonthlyWage: INPUT.localAvgMonthlyWage,
    provinceAvgMonthlyWage: {
      label: '全省上年度职工月平均工资（元）',
      unit: '元',
      kind: 'money',
      override: true,
    },
    monthlyWage: INPUT.monthlyWage,
    city: INPUT.city,
  },
  required: [['deathYear']],
  fromFacts: (f) => pickFacts(f, ['deathYear', 'monthlyWage', 'city']),
  keywords: [[WORK_DEATH, 6]],
  topics: ['work-injury-death'],
  basis: [{ law: '工伤保险条例', article: '第三十九条' }],
  reads: ['nationalUrbanDisposableIncome', 'provinceAvgMonthlyWage', 'localAvgMonthlyWage'],
  calculate: calcWorkInjuryDeath,
})
