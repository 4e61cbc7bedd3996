import type { IntakeCalc, IntakeSummary } from '../build-intake'
import { CopyBox } from '../copy-box'
import { formatYuan } from '../format-values'
import { intakeCalcLine } from '../intake-ticket-text'
import { FACT_PREFIX, FACTS_SHOWN, type FactField } from '../intake-facts'
import { UI } from '../labels'
import { Layout } from '../layout'

export interface IntakePageProps {
  text: string
  maxChars: number
  error?: string
  /** The facts read from the call, as fields to check before the ticket is made. */
  facts?: { fields: FactField[]; errors: string[]; badFields?: string[] }
  summary?: IntakeSummary
  ticket?: string
}

/** The facts as editable fields (inside the intake form, so they go back with the text). */
function FactFields({ facts }: { facts: NonNullable<IntakePageProps['facts']> }) {
  const bad = new Set(facts.badFields ?? [])
  return (
    <fieldset class='facts-edit' id='intake-facts'>
      <legend>{UI.intakeCheckFacts}</legend>
      <p class='small'>{UI.intakeCheckFactsHint}</p>
      {facts.errors.length ? (
        <ul class='error' role='alert' id='intake-fact-errors'>
          {facts.errors.map((e) => (
            <li>{e}</li>
          ))}
        </ul>
      ) : null}
      <input type='hidden' name={FACTS_SHOWN} value={facts.fields.map((f) => f.name).join(',')} />
      {facts.fields.length ? null : <p>{UI.intakeNoFacts}</p>}
      {facts.fields.map((f) => (
        <div class='field'>
          <label for={`fact-${f.name}`}>{f.label}</label>
          <input
            id={`fact-${f.name}`}
            name={FACT_PREFIX + f.name}
            type='text'
            value={f.value}
            data-fact={f.name}
            aria-invalid={bad.has(f.name) ? 'true' : undefined}
            aria-describedby={bad.has(f.name) ? 'intake-fact-errors' : undefined}
            autocomplete='off'
          />
        </div>
      ))}
    </fieldset>
  )
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
export function IntakePage({ text, maxChars, error, facts, summary, ticket }: IntakePageProps) {
  return (
    <Layout title={UI.intakeTitle} nav='intake'>
      <h1>{UI.intakeTitle}</h1>
      <p class='small'>{UI.intakeIntro}</p>
      {/* The client script swaps this block for the server's answer without a page POST (so Back
          works) and keeps it in sessionStorage, on this device only. */}
      <div id='intake-main'>
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
          {facts ? <FactFields facts={facts} /> : null}
          {/* The first submit button is the one Enter in a fact field presses: confirm. */}
          <p class='actions'>
            {facts ? (
              <>
                <button type='submit' name='step' value='ticket'>
                  {UI.intakeConfirm}
                </button>
                <button type='submit' name='step' value='facts' class='secondary'>
                  {UI.intakeReread}
                </button>
              </>
            ) : (
              <button type='submit' name='step' value='facts'>
                {UI.intakeSubmit}
              </button>
            )}
          </p>
        </form>
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
