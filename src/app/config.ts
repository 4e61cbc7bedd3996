/**
 * Environment, validated once at start-up with zod (fail loudly on a bad value).
 * Every variable is optional: with none set, the bot serves HTTP with the bundled knowledge.
 * @module
 */
import * as z from 'zod'

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined))

/**
 * A whole number in [min, max]; unset means `fallback`. Set but empty is an error: `X=` in an
 * env file reads as 0 to z.coerce, which for RATE_LIMIT_PER_MINUTE silently meant "no limit".
 */
const integer = (min: number, max: number, fallback: number) =>
  z
    .union([z.string(), z.number()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return fallback
      const t = String(v).trim()
      const n = /^\d+$/.test(t) ? Number(t) : NaN
      if (n >= min && n <= max) return n
      ctx.addIssue({
        code: 'custom',
        message: `expected a whole number from ${min} to ${max}${t ? '' : ' (set but empty; unset it for the default)'}`,
      })
      return z.NEVER
    })

/** An http(s) URL without a trailing slash (the code appends paths), or unset. */
const url = optional
  .refine((v) => v === undefined || isHttpUrl(v), 'expected an http:// or https:// URL')
  .transform((v) => v?.replace(/\/+$/, ''))

/** A mode name, case and spaces ignored; unset means the first (the webhook). */
const mode = <const M extends readonly [string, ...string[]]>(modes: M) =>
  z
    .string()
    .optional()
    .transform((v) => v?.trim().toLowerCase() || modes[0])
    .pipe(z.enum(modes, { error: `expected ${modes.join(' or ')}` }))

/** The app id format the Feishu SDK's long connection accepts (it silently does nothing otherwise). */
const FEISHU_APP_ID_FORMAT = /^cli_[0-9a-fA-F]{16}$/

function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v)
    return (u.protocol === 'http:' || u.protocol === 'https:') && !u.username && !u.password
  } catch {
    return false
  }
}

const ConfigFields = z.object({
  PORT: integer(1, 65535, 8787),
  HOST: z.string().default('127.0.0.1'),
  /** Questions one chat may ask per rolling minute on every chat platform; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: integer(0, 10_000, 10),
  /**
   * POST /api/ask answers kept in memory for repeated identical questions (same text, same day);
   * 0 turns the cache off. Each answer's JSON is ~9 KB, and the cache may hold twice this many.
   */
  ANSWER_CACHE_SIZE: integer(0, 10_000, 256),
  /** Public base URL of the web page, used for links to full articles. */
  PUBLIC_BASE_URL: url,
  TELEGRAM_BOT_TOKEN: optional.refine(
    (v) => v === undefined || /^\d+:[\w-]+$/.test(v),
    'expected <id>:<secret>'
  ),
  TELEGRAM_WEBHOOK_SECRET: optional.refine(
    (v) => v === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(v),
    'Telegram allows 1-256 characters A-Z a-z 0-9 _ -'
  ),
  TELEGRAM_WEBHOOK_URL: url,
  TELEGRAM_API_ROOT: url,
  /** The bot's @username, stored without the '@' (a leading '@' is accepted and dropped). */
  TELEGRAM_BOT_USERNAME: z
    .string()
    .default('gongyou_bot')
    .transform((v) => v.trim().replace(/^@/, ''))
    .refine(
      (v) => /^[A-Za-z][A-Za-z0-9_]{4,31}$/.test(v),
      'expected a Telegram username (5-32 letters, digits or _)'
    ),
  /** WeChat Official Account: the Token alone is plaintext mode; with APP_ID + ENCODING_AES_KEY, safe mode. */
  WECHAT_TOKEN: optional,
  WECHAT_APP_ID: optional,
  WECHAT_ENCODING_AES_KEY: optional,
  /** WeCom self-built app (all three). */
  WECOM_TOKEN: optional,
  WECOM_ENCODING_AES_KEY: optional,
  WECOM_CORP_ID: optional,
  /** WeCom smart robot (both). */
  WECOM_BOT_TOKEN: optional,
  WECOM_BOT_ENCODING_AES_KEY: optional,
  /** Feishu / Lark app: APP_ID, APP_SECRET and VERIFICATION_TOKEN; ENCRYPT_KEY and API_ROOT optional. */
  FEISHU_APP_ID: optional,
  FEISHU_APP_SECRET: optional,
  FEISHU_VERIFICATION_TOKEN: optional,
  FEISHU_ENCRYPT_KEY: optional,
  FEISHU_API_ROOT: url,
  /**
   * `webhook` (default): Feishu posts events to /webhook/feishu. `ws` (Node only): the official
   * SDK's long connection, for a PC without a public address; needs only APP_ID and APP_SECRET.
   */
  FEISHU_MODE: mode(['webhook', 'ws'] as const),
  /** DingTalk enterprise robot: the app's AppSecret signs every callback. */
  DINGTALK_APP_SECRET: optional,
  /** The app's AppKey / Client ID (Stream mode). */
  DINGTALK_CLIENT_ID: optional,
  /** `webhook` (default): signed callbacks. `stream` (Node only): DingTalk Stream mode. */
  DINGTALK_MODE: mode(['webhook', 'stream'] as const),
  /**
   * Stream mode: where the gateway (/v1.0/gateway/connections/open) is asked for a connection.
   * Default https://api.dingtalk.com; replies may also go to session webhooks on this origin.
   */
  DINGTALK_API_ROOT: url,
  /** Node only: the SQLite file of the report store (created with its folder on first start). */
  DATABASE_PATH: z
    .string()
    .optional()
    .transform((v) => v?.trim() || './data/gongyou.sqlite'),
  /** `off` records nothing (declined questions, feedback); the report then shows what is kept. */
  REPORT_STORE: z
    .string()
    .optional()
    .transform((v) => v?.trim().toLowerCase() || 'on')
    .pipe(z.enum(['on', 'off'], { error: 'expected on or off' })),
  /** Days the report store keeps a row; a daily sweep deletes older ones. */
  REPORT_RETENTION_DAYS: integer(1, 3650, 180),
  /** Turns on /admin (the editors' report); at least 16 characters. Unset: /admin is a 404. */
  ADMIN_TOKEN: optional.refine(
    (v) => v === undefined || v.length >= 16,
    'expected at least 16 characters'
  ),
})

/** What each connection mode needs besides itself; the first missing one is named. */
const MODE_NEEDS = [
  { mode: 'FEISHU_MODE', value: 'ws', needs: ['FEISHU_APP_ID', 'FEISHU_APP_SECRET'] },
  { mode: 'DINGTALK_MODE', value: 'stream', needs: ['DINGTALK_CLIENT_ID', 'DINGTALK_APP_SECRET'] },
] as const

export const ConfigSchema = ConfigFields.superRefine((c, ctx) => {
  for (const { mode, value, needs } of MODE_NEEDS) {
    if (c[mode] !== value) continue
    for (const name of needs)
      if (c[name] === undefined)
        ctx.addIssue({ code: 'custom', path: [name], message: `required when ${mode}=${value}` })
  }
  if (c.FEISHU_MODE === 'ws' && c.FEISHU_APP_ID && !FEISHU_APP_ID_FORMAT.test(c.FEISHU_APP_ID))
    ctx.addIssue({
      code: 'custom',
      path: ['FEISHU_APP_ID'],
      message: 'expected cli_ and 16 hex digits (the long connection accepts no other)',
    })
})

export type Config = z.infer<typeof ConfigSchema>

/** Parses an env record (process.env on Node, the Worker's env) into a Config. */
export function parseConfig(env: Record<string, unknown>): Config {
  const parsed = ConfigSchema.safeParse(env)
  if (!parsed.success) {
    // One line naming each bad variable (never its value: it may be a secret).
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new Error(`invalid configuration: ${issues.join('; ')}`)
  }
  return parsed.data
}

/**
 * Settings that start but leave a platform off or half on: one sentence each, naming the
 * variables, for the runtimes to log as warnings. (A partial set that cannot work at all, such
 * as Feishu without its secret, stops start-up in mountPlatforms instead.)
 */
export function configWarnings(config: Config): string[] {
  const out: string[] = []
  const token = config.TELEGRAM_BOT_TOKEN !== undefined
  const secret = config.TELEGRAM_WEBHOOK_SECRET !== undefined
  const webhookUrl = config.TELEGRAM_WEBHOOK_URL !== undefined
  if (!token && (secret || webhookUrl))
    out.push(
      'Telegram is off: TELEGRAM_WEBHOOK_SECRET or TELEGRAM_WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is missing'
    )
  if (token && webhookUrl && !secret)
    out.push(
      'Telegram is off: TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_URL are set but TELEGRAM_WEBHOOK_SECRET is missing (the webhook needs it; unset TELEGRAM_WEBHOOK_URL to long-poll on Node)'
    )
  if (token && secret && !webhookUrl)
    out.push(
      'Telegram: TELEGRAM_WEBHOOK_SECRET is set without TELEGRAM_WEBHOOK_URL: the Worker serves the webhook, but the Node entry long-polls (and gets 409 while a webhook is registered)'
    )
  if (!config.PUBLIC_BASE_URL)
    out.push('PUBLIC_BASE_URL is unset: answers carry no links to the full articles')
  return out
}

/**
 * The connection modes set that only the Node entry can run (Workers cannot hold an outbound
 * socket open between requests), as `NAME=value`, for the Worker to warn about.
 */
export function nodeOnlyModes(config: Config): string[] {
  return [
    ...(config.FEISHU_MODE === 'ws' ? ['FEISHU_MODE=ws'] : []),
    ...(config.DINGTALK_MODE === 'stream' ? ['DINGTALK_MODE=stream'] : []),
  ]
}
