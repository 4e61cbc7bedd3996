import { UI } from './labels'

/** The three hotlines as tap-to-call links. */
export function Hotlines({ heading = false }: { heading?: boolean }) {
  return (
    <section aria-label={UI.hotlinesHeading}>
      {heading ? <h2>{UI.hotlinesHeading}</h2> : null}
      <ul class='hotlines'>
        {UI.hotlines.map((h) => (
          <li>
            <a href={`tel:${h.number}`}>
              <strong>{h.number}</strong>
              {h.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
