import { GUANGDONG_CITIES } from '../../../core'
import type { CalcField } from '../calc-fields'
import { UI } from '../labels'
import { Layout } from '../layout'
import { CalcResultView, type CalcView } from './calc-result'

export interface CalcPageProps {
  name: string
  title: string
  fields: readonly CalcField[]
  values: Readonly<Record<string, string>>
  view: CalcView
  articles: ReadonlyArray<{ id: string; title: string }>
}

function Field({
  field,
  value,
  invalid,
}: {
  field: CalcField
  value: string | undefined
  invalid: boolean
}) {
  const id = `f-${field.name}`
  const label = field.label
  if (field.kind === 'boolean')
    return (
      <div class='field check'>
        <input
          id={id}
          type='checkbox'
          name={field.name}
          value='true'
          checked={value === 'true' || value === 'on'}
        />
        <label for={id}>{label}</label>
      </div>
    )
  const marker = field.required ? <span class='req'>{UI.calcRequired}</span> : null
  if (field.kind === 'choice')
    return (
      <div class='field'>
        <label for={id}>
          {label}
          {marker}
        </label>
        <select id={id} name={field.name} required={field.required}>
          <option value=''>—</option>
          {(field.options ?? []).map((o) => (
            <option value={o.value} selected={value === o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    )
  // A service length may be typed with 年/个月, so it keeps the full keyboard.
  const numeric = (field.kind === 'number' || field.kind === 'integer') && !field.duration
  return (
    <div class='field'>
      <label for={id}>
        {label}
        {marker}
      </label>
      <input
        id={id}
        name={field.name}
        type={field.kind === 'date' ? 'date' : 'text'}
        inputmode={numeric ? (field.kind === 'integer' ? 'numeric' : 'decimal') : undefined}
        value={value ?? ''}
        placeholder={field.duration ? '如 42 或 3.5年、3年2个月' : undefined}
        required={field.required}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={invalid ? 'calc-errors' : undefined}
        list={field.name === 'city' ? 'cities' : undefined}
        autocomplete='off'
      />
    </div>
  )
}

/**
 * `/calc/<name>`: a form whose inputs are named after the calculator's params (GET, so a result
 * can be linked), and the result below it. Number inputs are text with inputmode so browsers do
 * not block a value before the server can explain what is wrong with it.
 */
export function CalcPage({ name, title, fields, values, view, articles }: CalcPageProps) {
  const main = fields.filter((f) => !f.override)
  const overrides = fields.filter((f) => f.override)
  const invalid = new Set(view.kind === 'invalid' ? view.fields : [])
  return (
    <Layout title={title} nav='calc'>
      <p class='small no-print'>
        <a href='/calc'>{UI.calcIndexTitle}</a> › {title}
      </p>
      <h1>{title}</h1>
      <form class='card calc-form' method='get' action={`/calc/${name}`} data-calc novalidate>
        {main.map((f) => (
          <Field field={f} value={values[f.name]} invalid={invalid.has(f.name)} />
        ))}
        {overrides.length ? (
          <details
            class='more wide'
            open={overrides.some((f) => values[f.name] !== undefined || invalid.has(f.name))}
          >
            <summary>{UI.calcOverrides}</summary>
            {overrides.map((f) => (
              <Field field={f} value={values[f.name]} invalid={invalid.has(f.name)} />
            ))}
          </details>
        ) : null}
        <datalist id='cities'>
          {GUANGDONG_CITIES.map((c) => (
            <option value={c.nameZh} />
          ))}
        </datalist>
        <div class='wide'>
          <button type='submit'>{UI.calcSubmit}</button>
        </div>
      </form>
      <div id='calc-result' aria-live='polite'>
        <CalcResultView view={view} />
      </div>
      {articles.length ? (
        <section class='card no-print'>
          <h2>{UI.related}</h2>
          <ul>
            {articles.map((a) => (
              <li>
                <a href={`/articles/${a.id}`}>{a.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  )
}

/** `/calc`: every calculator. */
export function CalcIndexPage({
  calculators,
}: {
  calculators: ReadonlyArray<{ name: string; title: string }>
}) {
  return (
    <Layout title={UI.calcIndexTitle} nav='calc'>
      <h1>{UI.calcIndexTitle}</h1>
      <p>{UI.calcIndexIntro}</p>
      {/* The whole card is the link: one 44 px+ tap target per calculator. */}
      <ul class='hits cards'>
        {calculators.map((c) => (
          <li>
            <a href={`/calc/${c.name}`}>{c.title}</a>
          </li>
        ))}
      </ul>
    </Layout>
  )
}
