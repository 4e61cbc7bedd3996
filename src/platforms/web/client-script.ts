/**
 * The page's only script (progressive enhancement; every page works without it): live search,
 * copy to clipboard, print, instant calculator results and the intake without a page POST. Plain ES2017 kept as a string — it
 * runs in the browser, not in the app — so it is served as written (~3 KB) with no build step.
 * @module
 */

import { CHAT_SCRIPT } from './client-chat'

export const CLIENT_SCRIPT = `(function () {
  'use strict'
  var $ = function (sel, root) { return (root || document).querySelector(sel) }
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)) }
  var debounce = function (fn, ms) {
    var t
    return function () { var a = arguments; clearTimeout(t); t = setTimeout(function () { fn.apply(null, a) }, ms) }
  }
  var el = function (tag, cls, text) {
    var e = document.createElement(tag)
    if (cls) e.className = cls
    if (text != null) e.textContent = text
    return e
  }

  // Live search: GET /api/search?q= while typing; the form still submits to /?q= without JS.
  var form = $('form[data-live-search]')
  var results = $('#results')
  if (form && results && window.fetch) {
    var input = $('input[name=q]', form)
    var ctrl = null
    var last = input.value.trim()
    var status = $('#search-status')
    // Suggestions (titles and keywords containing the words typed) in the input's <datalist>.
    var suggestList = document.getElementById('q-suggest')
    var suggest = function (items) {
      if (!suggestList) return
      suggestList.textContent = ''
      ;(items || []).forEach(function (s) { var o = el('option'); o.value = s; suggestList.appendChild(o) })
    }
    var render = function (data) {
      results.textContent = ''
      // The live region says only the count; the list itself is not announced.
      if (status) status.textContent = data.q ? data.foundText : ''
      suggest(data.suggestions)
      if (!data.q) return
      // The amount card comes rendered by the server (the page's own EstimateCard markup).
      if (data.estimateHtml) results.insertAdjacentHTML('beforeend', data.estimateHtml)
      results.appendChild(el('h2', null, '“' + data.q + '”的搜索结果'))
      if (!data.hits.length) { results.appendChild(el('p', 'note', data.emptyText)); return }
      if (data.caution) results.appendChild(el('p', 'note', data.caution))
      var ul = el('ul', 'hits')
      data.hits.forEach(function (h) {
        var li = el('li')
        var a = el('a', null, h.title)
        a.href = h.url
        li.appendChild(a)
        li.appendChild(el('p', null, h.summary))
        li.appendChild(el('span', 'tag', h.topicName))
        ul.appendChild(li)
      })
      results.appendChild(ul)
    }
    var search = debounce(function () {
      var q = input.value.trim()
      if (q === last) return
      last = q
      if (ctrl) ctrl.abort()
      ctrl = window.AbortController ? new AbortController() : null
      history.replaceState(null, '', q ? '/?q=' + encodeURIComponent(q) : '/')
      if (!q) { render({ q: '' }); return }
      fetch('/api/search?q=' + encodeURIComponent(q), ctrl ? { signal: ctrl.signal } : {})
        .then(function (r) { return r.json() })
        .then(render)
        .catch(function () {})
    }, 200)
    // A pinyin IME sends raw letters as input events while composing; search only on the
    // composed text (compositionend), never on 「两个月meifa」.
    var composing = false
    input.addEventListener('compositionstart', function () { composing = true })
    input.addEventListener('compositionend', function () { composing = false; search() })
    input.addEventListener('input', function (e) { if (!composing && !e.isComposing) search() })
  }

  // Copy for chat: the Clipboard API, else select the textarea and execCommand('copy').
  var wireCopy = function (root) {
    $$('[data-copy]', root).forEach(function (btn) {
      var target = document.getElementById(btn.getAttribute('data-copy'))
      var status = document.getElementById(btn.getAttribute('data-status'))
      if (!target) return
      btn.hidden = false
      var say = function (ok) { if (status) status.textContent = btn.getAttribute(ok ? 'data-ok' : 'data-fail') }
      var fallback = function () {
        target.focus()
        target.select()
        var ok = false
        try { ok = document.execCommand('copy') } catch (e) { ok = false }
        say(ok)
      }
      btn.addEventListener('click', function () {
        var text = target.value || target.textContent
        if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(function () { say(true) }, fallback)
        else fallback()
      })
    })
  }
  wireCopy(document)

  // Intake: fetch each step instead of a page POST, so Back never asks to resubmit a form, and
  // keep the result in sessionStorage (this tab, this device; never the server) to restore it.
  var intakeMain = document.getElementById('intake-main')
  if (intakeMain && window.fetch && window.DOMParser && window.FormData) {
    var KEY = 'gongyou:intake'
    var show = function (html) {
      intakeMain.innerHTML = html
      wireCopy(intakeMain)
    }
    var nav = window.performance && performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null
    var saved = null
    try { saved = JSON.parse(sessionStorage.getItem(KEY) || 'null') } catch (e) { saved = null }
    if (saved && saved.html && nav && (nav.type === 'back_forward' || nav.type === 'reload')) show(saved.html)
    intakeMain.addEventListener('submit', function (e) {
      var f = e.target
      if (!f.matches || !f.matches('form[data-intake]')) return
      e.preventDefault()
      var body = new URLSearchParams(new FormData(f))
      if (e.submitter && e.submitter.name) body.set(e.submitter.name, e.submitter.value)
      var ctrl = window.AbortController ? new AbortController() : null
      var timer = setTimeout(function () { if (ctrl) ctrl.abort() }, 15000)
      var init = { method: 'POST', body: body }
      if (ctrl) init.signal = ctrl.signal
      fetch(f.getAttribute('action'), init)
        .then(function (r) { return r.text() })
        .then(function (html) {
          clearTimeout(timer)
          var doc = new DOMParser().parseFromString(html, 'text/html')
          var main = doc.getElementById('intake-main')
          if (!main) throw new Error('no intake block')
          show(main.innerHTML)
          try { sessionStorage.setItem(KEY, JSON.stringify({ html: main.innerHTML })) } catch (err) { /* storage full or off */ }
          var target = $('[role=alert]', intakeMain) || $('#intake-summary h2', intakeMain) || $('#intake-facts legend', intakeMain)
          if (target) { target.setAttribute('tabindex', '-1'); target.focus() }
        })
        // Anything unexpected: fall back to the ordinary form post (with the button pressed).
        .catch(function () {
          clearTimeout(timer)
          if (e.submitter && f.requestSubmit) { f.removeAttribute('data-intake'); f.requestSubmit(e.submitter) }
          else f.submit()
        })
    })
  }

  ${CHAT_SCRIPT}

  $$('[data-print]').forEach(function (btn) {
    btn.hidden = false
    btn.addEventListener('click', function () { window.print() })
  })

  // Calculators: the server renders the result fragment; show it as the user types.
  $$('form[data-calc]').forEach(function (f) {
    var out = document.getElementById('calc-result')
    if (!out || !window.fetch) return
    var ctrl = null
    var run = function () {
      var qs = new URLSearchParams(new FormData(f)).toString()
      if (ctrl) ctrl.abort()
      ctrl = window.AbortController ? new AbortController() : null
      history.replaceState(null, '', f.getAttribute('action') + (qs ? '?' + qs : ''))
      var init = { headers: { 'X-Fragment': 'result' } }
      if (ctrl) init.signal = ctrl.signal
      fetch(f.getAttribute('action') + '?' + qs, init)
        .then(function (r) { return r.text() })
        .then(function (html) {
          out.innerHTML = html
          // Mark the fields the server found wrong, so the error shows where the user is typing.
          var err = $('[data-invalid]', out)
          var bad = err ? err.getAttribute('data-invalid').split(' ') : []
          $$('input', f).forEach(function (i) {
            if (bad.indexOf(i.name) >= 0) { i.setAttribute('aria-invalid', 'true'); i.setAttribute('aria-describedby', 'calc-errors') }
            else { i.removeAttribute('aria-invalid'); i.removeAttribute('aria-describedby') }
          })
        })
        .catch(function () {})
    }
    var later = debounce(run, 300)
    f.addEventListener('input', later)
    f.addEventListener('change', later)
    f.addEventListener('submit', function (e) { e.preventDefault(); run() })
  })
})()
`

/** A short content hash, so the script URL changes when the script does (long cache is safe). */
export const CLIENT_SCRIPT_VERSION = (() => {
  let h = 5381
  for (let i = 0; i < CLIENT_SCRIPT.length; i++)
    h = ((h << 5) + h + CLIENT_SCRIPT.charCodeAt(i)) | 0
  return (h >>> 0).toString(36)
})()
