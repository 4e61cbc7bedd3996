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
  /** Public base URL of the web page, used for links to full articles. */
  PUBLIC_BASE_URL: optional,
  TELEGRAM_BOT_TOKEN: optional.refine((v) => v === undefined || /^\d+:[\w-]+$/.test(v), 'expected <id>:<secret>'),
  TELEGRAM_WEBHOOK_SECRET: optional.refine(
    (v) => v === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(v),
    'Telegram allows 1-256 characters A-Z a-z 0-9 _ -'
  ),
  TELEGRAM_WEBHOOK_URL: optional,
  TELEGRAM_API_ROOT: optional,
  TELEGRAM_BOT_USERNAME: z.string().default('gongyou_bot'),
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
