/**
 * Fixed texts of the conversation layer on every channel (hints, notices, follow-ups, commands).
 * Answer wording lives in core/answer/messages.ts.
 * @module
 */
export const CHAT_TEXT = {
  welcome:
    '你好，我是工友，回答劳动权益问题：欠薪、加班费、辞退补偿、工伤、社保、休假……\n' +
    '直接发文字问题给我，例如「老板拖欠我两个月工资怎么办」；写上工龄和工资，我还能帮你估算金额。\n' +
    '隐私：我不保存聊天内容，请不要发送身份证号、手机号。回答仅供参考，急事请拨 12333 或 12351。',
  nonText: '我目前只能看懂文字消息。请用文字描述你的问题，例如「公司不给加班费怎么办」。',
  voiceUnrecognized: '没听清这条语音。请用文字再发一次你的问题，例如「公司不给加班费怎么办」。',
  emptyQuestion: '请直接写下你的问题，例如「干了三年被辞退，能拿多少补偿」。',
  groupPrivacy: '为保护隐私，已隐去消息中的身份证号、手机号。个人情况请私聊我，不要发在群里。',
  rateLimited:
    '消息有点多，我先歇一会儿：请过一分钟再发问题。急事请拨 12333（人社）或 12351（工会热线）。',
  moreOffer: '想了解更多，回复：',
  choosePrompt: '你想问的是哪一个？回复数字：',
  start:
    '你好，我是工友，一个回答劳动权益问题的机器人：欠薪、加班费、辞退补偿、工伤、社保、休假……\n' +
    '直接把你的问题发给我，例如「老板拖欠我两个月工资怎么办」。写上工龄和工资，我还能帮你估算金额；' +
    '发 /calc 可以一步步算补偿、加班费、工伤待遇和各种期限。\n\n' +
    '隐私：我不保存你的聊天内容；请不要发送身份证号、手机号等个人信息。\n' +
    '回答仅供参考，不构成法律意见。急事请拨 12333（人社）或 12351（工会热线）。',
  help:
    '用法：\n• 私聊：直接发问题\n• 群聊：@我 或回复我的消息\n• /topics 按主题浏览\n• /ask 问题\n' +
    '• /calc 计算器：选一项，我一步步问你要的数字；也可以直接写「/calc 干了三年月薪八千被辞退」\n' +
    '• /cancel 取消正在进行的计算\n\n' +
    '例子：「干了三年半被辞退，月薪6000，能拿多少补偿」「下班路上被车撞了算工伤吗」',
  topics: '选择一个主题：',
  askUsage: '请在 /ask 后面写上你的问题，例如：/ask 公司不交社保怎么办',
  unknownCommand: '没有这个命令。发 /help 看用法，或者直接把问题发给我。',
  calcMenu:
    '要算哪一项？点一下，我会一步步问你需要的数字。\n也可以直接写情况，例如：/calc 干了三年月薪八千被辞退',
  calcNotUnderstood:
    '没看出要算哪一项。请点下面的一项，或把情况写具体些，例如「/calc 干了三年月薪八千被辞退」。',
  calcUnavailable: '计算器暂时不可用（缺少参数表）。可以直接发问题给我，或拨打 12333 咨询。',
  calcKnown: (facts: string) => `已知：${facts}`,
  calcNeed: (label: string) => `还需要：${label}`,
  calcAsk: (label: string) => `请告诉我${label}`,
  calcReplyPrivate: '直接回复就行；回复「取消」就不算了。',
  calcReplyGroup: '请 @我 或「回复」这条消息告诉我；回复「取消」就不算了。',
  calcBadValue: '没看懂这个回答，请按下面的例子再说一次。',
  calcBadInput: '这个数字看起来不对，请再确认一下。',
  calcGaveUp: '几次都没看懂，先不算了。可以重新发问题，或者直接把情况写全给我。',
  calcCancelled: '好的，已取消这次计算。',
  calcRestart:
    '好的，之前的数字都清掉了。请重新告诉我你的情况，例如「月薪6000，干了3年半，被辞退」。',
  calcNothingToCancel: '现在没有进行中的计算。',
  calcExpired: '这次计算已过期或已结束，请重新发问题。',
  calcFollowUp: '直接回复上面缺的信息，我接着帮你算；回复「取消」就不算了。',
  cancelButton: '取消',
  feedbackOffer: '这条回答有用吗？回复 1 有用 / 2 没用',
  feedbackUp: '👍 有用',
  feedbackDown: '👎 没用',
  feedbackThanks: '谢谢反馈！编辑会据此改进回答。还有问题可以直接发给我。',
  feedbackAgain: '这条回答的反馈已经收到了，谢谢。',
  feedbackExpired: '这条回答已过期，反馈没有记下。还有问题可以直接发给我。',
  yes: '是',
  no: '否',
} as const
