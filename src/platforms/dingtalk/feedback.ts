/**
 * 👍/👎 on DingTalk: in a 1:1 chat an answer goes out as an ActionCard with two buttons. An
 * ActionCard button only opens its actionURL (the robot's webhook receives nothing for the press
 * itself), so each button's URL is DingTalk's `dtmd://dingtalkclient/sendMessage?content=…`,
 * which makes the worker's client send 「有用」 or 「没用」 into the chat: a signed text callback
 * like any other, which the conversation layer takes as feedback right after an answer. The card
 * keeps the 「回复 1 有用 / 2 没用」 line above the buttons: dtmd links are documented for robot
 * markdown, and a client that does not follow one in a button still lets the worker type 1 or 2.
 * In groups such a message would not @ the robot and never arrive, so group answers stay
 * markdown with the line only.
 * @module
 */
import { CHAT_TEXT, type Reply } from '../../chat'
import { truncateTo } from '../shared/limits'
import { renderMarkdown } from '../shared/render-markdown'

/** What each button makes the client send (both read as feedback by the conversation layer). */
export const DINGTALK_FEEDBACK_WORDS = { up: '有用', down: '没用' } as const

/** The dtmd link that makes the DingTalk client send `content` as the worker's message. */
export function dtmdSendMessage(content: string): string {
  return `dtmd://dingtalkclient/sendMessage?content=${encodeURIComponent(content)}`
}

/** True when the reply should be an ActionCard with 👍/👎 buttons (1:1, feedback by reply). */
export function wantsFeedbackCard(reply: Reply): boolean {
  return reply.kind !== 'notice' && !reply.group && reply.feedback?.byReply === true
}

/** An answer as an ActionCard: the markdown text (with the 1/2 line), then 👍 有用 / 👎 没用. */
export function renderDingtalkActionCard(reply: Reply, maxBytes: number): object {
  return {
    msgtype: 'actionCard',
    actionCard: {
      title: truncateTo(reply.title ?? '工友', 64),
      text: renderMarkdown(reply, { max: maxBytes }),
      btnOrientation: '1',
      btns: [
        { title: CHAT_TEXT.feedbackUp, actionURL: dtmdSendMessage(DINGTALK_FEEDBACK_WORDS.up) },
        { title: CHAT_TEXT.feedbackDown, actionURL: dtmdSendMessage(DINGTALK_FEEDBACK_WORDS.down) },
      ],
    },
  }
}
