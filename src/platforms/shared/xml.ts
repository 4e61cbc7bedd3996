/**
 * Safe XML for WeChat and WeCom: no DOCTYPE, no entity declarations, no entity expansion
 * (no XXE, no entity bombs); every value stays a string (MsgId exceeds 2^53).
 * @module
 */
import { XMLParser } from 'fast-xml-parser'

/** Raised for XML we refuse or cannot read; adapters answer 400. */
export class XmlError extends Error {
  override readonly name = 'XmlError'
}

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
})

/** A flat view of `<xml>…</xml>`: child element name → text (nested elements are objects). */
export type XmlRecord = Record<string, unknown>

/**
 * Parses a WeChat-style XML document and returns the children of its root element.
 * Refuses DOCTYPE and ENTITY declarations before parsing.
 */
export function parseXml(text: string): XmlRecord {
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new XmlError('DOCTYPE and ENTITY declarations are refused')
  let doc: unknown
  try {
    doc = parser.parse(text, true)
  } catch {
    throw new XmlError('malformed XML')
  }
  const root = doc && typeof doc === 'object' ? (doc as XmlRecord)['xml'] : undefined
  if (!root || typeof root !== 'object') throw new XmlError('expected an <xml> root element')
  return root as XmlRecord
}

/** The text of a child element, or '' when absent or not text. */
export function xmlText(record: XmlRecord, name: string): string {
  const v = record[name]
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : ''
}

function cdata(value: string): string {
  // "]]>" cannot appear inside CDATA: close and reopen around it.
  return `<![CDATA[${value.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}

/** Builds `<xml>…</xml>`: strings as CDATA, numbers bare (the shape WeChat documents). */
export function buildXml(fields: Record<string, string | number>): string {
  const body = Object.entries(fields)
    .map(([k, v]) => `<${k}>${typeof v === 'number' ? String(v) : cdata(v)}</${k}>`)
    .join('')
  return `<xml>${body}</xml>`
}
