/**
 * npm run kb:statute-texts -- <dir>: writes knowledge/statute-texts/<name>.yaml, the official
 * text of every article the knowledge base and the calculators cite, read from a checkout of
 * LawRefBook/Laws (a transcription of the 国家法律法规数据库 texts; `git clone` it and pass its
 * directory). Statutes not listed in SOURCES, or articles not found, are left without text:
 * nothing is written that was not in the file. Re-running replaces the files.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { articleNumber } from '../src/core/knowledge/statute'
import { KNOWLEDGE_DIR, ROOT, readKnowledge } from './lib/read-knowledge'

/** The commit of LawRefBook/Laws the texts were read from (the registry's snapshot). */
const SNAPSHOT = '2f4c5c23716267af9dbebbbbd6cbbf732b101981'
const NPC = '国家法律法规数据库 https://flk.npc.gov.cn/'
const GOV = '中国政府网 国务院政策文件库 https://www.gov.cn/zhengce/'
const MOHRSS = '人力资源和社会保障部 https://www.mohrss.gov.cn/'
const COURT = '最高人民法院 https://www.court.gov.cn/'
const GD = '广东省人民代表大会常务委员会 https://www.gdpc.gov.cn/'

/** Registry name → file(s) in the checkout (民法典 comes in one file per 编), version, publisher. */
const SOURCES: Record<string, { files: string[]; version: string; source: string }> = {
  劳动合同法: { files: ['社会法/劳动合同法(2012-12-28).md'], version: '2012-12-28', source: NPC },
  劳动法: { files: ['社会法/劳动法(2018-12-29).md'], version: '2018-12-29', source: NPC },
  社会保险法: { files: ['社会法/社会保险法(2018-12-29).md'], version: '2018-12-29', source: NPC },
  工会法: { files: ['社会法/工会法(2021-12-24).md'], version: '2021-12-24', source: NPC },
  妇女权益保障法: {
    files: ['社会法/妇女权益保障法(2022-10-30).md'],
    version: '2022-10-30',
    source: NPC,
  },
  职业病防治法: {
    files: ['社会法/职业病防治法(2018-12-29).md'],
    version: '2018-12-29',
    source: NPC,
  },
  法律援助法: { files: ['行政法/法律援助法(2021-08-20).md'], version: '2021-08-20', source: NPC },
  企业破产法: { files: ['民法商法/企业破产法(2006-08-27).md'], version: '2006-08-27', source: NPC },
  劳动争议调解仲裁法: {
    files: ['诉讼与非诉讼程序法/劳动争议调解仲裁法(2007-12-29).md'],
    version: '2007-12-29',
    source: NPC,
  },
  民法典: {
    files: [
      '总则',
      '物权编',
      '合同编',
      '人格权编',
      '婚姻家庭编',
      '继承编',
      '侵权责任编',
      '附则',
    ].map((p) => `民法典/${p}.md`),
    version: '2020-05-28',
    source: NPC,
  },
  劳动合同法实施条例: {
    files: ['行政法规/劳动合同法实施条例(2008-09-18).md'],
    version: '2008-09-18',
    source: GOV,
  },
  工伤保险条例: {
    files: ['行政法规/工伤保险条例(2010-12-20).md'],
    version: '2010-12-20',
    source: GOV,
  },
  失业保险条例: {
    files: ['行政法规/失业保险条例(1999-01-22).md'],
    version: '1999-01-22',
    source: GOV,
  },
  住房公积金管理条例: {
    files: ['行政法规/住房公积金管理条例(2019-03-24).md'],
    version: '2019-03-24',
    source: GOV,
  },
  保障农民工工资支付条例: {
    files: ['行政法规/保障农民工工资支付条例(2019-12-30).md'],
    version: '2019-12-30',
    source: GOV,
  },
  全国年节及纪念日放假办法: {
    files: ['行政法规/全国年节及纪念日放假办法(2024-11-10).md'],
    version: '2024-11-10',
    source: GOV,
  },
  劳动保障监察条例: {
    files: ['行政法规/劳动保障监察条例(2004-11-01).md'],
    version: '2004-11-01',
    source: GOV,
  },
  国务院关于职工工作时间的规定: {
    files: ['行政法规/国务院关于职工工作时间的规定(1995-03-25).md'],
    version: '1995-03-25',
    source: GOV,
  },
  女职工劳动保护特别规定: {
    files: ['行政法规/女职工劳动保护特别规定(2012-04-28).md'],
    version: '2012-04-28',
    source: GOV,
  },
  工资支付暂行规定: {
    files: ['行政法规/工资支付暂行规定(1994-12-06).md'],
    version: '1994-12-06',
    source: MOHRSS,
  },
  社会保险费征缴暂行条例: {
    files: ['行政法规/社会保险费征缴暂行条例(2019-03-24).md'],
    version: '2019-03-24',
    source: GOV,
  },
  禁止使用童工规定: {
    files: ['行政法规/禁止使用童工规定(2002-10-01).md'],
    version: '2002-10-01',
    source: GOV,
  },
  职工带薪年休假条例: {
    files: ['行政法规/职工带薪年休假条例(2007-12-14).md'],
    version: '2007-12-14',
    source: GOV,
  },
  企业职工带薪年休假实施办法: {
    files: ['部门规章/人力资源社会保障部/企业职工带薪年休假实施办法(2008-07-17).md'],
    version: '2008-09-18',
    source: MOHRSS,
  },
  劳动争议司法解释一: {
    files: ['司法解释/最高人民法院关于审理劳动争议案件适用法律问题的解释（一）(2020-12-29).md'],
    version: '2020-12-29',
    source: COURT,
  },
  拒不支付劳动报酬刑事案件解释: {
    files: [
      '司法解释/最高人民法院关于审理拒不支付劳动报酬刑事案件适用法律若干问题的解释(2013-01-16).md',
    ],
    version: '2013-01-16',
    source: COURT,
  },
  工伤保险行政案件规定: {
    files: ['司法解释/最高人民法院关于审理工伤保险行政案件若干问题的规定(2014-06-18).md'],
    version: '2014-06-18',
    source: COURT,
  },
  广东省人口与计划生育条例: {
    files: ['DLC/广东地方法规/地方性法规/广东/广东省人口与计划生育条例(2021-12-01).md'],
    version: '2021-12-01',
    source: GD,
  },
  广东省失业保险条例: {
    files: ['DLC/广东地方法规/地方性法规/广东/广东省失业保险条例(2022-06-01).md'],
    version: '2022-06-01',
    source: GD,
  },
}

const ARTICLE_LINE = /^(第[一二三四五六七八九十百千零]+条)[\s\u3000]+(.*)$/

/** Every article of a statute file: 第N条 → its paragraphs joined by newlines. */
export function parseStatuteMarkdown(markdown: string): Map<string, string> {
  const out = new Map<string, string>()
  let current: string | null = null
  let lines: string[] = []
  const flush = () => {
    if (current && !out.has(current)) out.set(current, lines.join('\n').trim())
    current = null
    lines = []
  }
  const body = markdown.split('<!-- INFO END -->').at(-1) ?? markdown
  // The transcription pads brackets with ASCII spaces (「为了实施 《条例》 （以下简称…」); the
  // official text has none between Chinese characters.
  const clean = (t: string) => t.trim().replace(/(?<=[^ -~]) +| +(?=[^ -~])/g, '')
  for (const raw of body.split('\n')) {
    const line = raw.trim()
    if (line.startsWith('#')) {
      flush()
      continue
    }
    const m = ARTICLE_LINE.exec(line)
    if (m) {
      flush()
      current = m[1]!
      lines = [clean(m[2]!)]
    } else if (current && line) lines.push(clean(line))
  }
  flush()
  return out
}

/** 第N条 of every citation of each statute: the knowledge base's and the calculators'. */
function citedArticles(): Map<string, Set<string>> {
  const cited = new Map<string, Set<string>>()
  const add = (law: string, article: string | undefined) => {
    const key =
      article && /^第[一二三四五六七八九十百千零]+条/.exec(article.replace(/\s+/g, ''))?.[0]
    if (!key) return
    if (!cited.has(law)) cited.set(law, new Set())
    cited.get(law)!.add(key)
  }
  for (const a of readKnowledge().articles) for (const b of a.basis) add(b.law, b.article)
  const calcDir = join(ROOT, 'src/core/calc')
  for (const f of readdirSync(calcDir).filter((n) => n.endsWith('.ts'))) {
    const src = readFileSync(join(calcDir, f), 'utf8')
    for (const m of src.matchAll(/law:\s*'([^']+)',\s*article:\s*'([^']+)'/g)) add(m[1]!, m[2]!)
  }
  return cited
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2]
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run kb:statute-texts -- <checkout of LawRefBook/Laws>')
    process.exit(1)
  }
  const outDir = join(KNOWLEDGE_DIR, 'statute-texts')
  mkdirSync(outDir, { recursive: true })
  let found = 0
  let missing = 0
  for (const [law, articles] of [...citedArticles()].sort(([a], [b]) => a.localeCompare(b))) {
    const src = SOURCES[law]
    if (!src) {
      console.log(`no source: ${law} (${articles.size} articles left without text)`)
      missing += articles.size
      continue
    }
    const all = new Map<string, string>()
    for (const f of src.files)
      for (const [k, v] of parseStatuteMarkdown(readFileSync(join(dir, f), 'utf8')))
        if (!all.has(k)) all.set(k, v)
    const text: Record<string, string> = {}
    for (const a of [...articles].sort((x, y) => articleNumber(x) - articleNumber(y))) {
      const t = all.get(a)
      if (t) text[a] = t
      else console.log(`not in the file: ${law} ${a}`)
    }
    found += Object.keys(text).length
    missing += articles.size - Object.keys(text).length
    const doc = {
      law,
      version: src.version,
      source: src.source,
      copiedFrom: src.files
        .map((f) => `https://github.com/LawRefBook/Laws/blob/${SNAPSHOT}/${f}`)
        .join(' '),
      articles: text,
    }
    writeFileSync(
      join(outDir, `${law}.yaml`),
      `# Official text of the articles gongyou cites (verbatim; written by scripts/import-statute-texts.ts).\n${stringify(doc, { lineWidth: 0 })}`
    )
  }
  console.log(`statute texts: ${found} articles written, ${missing} cited articles without text`)
}
