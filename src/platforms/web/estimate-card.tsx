import type { Estimate } from './estimate'
import { UI } from './labels'

/**
 * The amount for a question with numbers, first on the results page (above the fold on a phone):
 * the figure, the link to the prefilled calculator, then the alternatives and the facts read.
 * The client script builds the same markup from `GET /api/search` (keep the two in step).
 */
export function EstimateCard({ estimate: e }: { estimate: Estimate }) {
  return (
    <section class='card estimate' aria-labelledby='estimate-h' data-calculator={e.calculator}>
      <h2 id='estimate-h'>{UI.estimateHeading(e.title)}</h2>
      {e.amountText !== null && e.amount !== null ? (
        <p class='amount'>
          {UI.estimateAbout}
          <data value={e.amount.toFixed(2)} data-amount={e.amount.toFixed(2)}>
            {e.amountText}
          </data>{' '}
          元
        </p>
      ) : e.deadline ? (
        <p class='amount'>
          <time datetime={e.deadline} data-deadline={e.deadline}>
            {e.deadline}
          </time>
        </p>
      ) : (
        <p class='note'>
          {UI.estimateMissing}
          {e.missing.join('、')}
        </p>
      )}
      <p class='actions'>
        <a class='button' href={e.href} data-estimate-link>
          {e.missing.length ? UI.estimateFill : UI.estimateOpen}
        </a>
        <a href={e.chatHref} class='chat-link'>
          {UI.estimateChat}
        </a>
      </p>
      {e.alternatives.length ? (
        <>
          <p class='small'>{UI.estimateAlternatives}</p>
          <ul class='alts'>
            {e.alternatives.map((a) => (
              <li>
                {a.label}：{a.amountText === null ? UI.estimateUnknown : `约 ${a.amountText} 元`}
                <span class='small'>（{a.condition}）</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {e.facts.length ? (
        <p class='small'>
          {UI.estimateFacts}
          {e.facts.join('；')}。{UI.estimateCaveat}
        </p>
      ) : null}
    </section>
  )
}
