import { UI } from '../labels'
import { Layout } from '../layout'

/** The HTML 404 for an unknown article, topic or calculator. */
export function NotFoundPage() {
  return (
    <Layout title={UI.notFoundTitle}>
      <h1>{UI.notFoundTitle}</h1>
      <p>{UI.notFoundText}</p>
      <form class='search card' method='get' action='/' role='search'>
        <label for='q'>{UI.searchLabel}</label>
        <input id='q' type='search' name='q' placeholder={UI.searchPlaceholder} maxlength={200} />
        <button type='submit'>{UI.searchButton}</button>
      </form>
      <p>
        <a href='/'>{UI.backHome}</a>
      </p>
    </Layout>
  )
}
