/**
 * The WeCom self-built app webhook: GET decrypts and returns echostr (URL check); POST
 * decrypts a message, checks the CorpID and answers with an encrypted passive reply.
 * @module
 */
import { handleInbound } from '../../chat'
import { type AdapterDeps, type PlatformAdapter, signedAt, textResponse } from '../shared/platform'
import { wecomCallbackAdapter } from '../shared/wx-callback'
import { createWxCrypt } from '../shared/wx-crypt'
import { wxInbound, wxReplyContent } from '../shared/wx-message'
import { parseWecomMessage, wecomEncryptField } from './parse'
import { renderWecomReply } from './render'

export interface WecomOptions extends AdapterDeps {
  token: string
  encodingAesKey: string
  corpId: string
}

const PLATFORM = 'wecom'

/** Builds the adapter; throws at start-up on a malformed EncodingAESKey. */
export function createWecomAdapter(options: WecomOptions): PlatformAdapter {
  const crypt = createWxCrypt({
    token: options.token,
    encodingAesKey: options.encodingAesKey,
    receiveId: options.corpId,
  })
  return wecomCallbackAdapter({
    crypt,
    now: options.now,
    encryptField: wecomEncryptField,
    missing: 'no echostr or Encrypt field',
    receiver: 'CorpID',
    async answer(opened, now) {
      const inbound = parseWecomMessage(opened.plain)
      const reply = await handleInbound(
        wxInbound(PLATFORM, inbound, signedAt(opened.timestamp)),
        options
      )
      const content = reply ? wxReplyContent(reply) : null
      // An empty body tells WeCom "received, no reply".
      if (content === null) return textResponse('')
      return textResponse(
        await renderWecomReply(crypt, inbound, content, now),
        'application/xml; charset=utf-8'
      )
    },
  })
}
