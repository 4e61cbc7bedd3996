/** A city the calculators know by name. `province` is a region slug used in params.yaml. */
export type Region = { slug: string; nameZh: string; province: string }

/** The 21 prefecture-level cities of Guangdong (slug = pinyin, as in knowledge/ `region`). */
export const GUANGDONG_CITIES: readonly Region[] = [
  ['guangzhou', '广州'],
  ['shenzhen', '深圳'],
  ['zhuhai', '珠海'],
  ['shantou', '汕头'],
  ['foshan', '佛山'],
  ['shaoguan', '韶关'],
  ['heyuan', '河源'],
  ['meizhou', '梅州'],
  ['huizhou', '惠州'],
  ['shanwei', '汕尾'],
  ['dongguan', '东莞'],
  ['zhongshan', '中山'],
  ['jiangmen', '江门'],
  ['yangjiang', '阳江'],
  ['zhanjiang', '湛江'],
  ['maoming', '茂名'],
  ['zhaoqing', '肇庆'],
  ['qingyuan', '清远'],
  ['chaozhou', '潮州'],
  ['jieyang', '揭阳'],
  ['yunfu', '云浮'],
].map(([slug, nameZh]) => ({ slug: slug!, nameZh: nameZh!, province: 'guangdong' }))

/** Provinces and municipalities outside Guangdong, only so a result can say "not covered". */
const OTHER_PLACES = [
  '北京',
  '上海',
  '天津',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
  '台湾',
  '郑州',
  '武汉',
  '长沙',
  '杭州',
  '南京',
  '成都',
  '西安',
  '厦门',
  '福州',
  '南宁',
  '海口',
  '苏州',
  '宁波',
  '青岛',
  '济南',
  '合肥',
  '南昌',
  '昆明',
  '贵阳',
  '沈阳',
  '大连',
  '哈尔滨',
  '长春',
  '石家庄',
  '太原',
  '兰州',
  '乌鲁木齐',
]

/**
 * Resolve a city given as Chinese name (广州, 广州市) or slug (guangzhou). Places outside
 * Guangdong resolve with province 'other'; unknown strings give undefined.
 */
export const resolveRegion = (city: string | undefined): Region | undefined => {
  if (!city) return undefined
  const c = city.trim().replace(/[市省]$/, '')
  if (c === '广东' || c === 'guangdong')
    return { slug: 'guangdong', nameZh: '广东', province: 'guangdong' }
  const gd = GUANGDONG_CITIES.find((r) => r.slug === c.toLowerCase() || r.nameZh === c)
  if (gd) return gd
  const other = OTHER_PLACES.find((p) => p === c)
  return other ? { slug: other, nameZh: other, province: 'other' } : undefined
}

/** Names of all places the extractor looks for in a question. */
export const KNOWN_PLACE_NAMES: readonly string[] = [
  ...GUANGDONG_CITIES.map((r) => r.nameZh),
  '广东',
  ...OTHER_PLACES,
]
