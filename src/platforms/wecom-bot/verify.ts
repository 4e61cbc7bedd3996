/**
 * WeCom smart-robot checks: the same msg_signature as WeCom apps, over the JSON envelope's
 * `encrypt` (or the echostr of the URL check).
 * @module
 */
export {
  readWecomQuery as readWecomBotQuery,
  verifyWecomSignature as verifyWecomBotSignature,
} from '../wecom/verify'
