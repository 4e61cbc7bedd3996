/**
 * A worker with a work-injury disability who is dismissed (劳动合同法第四十二条第二项): the 2N
 * result carries the disability benefits as a separate part, since the work-injury fund owes them
 * whatever happens to the contract.
 * @module
 */
import type { CalcContext } from './calc-context'
import { calcWorkInjuryDisability } from './work-injury-disability'
import type { CalcPart } from './types'

/** What the work-injury part needs from the 2N input. */
export type WorkInjuryDismissalInput = {
  monthlyWage: number
  disabilityGrade?: number | undefined
  localAvgMonthlyWage?: number | undefined
}

const LABEL = '一次性伤残补助金（工伤保险待遇，另算）'

/**
 * The one-time disability subsidy as a part next to 2N: computed when the grade is known, else
 * named with what is missing. It is not a deduction from 2N nor an alternative to it: 2N comes
 * from the unlawful dismissal (第四十八条), the subsidy from the injury (工伤保险条例第三十五条至第三十七条).
 */
export const workInjuryPart = (input: WorkInjuryDismissalInput, ctx: CalcContext): CalcPart => {
  const g = input.disabilityGrade
  if (g === undefined)
    return {
      label: LABEL,
      amount: null,
      condition:
        '已认定工伤并做了劳动能力鉴定时，由工伤保险基金支付（单位没交工伤保险的由单位付）；告诉我伤残等级就能算出（工伤保险条例第三十五条至第三十七条）',
      calculator: 'work-injury-disability',
    }
  const r = calcWorkInjuryDisability(
    {
      disabilityGrade: g,
      monthlyWage: input.monthlyWage,
      ...(input.localAvgMonthlyWage !== undefined
        ? { localAvgMonthlyWage: input.localAvgMonthlyWage }
        : {}),
    },
    ctx
  )
  return {
    label: LABEL,
    amount: r.amount,
    condition: `已认定工伤、鉴定为${g}级时，由工伤保险基金支付（单位没交工伤保险的由单位付，工伤保险条例第六十二条）；按你说的月工资当作本人工资（受伤前12个月平均缴费工资）估算，与2N分开计算、互不抵扣（工伤保险条例${r.basis[0]!.article}）`,
    calculator: 'work-injury-disability',
  }
}

/** Said when the question names a work injury but no disability grade yet. */
export const UNGRADED_WARNING =
  '第四十二条第二项保护的是“被确认丧失或者部分丧失劳动能力”的工伤职工：伤情稳定后还没做劳动能力鉴定的，先向设区的市劳动能力鉴定委员会申请鉴定（工伤保险条例第二十一条、第二十三条）'
