/**
 * Fixed texts every chat adapter shares (WeChat, WeCom, Feishu, DingTalk). Answer wording
 * lives in core/answer/messages.ts; these are the channel's own hints.
 * @module
 */
export const PLATFORM_TEXT = {
  welcome:
    '你好，我是工友，回答劳动权益问题：欠薪、加班费、辞退补偿、工伤、社保、休假……\n' +
    '直接发文字问题给我，例如「老板拖欠我两个月工资怎么办」；写上工龄和工资，我还能帮你估算金额。\n' +
    '隐私：我不保存聊天内容，请不要发送身份证号、手机号。回答仅供参考，急事请拨 12333 或 12351。',
  nonText: '我目前只能看懂文字消息。请用文字描述你的问题，例如「公司不给加班费怎么办」。',
  voiceUnrecognized: '没听清这条语音。请用文字再发一次你的问题，例如「公司不给加班费怎么办」。',
  emptyQuestion: '请直接写下你的问题，例如「干了三年被辞退，能拿多少补偿」。',
  groupPrivacy: '为保护隐私，已隐去消息中的身份证号、手机号。个人情况请私聊我，不要发在群里。',
  readMore: '查看全文',
  busy: '这条消息我正在处理，请稍候。',
  rateLimited:
    '消息有点多，我先歇一会儿：请过一分钟再发问题。急事请拨 12333（人社）或 12351（工会热线）。',
} as const
