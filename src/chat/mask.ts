/**
 * Masks Chinese ID-card and mobile numbers, so a group chat never sees them echoed back.
 * @module
 */

/** 18-digit resident ID (last may be X) or the old 15-digit form, not inside a longer number. */
const ID_CARD = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g
/** Mainland mobile numbers, optionally with +86 / 86 and spaces or dashes between groups. */
const PHONE = /(?<!\d)((?:\+?86[ -]?)?1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?!\d)/g

/** True if the text holds something that looks like an ID-card or mobile number. */
export function hasSensitiveNumber(text: string): boolean {
  ID_CARD.lastIndex = 0
  PHONE.lastIndex = 0
  const found = ID_CARD.test(text) || PHONE.test(text)
  ID_CARD.lastIndex = 0
  PHONE.lastIndex = 0
  return found
}

/**
 * Replaces ID-card numbers with their first 3 and last 2 characters and mobile numbers with
 * their first 3 and last 4 digits; everything else is left alone.
 * @example maskSensitive('电话13812345678') // '电话138****5678'
 */
export function maskSensitive(text: string): string {
  return text
    .replace(ID_CARD, (m: string) => m.slice(0, 3) + '*'.repeat(m.length - 5) + m.slice(-2))
    .replace(PHONE, (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`)
}

/** E-mail addresses (the whole address goes: a local part alone can name a person). */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g
/** Bank card numbers: 16-19 digits, optionally in groups of four separated by spaces or dashes. */
const BANK_CARD = /(?<![0-9A-Za-z])(?:\d{4}[ -]?){3}\d{4}(?:[ -]?\d{1,3})?(?![0-9A-Za-z])/g
/**
 * Common surnames that are rarely anything else in a worker's sentence. Characters that are also
 * everyday words (和, 于, 常, 程, 钱, 付, 万 …) are left out: 「经常老板骂人」 must keep 经常.
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋杜叶魏苏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦邹熊孟秦邱侯尹薛闫雷黎龙陶贺顾毛郝龚邵严覃洪武戴莫孔汤葛康乔赖庞樊殷施'
/** Titles that follow a surname in workplace talk: 张经理, 王总, 李师傅, 刘主管. */
const TITLES =
  '经理|总监|总经理|老板|老总|总|主管|主任|组长|班长|厂长|部长|科长|处长|局长|队长|师傅|老师|会计|工头|包工头|律师|法官|书记'
const NAME_WITH_TITLE = new RegExp(`[${SURNAMES}][\\u4e00-\\u9fa5]?(?=${TITLES})`, 'g')
/** 老王 / 小李: a surname with the familiar prefix is a name too. */
const FAMILIAR_NAME = new RegExp(
  `(?<=[老小阿])[${SURNAMES}](?![\\u4e00-\\u9fa5]?(?:${TITLES}))`,
  'g'
)

/**
 * Masks everything {@link maskSensitive} does, plus bank cards, e-mail addresses and names that
 * come with a title (张经理 → 某经理, 小王 → 小某): for question text kept in the report store,
 * where nothing may point at a worker or the people they name.
 * @example maskPersonal('张经理说卡号6222021234567890123') // '某经理说卡号[银行卡]'
 */
export function maskPersonal(text: string): string {
  const masked = text
    .replace(EMAIL, '[邮箱]')
    .replace(ID_CARD, '[身份证号]')
    .replace(BANK_CARD, '[银行卡]')
    .replace(PHONE, '[手机号]')
  return masked.replace(NAME_WITH_TITLE, '某').replace(FAMILIAR_NAME, '某')
}
