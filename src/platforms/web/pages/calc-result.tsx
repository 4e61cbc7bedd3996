import { type CalcResult, fieldLabel, partText, MESSAGES } from '../../../core'
import { CitationList } from '../citation-list'
import type { CitedBasis } from '../cite-with-text'
import { formatRegion, formatValue, formatYuan } from '../format-values'
import { UI } from '../labels'

/** What the result area shows: nothing yet, input errors, missing inputs, or the result. */
export type CalcView =
  | { kind: 'empty' }
  | { kind: 'invalid'; messages: string[]; fields: string[] }
  | { kind: 'missing'; missing: string[]; warnings: string[] }
  | { kind: 'result'; result: CalcResult; citations: CitedBasis[] }

function Bullets({
  heading,
  items,
  cls,
}: {
  heading: string
  items: readonly string[] | undefined
  cls?: string
}) {
  if (!items || !items.length) return null
  return (
    <div class={cls}>
      <h3>{heading}</h3>
      <ul>
        {items.map((i) => (
          <li>{i}</li>
        ))}
      </ul>
    </div>
  )
}

/**
 * The calculator's result: the amount (in `[data-amount]`) or the deadline, the step table, the
 * basis, and the year and source of every figure used. Rendered whole pages and as the fragment
 * the client script swaps in.
 */
export function CalcResultView({ view }: { view: CalcView }) {
  switch (view.kind) {
    case 'empty':
      return null
    case 'invalid':
      return (
        <div class='error' role='alert' id='calc-errors' data-invalid={view.fields.join(' ')}>
          <p>{UI.calcInvalid}</p>
          <ul>
            {view.messages.map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        </div>
      )
    case 'missing':
      return (
        <div class='note' role='status'>
          <p>{UI.calcMissing}</p>
          <ul>
            {view.missing.map((m) => (
              <li>{fieldLabel(m)}</li>
            ))}
          </ul>
          {view.warnings.map((w) => (
            <p>{w}</p>
          ))}
        </div>
      )
    case 'result': {
      const r = view.result
      return (
        <section class='card' aria-labelledby='result-heading'>
          <h2 id='result-heading'>
            {typeof r.amount === 'number'
              ? UI.calcAmount
              : r.deadline
                ? UI.calcDeadline
                : UI.calcHeadline}
          </h2>
          {typeof r.amount === 'number' ? (
            <p class='amount'>
              <data value={r.amount.toFixed(2)} data-amount={r.amount.toFixed(2)}>
                {formatYuan(r.amount)}
              </data>{' '}
              元
            </p>
          ) : r.deadline ? (
            <p class='amount'>
              <time datetime={r.deadline} data-deadline={r.deadline}>
                {r.deadline}
              </time>
              {r.daysLeft !== undefined ? (
                <span class='small'>（{UI.calcDaysLeft(r.daysLeft)}）</span>
              ) : null}
            </p>
          ) : r.headline ? (
            <p class='amount' data-headline>
              {r.headline}
            </p>
          ) : null}
          <Bullets heading={UI.calcWarnings} items={r.warnings} cls='note' />
          {r.steps.length ? (
            <>
              <h3>{UI.calcSteps}</h3>
              <div class='table-wrap'>
                <table>
                  <thead>
                    <tr>
                      <th scope='col'>{UI.stepLabel}</th>
                      <th scope='col'>{UI.stepFormula}</th>
                      <th scope='col'>{UI.stepValue}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.steps.map((s) => (
                      <tr>
                        <td>{s.label}</td>
                        <td>{s.formula}</td>
                        <td class='num'>{formatValue(s.value)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
          {view.citations.length ? (
            <>
              <h3>{UI.calcBasis}</h3>
              <CitationList citations={view.citations} />
            </>
          ) : null}
          {r.params.length ? (
            <>
              <h3>{UI.calcParams}</h3>
              <div class='table-wrap'>
                <table class='stack'>
                  <thead>
                    <tr>
                      <th scope='col'>{UI.paramName}</th>
                      <th scope='col'>{UI.paramValue}</th>
                      <th scope='col'>{UI.paramYear}</th>
                      <th scope='col'>{UI.paramRegion}</th>
                      <th scope='col'>{UI.paramSource}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.params.map((p) => (
                      <tr>
                        <th scope='row'>{fieldLabel(p.name)}</th>
                        <td data-label={UI.paramValue}>
                          {p.value === null ? UI.yearUnknown : formatValue(p.value)}
                        </td>
                        <td data-label={UI.paramYear} data-year>
                          {p.year ?? UI.yearUnknown}
                        </td>
                        <td data-label={UI.paramRegion}>{formatRegion(p.region)}</td>
                        <td data-label={UI.paramSource} class='small'>
                          {p.source}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
          <Bullets heading={MESSAGES.calcParts} items={r.parts?.map(partText)} />
          <Bullets heading={UI.calcNotes} items={r.notes} />
          <Bullets heading={UI.calcAssumptions} items={r.assumptions} cls='small' />
        </section>
      )
    }
  }
}
