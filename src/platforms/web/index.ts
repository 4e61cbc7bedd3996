/** @module web — the server-rendered web page: search, articles, calculators, hotline intake. */
export {
  createWebApp,
  MAX_INTAKE_CHARS,
  FRAGMENT_HEADER,
  WEB_FORM_PATH,
  webErrorResponse,
} from './create-web-app'
export type { WebOptions } from './create-web-app'
export { searchArticles } from './search-articles'
export type { SearchHit, SearchResult } from './search-articles'
