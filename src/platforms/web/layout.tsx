import type { Child } from 'hono/jsx'
import { raw } from 'hono/html'
import { DISCLAIMER } from '../../core'
import { CLIENT_SCRIPT_VERSION } from './client-script'
import { Hotlines } from './hotlines'
import { UI } from './labels'
import { STYLES } from './styles'

/** Path of the client script; the version makes a long cache safe. */
export const SCRIPT_PATH = `/assets/web.js?v=${CLIENT_SCRIPT_VERSION}`

export type NavKey = 'search' | 'chat' | 'calc' | 'intake' | null

export interface LayoutProps {
  title: string
  nav?: NavKey
  description?: string
  /** False where the page body already shows the hotlines (home). */
  footerHotlines?: boolean
  children?: Child
}

/** The page shell: header with navigation, main, footer with the hotlines and the disclaimer. */
export function Layout({
  title,
  nav = null,
  description,
  footerHotlines = true,
  children,
}: LayoutProps) {
  const link = (key: Exclude<NavKey, null>, href: string, text: string) => (
    <a href={href} aria-current={nav === key ? 'page' : undefined}>
      {text}
    </a>
  )
  return (
    <html lang='zh-CN'>
      <head>
        <meta charset='utf-8' />
        <meta name='viewport' content='width=device-width, initial-scale=1' />
        <meta name='referrer' content='no-referrer' />
        <meta name='description' content={description ?? UI.tagline} />
        <title>{title === UI.siteName ? title : `${title} - ${UI.siteName}`}</title>
        <link rel='icon' href='data:,' />
        <style>{raw(STYLES)}</style>
        <script src={SCRIPT_PATH} defer></script>
      </head>
      <body>
        <a class='skip' href='#main'>
          {UI.skip}
        </a>
        <header class='site-header'>
          <div class='bar'>
            <a class='brand' href='/'>
              {UI.siteName}
            </a>
            <span class='tagline'>{UI.tagline}</span>
            <nav class='site-nav' aria-label='主导航'>
              {link('search', '/', UI.navSearch)}
              {link('chat', '/chat', UI.navChat)}
              {link('calc', '/calc', UI.navCalc)}
              {link('intake', '/intake', UI.navIntake)}
            </nav>
          </div>
        </header>
        <main id='main' tabindex={-1}>
          {children}
        </main>
        <footer class='site-footer'>
          {footerHotlines ? <Hotlines /> : null}
          <p>{DISCLAIMER}</p>
        </footer>
      </body>
    </html>
  )
}
