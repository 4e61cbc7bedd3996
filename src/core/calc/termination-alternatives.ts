/**
 * 「被辞退了能拿多少」 when the question does not say whether the dismissal was lawful: N, N+1 and
 * 2N side by side, each with the one-line condition under which it is owed, the most likely first.
 * @module
 */
import type { CalcContext } from './calc-context'
import { calcIllegalTermination } from './illegal-termination'
import { calcNoticePay } from './notice-pay'
import { calcSeverance } from './severance'
import type { TerminationInput } from './compute-severance-n'
import { isCalcMissing } from './types'
import type { CalcOutcome, CalcPart } from './types'

/** The three termination calculators, in the order shown after the lead. */
export const TERMINATION_CALCULATORS = ['severance', 'notice-pay', 'illegal-termination'] as const
export type TerminationCalculator = (typeof TERMINATION_CALCULATORS)[number]

const ENTRY: Readonly<
  Record<
    TerminationCalculator,
    { label: string; condition: string; run: (i: TerminationInput, c: CalcContext) => CalcOutcome }
  >
> = {
  severance: {
    label: 'N 经济补偿',
    condition:
      '单位有合法理由解除或终止时，如协商解除、依法裁员、合同到期不续签、提前30天通知的无过失辞退（劳动合同法第四十六条、第四十七条）',
    run: calcSeverance,
  },
  'notice-pay': {
    label: 'N+1 经济补偿加一个月工资',
    condition:
      '单位以不胜任工作、医疗期满不能工作或客观情况重大变化为由解除，又没有提前30天书面通知时（第四十条；实施条例第二十条）',
    run: calcNoticePay,
  },
  'illegal-termination': {
    label: '2N 违法解除赔偿金',
    condition:
      '解除没有法定理由、单位拿不出证据或程序违法，而你不要求回去上班时（第四十八条、第八十七条）',
    run: calcIllegalTermination,
  },
}

// Words that settle which case it is: a lawful ending (closure, expiry, agreement, resignation)
// or a protected worker (第四十二条) — then one amount is the answer, not three.
const SETTLED =
  /倒闭|破产|关门|搬迁|合同到期|到期不续|不续签|不再续签|协商|被迫辞职|我辞职|主动辞职|自己辞职|我要辞职|想辞职/
const DISMISSAL = /辞退|开除|解除|炒了?我|被炒|裁员|被裁|裁掉|不要我|让我走|劝退|解雇|辞掉我/

/** True when a question is about being dismissed but does not say on what grounds. */
export const legalityUnknown = (question: string, protectedStatus: string | undefined): boolean =>
  protectedStatus === undefined && DISMISSAL.test(question) && !SETTLED.test(question)

/**
 * N, N+1 and 2N for one input, `lead` first (the one the question's words point to); a case
 * whose amount cannot be given (a cap that cannot be checked) is left out.
 */
export const terminationAlternatives = (
  lead: TerminationCalculator,
  input: TerminationInput,
  ctx: CalcContext
): CalcPart[] => {
  const order = [lead, ...TERMINATION_CALCULATORS.filter((c) => c !== lead)]
  const out: CalcPart[] = []
  for (const name of order) {
    const r = ENTRY[name].run(input, ctx)
    if (isCalcMissing(r) || r.amount === null) continue
    out.push({
      label: ENTRY[name].label,
      amount: r.amount,
      condition: ENTRY[name].condition,
      calculator: name,
    })
  }
  return out
}
