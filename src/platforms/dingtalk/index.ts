/**
 * @module DingTalk enterprise robot: signed callbacks answered in the response.
 */
export { createDingtalkAdapter, dingtalkInbound, type DingtalkOptions } from './adapter'
export {
  verifyDingtalkRequest,
  dingtalkSign,
  DINGTALK_WINDOW_SEC,
  type DingtalkCheck,
} from './verify'
export {
  parseDingtalkCallback,
  isDingtalkSessionWebhook,
  type DingtalkInbound,
  type DingtalkMessage,
} from './parse'
export { renderDingtalkReply, renderDingtalkText, DINGTALK_MARKDOWN_MAX_BYTES } from './render'
