/**
 * @module Feishu / Lark: url_verification, signed and encrypted events (or the same events over
 * the long connection), replies via the Open API.
 */
export { createFeishuAdapter, feishuInbound, type FeishuOptions } from './adapter'
export {
  verifyFeishuSignature,
  verifyFeishuToken,
  feishuSignature,
  FEISHU_WINDOW_SEC,
  type FeishuCheck,
} from './verify'
export {
  decryptFeishu,
  parseFeishuCallback,
  stripFeishuMentions,
  type FeishuCallback,
  type FeishuInbound,
  type FeishuMessage,
} from './parse'
export {
  renderFeishuReply,
  renderFeishuText,
  FEISHU_POST_MAX_CHARS,
  type FeishuRenderOptions,
} from './render'
export {
  createFeishuFetchClient,
  FeishuApiError,
  type FeishuClient,
  type FeishuFetchClientOptions,
  type FeishuReplyContent,
} from './client'
export {
  answerFeishuEvent,
  feishuAddressed,
  type FeishuEventOptions,
  type FeishuEventOutcome,
} from './event'
