/**
 * @module DingTalk enterprise robot: signed callbacks answered in the response, or Stream mode
 * messages answered through their session webhook.
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
export {
  answerDingtalkStreamMessage,
  type DingtalkStreamOptions,
  type DingtalkStreamOutcome,
} from './stream'
export {
  createDingtalkSender,
  DingtalkSendError,
  DINGTALK_SEND_TIMEOUT_MS,
  type DingtalkSend,
  type DingtalkSenderOptions,
} from './send'
