import type { IntakeCalc, IntakeSummary } from '../build-intake'
import { CopyBox } from '../copy-box'
import { formatValue, formatYuan } from '../format-values'
import { intakeCalcLine } from '../intake-ticket-text'
import { fieldLabel } from '../../../core'
import { UI } from '../labels'
import { Layout } from '../layout'

export interface IntakePageProps {
  text: string
  maxChars: number
  error?: string
  summary?: IntakeSummary
  ticket?: string
}

/** The calculator's page, prefilled with what the caller said. */
function calcLink(c: IntakeCalc): string {
  const qs = new URLSearchParams(Object.entries(c.input).map(([k, v]) => [k, String(v)])).toString()
  return `/calc/${c.name}${qs ? `?${qs}` : ''}`
}

function CalcLines({ items }: { items: readonly IntakeCalc[] }) {
  return (
    <ul>
      {items.map((c) => (
        <li data-calculator={c.name}>
          {c.outcome && !('missing' in c.outcome) && typeof c.outcome.amount === 'number' ? (
            <>
              {c.title}：约{' '}
              <data data-amount={c.outcome.amount.toFixed(2)} value={c.outcome.amount.toFixed(2)}>
                {formatYuan(c.outcome.amount)}
              </data>{' '}
              元{' '}
            </>
          ) : (
            intakeCalcLine(c) + ' '
          )}
          <a href={calcLink(c)} class='small no-print'>
            {UI.navCalc}
          </a>
        </li>
      ))}
    </ul>
  )
}

/** `/intake`: paste what the caller said (POST, so the text never lands in a URL or access log). */
export function IntakePage({ text, maxChars, error, summary, ticket }: IntakePageProps) {
  const facts = summary ? Object.entries(summary.facts).filter(([, v]) => v !== undefined) : []
  return (
    <Layout title={UI.intakeTitle} nav='intake'>
      <h1>{UI.intakeTitle}</h1>
      <p class='small'>{UI.intakeIntro}</p>
      <form class='card' method='post' action='/intake' data-intake>
        <div class='field'>
          <label for='intake-text'>{UI.intakeLabel}</label>
          <textarea
            id='intake-text'
            name='text'
            rows={6}
            maxlength={maxChars}
            placeholder={UI.intakePlaceholder}
            required
          >
            {text}
          </textarea>
        </div>
        <p>
          <button type='submit'>{UI.intakeSubmit}</button>
        </p>
      </form>
      {/* The client script renders a result here without a page POST (so Back works) and keeps
          it in sessionStorage, on this device only. */}
      <div id='intake-output'>
        {error ? (
          <p class='error' role='alert'>
            {error}
          </p>
        ) : null}
        {summary ? (
          <section class='card' aria-labelledby='intake-result' id='intake-summary'>
            <h2 id='intake-result'>{UI.intakeTopic}</h2>
            <p data-topic={summary.topic?.id ?? ''}>
              {summary.topic ? `${summary.topic.group} / ${summary.topic.name}` : UI.intakeDeclined}
            </p>
            {summary.article ? (
              <p>
                {UI.intakeArticle}：
                <a href={`/articles/${summary.article.id}`}>{summary.article.title}</a>
              </p>
            ) : null}
            <h2>{UI.intakeFacts}</h2>
            {facts.length ? (
              <dl class='facts'>
                {facts.map(([k, v]) => (
                  <div>
                    <dt>{fieldLabel(k)}</dt>
                    <dd data-fact={k}>{formatValue(v)}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p>{UI.intakeNoFacts}</p>
            )}
            {summary.calculations.length ? (
              <>
                <h2>{UI.intakeCalcs}</h2>
                <CalcLines items={summary.calculations} />
              </>
            ) : null}
            <h2>{UI.intakeDeadlines}</h2>
            <CalcLines items={summary.deadlines} />
            <p class='small'>{UI.intakeArbitrationNote}</p>
            {summary.deadlines.some((d) => d.name === 'work-injury-application-deadline') ? (
              <p class='small'>{UI.intakeInjuryNote}</p>
            ) : null}
            <h2>{UI.intakeReferral}</h2>
            <ul>
              {summary.referral.map((r) => (
                <li>
                  {r.contact} {r.name}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {ticket ? (
          <CopyBox
            id='ticket-text'
            heading={UI.intakeTicket}
            text={ticket}
            button={UI.copyTicket}
            rows={ticket.split('\n').length + 1}
          />
        ) : null}
      </div>
    </Layout>
  )
}
