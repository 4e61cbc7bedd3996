/**
 * Safe XML for WeChat and WeCom: no DOCTYPE, no entity declarations, no entity expansion
 * (no XXE, no entity bombs; references are kept as written); every value stays a string (MsgId
 * exceeds 2^53).
 * @module
 */
import { parseXml as parseDocument, XmlCdata, XmlElement, XmlText } from '@rgrove/parse-xml'

/** Raised for XML we refuse or cannot read; adapters answer 400. */
export class XmlError extends Error {
  override readonly name = 'XmlError'
}

/** A flat view of `<xml>…</xml>`: child element name → text (nested elements are objects). */
export type XmlRecord = Record<string, unknown>

// An entity or character reference outside CDATA: escaped before parsing, so it stays as written
// (the parser would resolve &lt; &amp; &#…; and refuse unknown ones); a bare & is still an error.
const REFERENCE = /&(#x[0-9a-f]+|#[0-9]+|[a-z_:][\w:.-]*);/gi
const CDATA = /(<!\[CDATA\[[\s\S]*?\]\]>)/
/**
 * Deepest element nesting read. WeChat and WeCom messages are two or three levels deep; a body of
 * 64 KiB could nest thousands, and reading those recursively would overflow the stack (a 5xx, not
 * the 400 bad XML gets).
 */
const MAX_DEPTH = 32

/**
 * Parses a WeChat-style XML document and returns the children of its root element.
 * Refuses DOCTYPE and ENTITY declarations before parsing.
 *
 * The parser is @rgrove/parse-xml (4 KiB gzip in the Worker bundle, fast-xml-parser with its
 * dependencies was 22). The record keeps the shape the adapters were written for: every value a
 * string, text trimmed (CDATA kept as is), an element with children an object (its own text
 * under '#text'), a repeated child an array, attributes dropped.
 */
export function parseXml(text: string): XmlRecord {
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new XmlError('DOCTYPE and ENTITY declarations are refused')
  const literal = text
    .split(CDATA)
    .map((part, i) => (i % 2 ? part : part.replace(REFERENCE, '&amp;$1;')))
    .join('')
  let root: XmlElement | null
  try {
    root = parseDocument(literal, { preserveCdata: true }).root
  } catch {
    throw new XmlError('malformed XML')
  }
  const record = root?.name === 'xml' ? valueOf(root, 0) : undefined
  if (!record || typeof record !== 'object') throw new XmlError('expected an <xml> root element')
  return record
}

/** An element's text (trimmed text nodes and untouched CDATA, in order), or its children as a record. */
function valueOf(element: XmlElement, depth: number): string | XmlRecord {
  if (depth > MAX_DEPTH) throw new XmlError(`XML nested deeper than ${MAX_DEPTH} levels`)
  let text = ''
  const record: XmlRecord = {}
  const repeated = new Set<string>()
  let children = 0
  for (const node of element.children) {
    if (node instanceof XmlCdata) text += node.text
    else if (node instanceof XmlText) text += node.text.trim()
    else if (node instanceof XmlElement) {
      // Assigning it would set the record's prototype.
      if (node.name === '__proto__') throw new XmlError('malformed XML')
      children++
      const value = valueOf(node, depth + 1)
      if (!Object.hasOwn(record, node.name)) record[node.name] = value
      else if (repeated.has(node.name)) (record[node.name] as unknown[]).push(value)
      else {
        record[node.name] = [record[node.name], value]
        repeated.add(node.name)
      }
    }
  }
  if (!children) return text
  if (text) record['#text'] = text
  return record
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
