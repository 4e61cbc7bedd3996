import { formatYuan, fieldLabel } from '../../core'
import type { IntakeCalc, IntakeSummary } from './build-intake'
import { formatValue } from './format-values'
import { UI } from './labels'

/** Longest caller text quoted in the 工单. */
const MAX_CALLER_CHARS = 300

/** One line for a calculator run: amount, deadline, or what is still needed. */
export function intakeCalcLine(c: IntakeCalc): string {
  const o = c.outcome
  if (c.invalid) return `${c.title}：${UI.calcInvalid}${c.invalid}`
  if (!o || 'missing' in o)
    return `${c.title}：${UI.intakeStillNeeded} ${c.missing.map(fieldLabel).join('、')}`
  if (typeof o.amount === 'number') return `${c.title}：约 ${formatYuan(o.amount)} 元`
  if (o.deadlines && 'employer' in o.deadlines)
    return `${c.title}：单位 ${o.deadlines['employer']} 前；本人/近亲属/工会 ${o.deadlines['worker']} 前${daysLeft(o.daysLeft)}`
  if (o.deadline) return `${c.title}：${o.deadline} 前${daysLeft(o.daysLeft)}`
  const first = o.steps[0]
  return first ? `${c.title}：${first.formula}` : `${c.title}：${o.warnings[0] ?? ''}`
}

function daysLeft(n: number | undefined): string {
  return n === undefined ? '' : `（${UI.calcDaysLeft(n)}）`
}

/**
 * The 工单-style plain text staff paste into their ticket system.
 * @param articleUrl turns an article id into an absolute link (PUBLIC_BASE_URL); without it the
 *   ticket names the article only (a link built from the request's Host could point anywhere).
 */
export function intakeTicketText(
  text: string,
  s: IntakeSummary,
  articleUrl?: (id: string) => string
): string {
  const caller = [...text.replace(/\s+/g, ' ').trim()]
  const quoted =
    caller.length > MAX_CALLER_CHARS
      ? caller.slice(0, MAX_CALLER_CHARS).join('') + '…'
      : caller.join('')
  const lines: string[] = [`【工单摘要】${s.today}`, `${UI.intakeCaller}：${quoted}`]
  lines.push(
    `${UI.intakeTopic}：${s.topic ? `${s.topic.group} / ${s.topic.name}` : UI.intakeDeclined}`
  )
  if (s.article)
    lines.push(
      `${UI.intakeArticle}：${s.article.title}${articleUrl ? ` ${articleUrl(s.article.id)}` : ''}`
    )
  const facts = Object.entries(s.facts).filter(([, v]) => v !== undefined)
  lines.push(
    `${UI.intakeFacts}：${facts.length ? facts.map(([k, v]) => `${fieldLabel(k)} ${formatValue(v)}`).join('；') : UI.intakeNoFacts}`
  )
  if (s.calculations.length)
    lines.push(
      `${UI.intakeCalcs}（仅供参考）：`,
      ...s.calculations.map((c) => `• ${intakeCalcLine(c)}`)
    )
  lines.push(`${UI.intakeDeadlines}：`, ...s.deadlines.map((c) => `• ${intakeCalcLine(c)}`))
  const needed = [...new Set([...s.calculations, ...s.deadlines].flatMap((c) => c.missing))]
  if (needed.length) lines.push(`${UI.intakeStillNeeded}：${needed.map(fieldLabel).join('、')}`)
  lines.push(`${UI.intakeReferral}：${s.referral.map((r) => `${r.contact} ${r.name}`).join('；')}`)
  lines.push(s.disclaimer)
  return lines.join('\n')
}
