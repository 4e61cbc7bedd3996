/**
 * Environment, validated once at start-up with zod (fail loudly on a bad value).
 * Every variable is optional: with none set, the bot serves HTTP with the bundled knowledge.
 * @module
 */
import { z } from 'zod'

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined))

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  /** Questions one chat may ask per rolling minute on every chat platform; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(10_000).default(10),
  /** Public base URL of the web page, used for links to full articles. */
  PUBLIC_BASE_URL: optional,
  TELEGRAM_BOT_TOKEN: optional.refine(
    (v) => v === undefined || /^\d+:[\w-]+$/.test(v),
    'expected <id>:<secret>'
  ),
  TELEGRAM_WEBHOOK_SECRET: optional.refine(
    (v) => v === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(v),
    'Telegram allows 1-256 characters A-Z a-z 0-9 _ -'
  ),
  TELEGRAM_WEBHOOK_URL: optional,
  TELEGRAM_API_ROOT: optional,
  TELEGRAM_BOT_USERNAME: z.string().default('gongyou_bot'),
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
  FEISHU_API_ROOT: optional,
  /** DingTalk enterprise robot: the app's AppSecret signs every callback. */
  DINGTALK_APP_SECRET: optional,
})

export type Config = z.infer<typeof ConfigSchema>

/** Parses an env record (process.env on Node, the Worker's env) into a Config. */
export function parseConfig(env: Record<string, unknown>): Config {
  const parsed = ConfigSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new Error(`invalid configuration:\n  ${lines.join('\n  ')}`)
  }
  return parsed.data
}
