import type { CalcContext } from './calc-context'
import {
  computeSeveranceN,
  withheldOutcome,
  TERMINATION_SPEC,
  TerminationInputSchema,
} from './compute-severance-n'
import { defineCalculator } from './define-calculator'
import * as z from 'zod'
import {
  NEAR_RETIREMENT_SERVICE_MONTHS,
  PROTECTED_DISMISSAL,
  PROTECTED_ITEM,
  PROTECTED_LABEL,
  PROTECTED_STATUSES,
  type ProtectedStatus,
} from './protected-status'
import { serviceLength } from './service-length'
import { fenToYuan, formatYuan } from './money'
import { ROUNDING_NOTE } from './types'
import type { CalcOutcome } from './types'
import { UNGRADED_WARNING, workInjuryPart } from './work-injury-dismissal'
import { INPUT } from './inputs'

/**
 * Input of `calcIllegalTermination`; `protectedStatus` names a 第四十二条 situation and
 * `disabilityGrade` (1–10) the assessed grade of a work-injury worker.
 */
export const IllegalTerminationInputSchema = TerminationInputSchema.and(
  z.object({
    protectedStatus: z.enum(PROTECTED_STATUSES).optional(),
    disabilityGrade: z.number().int().min(1).max(10).optional(),
  })
)
export type IllegalTerminationInput = z.infer<typeof IllegalTerminationInputSchema>

/** Why the dismissal is unlawful when a 第四十二条 situation is named, and what else to know. */
const protectedLines = (
  status: ProtectedStatus | undefined,
  serviceMonths: number
): { assumption?: string; warnings: string[] } => {
  if (!status) return { warnings: [] }
  if (status === 'near-retirement' && serviceMonths < NEAR_RETIREMENT_SERVICE_MONTHS)
    return {
      warnings: [
        '“临近退休”的保护要求在本单位连续工作满15年、且距法定退休年龄不足5年；你在本单位不满15年，这一项不适用，是否违法要看单位的解除理由',
      ],
    }
  return {
    assumption: `你${PROTECTED_LABEL[status]}：单位不得以不胜任、医疗期满、客观情况变化或经济性裁员（劳动合同法第四十条、第四十一条）为由解除（第四十二条）；除非你有第三十九条规定的过错（如严重违纪），这样解除属于违法解除，按2N赔偿，不是N`,
    warnings: [
      status === 'work-injury'
        ? '劳动合同到期的，也不能因到期终止；按国家有关工伤保险的规定办理（第四十五条）'
        : '劳动合同在这期间到期的，也要延续到这种情形消失时才终止（第四十五条）',
    ],
  }
}

/**
 * Compensation for unlawful dismissal (赔偿金, "2N"): twice the art.47 severance, years counted
 * from the first day of work, paid instead of (not on top of) severance.
 * Basis: 《劳动合同法》第四十八条、第八十七条；《劳动合同法实施条例》第二十五条.
 */
export const calcIllegalTermination = (
  input: IllegalTerminationInput,
  ctx: CalcContext
): CalcOutcome => {
  const n = computeSeveranceN(input, ctx)
  if (n.withheld) return withheldOutcome('illegal-termination', input, n)
  const amountFen = n.amountFen * 2
  const shield = protectedLines(input.protectedStatus, serviceLength(input, ctx.today).months)
  // A work-injury worker also has the disability benefits, owed whatever happens to the contract.
  const injured = input.protectedStatus === 'work-injury'
  return {
    calculator: 'illegal-termination',
    amount: fenToYuan(amountFen),
    amountFen,
    currency: 'CNY',
    steps: [
      ...(shield.assumption && input.protectedStatus
        ? [
            {
              label: `你${PROTECTED_LABEL[input.protectedStatus]}，单位不得无过失辞退或裁减（第四十二条${PROTECTED_ITEM[input.protectedStatus]}）`,
              formula: '除非你有第三十九条的过错，解除违法，按赔偿金计',
              value: '2N',
            },
          ]
        : []),
      ...n.steps,
      {
        label: '违法解除赔偿金 2N',
        formula: `2 × ${formatYuan(n.amountFen)}`,
        value: fenToYuan(amountFen),
      },
    ],
    basis: [
      { law: '劳动合同法', article: '第四十八条' },
      { law: '劳动合同法', article: '第八十七条' },
      ...(shield.assumption ? [{ law: '劳动合同法', article: '第四十二条' }] : []),
      ...n.basis,
      { law: '劳动合同法实施条例', article: '第二十五条' },
    ],
    params: n.params,
    assumptions: [
      ...(shield.assumption ? [shield.assumption] : []),
      ...n.assumptions,
      '解除属于违法解除，且你不要求或已无法恢复劳动关系',
      ROUNDING_NOTE,
    ],
    warnings: [
      ...n.warnings,
      ...shield.warnings,
      ...(injured && input.disabilityGrade === undefined ? [UNGRADED_WARNING] : []),
      '赔偿金2N与经济补偿N不能同时拿；如想回去上班，也可以要求继续履行劳动合同',
    ],
    ...(injured ? { parts: [workInjuryPart(input, ctx)] } : {}),
  }
}

/** 违法解除赔偿金（2N）: 《劳动合同法》第四十八条、第八十七条. */
export const illegalTermination = defineCalculator({
  name: 'illegal-termination',
  title: '违法解除赔偿金（2N）',
  schema: IllegalTerminationInputSchema,
  ...TERMINATION_SPEC,
  inputs: {
    ...TERMINATION_SPEC.inputs,
    protectedStatus: {
      label: '受特殊保护的情形（劳动合同法第四十二条）',
      kind: 'choice',
      options: PROTECTED_STATUSES.map((value) => ({
        value,
        label: PROTECTED_LABEL[value],
        match: new RegExp(PROTECTED_LABEL[value]),
      })),
    },
    disabilityGrade: INPUT.disabilityGrade,
  },
  fromFacts: (f) => ({
    ...TERMINATION_SPEC.fromFacts(f),
    ...(f.protectedStatus ? { protectedStatus: f.protectedStatus } : {}),
    ...(f.protectedStatus === 'work-injury' && f.disabilityGrade !== undefined
      ? { disabilityGrade: f.disabilityGrade }
      : {}),
  }),
  tiePriority: 2,
  keywords: [
    // 孕期、医疗期、工伤等 + 辞退: the law gives 2N, never N (第四十二条、第四十八条、第八十七条).
    [PROTECTED_DISMISSAL, 6],
    [/违法(解除|辞退|开除|终止)|非法(辞退|解除|开除)|赔偿金|2N|二N|双倍赔偿/, 3],
    [
      /(无故|随便|直接|突然|无理由|没有理由|不公平|莫名其妙).{0,8}(辞退|开除|解除|炒|裁|落选)|(辞退|开除).{0,6}(没有|不给|无)(理由|原因)/,
      3,
    ],
    [/不公平|恶意|违法/, 1],
  ],
  topics: ['termination-illegal'],
  basis: [
    { law: '劳动合同法', article: '第四十八条' },
    { law: '劳动合同法', article: '第八十七条' },
    { law: '劳动合同法', article: '第四十二条' },
    { law: '劳动合同法实施条例', article: '第二十五条' },
  ],
  calculate: calcIllegalTermination,
})
