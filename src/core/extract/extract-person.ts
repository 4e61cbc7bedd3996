import { findProtectedStatus, type ProtectedStatus } from '../calc/protected-status'
import type { RetirementCategory } from '../calc/retirement-date'
import { findDates } from './parse-date'

/** What a question says about the worker's own birth and retirement category. */
export type PersonFacts = {
  birthMonth?: string
  retirementCategory?: RetirementCategory
  /** A 劳动合同法第四十二条 situation the question names (孕期, 医疗期, 工伤 …). */
  protectedStatus?: ProtectedStatus
}

// A date is a birth date when 出生/生 follows it (「1966年3月出生」「66年3月生的」) or 出生 precedes it.
const AFTER_BIRTH = /^\s*(出生|生的|生人|生$|生，|生,|生。|年生|出世)/
const BEFORE_BIRTH = /(出生(于|在|日期|年月)?(是|为)?|生于)\s*$/

/**
 * The worker's birth month (YYYY-MM) and retirement category from a normalised question. Only a
 * date with its month counts: the statutory age depends on the month of birth.
 * @param today YYYY-MM-DD in China (to read 今年/去年)
 */
export const extractPerson = (text: string, today: string): PersonFacts => {
  const out: PersonFacts = {}
  for (const d of findDates(text, today)) {
    if (d.precision === 'year') continue
    const after = text.slice(d.end, d.end + 4)
    const before = text.slice(Math.max(0, d.index - 8), d.index)
    if (AFTER_BIRTH.test(after) || BEFORE_BIRTH.test(before)) {
      out.birthMonth = d.iso.slice(0, 7)
      break
    }
  }
  if (
    /(原|原来|本来).{0,6}(55|五十五)岁?退休|女(干部|管理|技术)|(干部|管理|技术)(岗|岗位|人员).{0,8}女/.test(
      text
    )
  )
    out.retirementCategory = 'female-55'
  else if (
    /(原|原来|本来).{0,6}(50|五十)岁?退休|女(工人|工)|(工人|普工|操作工)(岗|岗位)?.{0,8}女/.test(
      text
    )
  )
    out.retirementCategory = 'female-50'
  // 「1975年5月出生的男的」「男，1968年生」: 男 after a birth date or as the first word counts too.
  else if (
    /(是|我|的|^|[,，])\s*(男的|男性|男职工|男工)|男职工|男性职工|男员工|^男\s*[,，]|(出生|生)的?\s*男(?!朋友|孩|生)/.test(
      text
    )
  )
    out.retirementCategory = 'male'
  const shielded = findProtectedStatus(text)
  if (shielded) out.protectedStatus = shielded
  return out
}
