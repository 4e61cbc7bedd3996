import { UI } from '../labels'
import { Layout } from '../layout'

/** A page for a request the site could not take (a broken form, too much text), in Chinese. */
export function ErrorPage({ title, text }: { title: string; text: string }) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p class='error' role='alert'>
        {text}
      </p>
      <p>
        <a href='/'>{UI.backHome}</a>
      </p>
    </Layout>
  )
}
