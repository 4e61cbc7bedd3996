/**
 * 「详情」「要带什么证据」「找谁」: the rest of an answer, asked for after the short one.
 * @module
 */
import { MORE_REQUESTS, type MoreRequest } from '../core'
import type { Choice } from './inbound'

/** The follow-up requests offered under an answer. */
export function moreChoices(): Choice[] {
  return (Object.values(MORE_REQUESTS) as string[]).map((label) => ({ label, reply: label }))
}

/** Which request a short reply makes, if any (the offered words and their everyday variants). */
export function moreRequestOf(text: string): MoreRequest | null {
  const t = text.replace(/[\s。.!！?？，,]/g, '')
  if ([...t].length > 12) return null
  if (/^(详情|详细|详细点|详细说说|更多|展开|全文|具体点?)$/.test(t)) return 'detail'
  if (/^(要|需要)?(带|准备|留|保留)?(什么|哪些)?(证据|材料)(有哪些)?$/.test(t)) return 'evidence'
  if (
    /^(我?(该|应该|要|可以)?找谁(帮忙)?|找哪里|找哪个部门|去哪(里)?(投诉|告状?|申请)|怎么求助)$/.test(
      t
    )
  )
    return 'referral'
  return null
}
