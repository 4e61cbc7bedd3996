/* global module, require */
/**
 * `node:http` as CommonJS, for the server bundle (`--alias:node:http=` in ensure-built.mjs).
 * An ES `import … from 'node:http'` makes Node build the module's ESM facade, which reads every
 * export, including the lazy `WebSocket`/`MessageEvent` getters that load all of undici: about
 * 25 ms of every start, before the first answer, for classes the server never uses. `require`
 * returns the same module without the facade.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose (above)
module.exports = require('http')
