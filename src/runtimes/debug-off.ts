/**
 * The Worker's stand-in for the `debug` package (wrangler.toml `[alias]`), which
 * @grammyjs/auto-retry loads to log its retries. In workerd `debug` is never switched on (no
 * localStorage, no DEBUG variable), so every logger it makes does nothing; this one does the same
 * without bundling the package (2 KiB gzip).
 */

/** A logger that logs nothing, as `debug(namespace)` returns when the namespace is off. */
export function debug(_namespace: string): (...args: unknown[]) => void {
  const log = () => {}
  return Object.assign(log, { enabled: false })
}

export default debug
