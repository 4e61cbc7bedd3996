/**
 * The chat view's part of the client script (runs inside CLIENT_SCRIPT's function, with its `$`
 * and `el` helpers): POST /api/chat, the reply's blocks as HTML, choice buttons for the latest
 * reply, copy (whole and WeChat-short) per message, 👍/👎 under answers that offer them. History is kept in localStorage — on this
 * device only — and bounded; the clear button forgets it and starts a new conversation id.
 * @module
 */

export const CHAT_SCRIPT = `
  var chatBox = document.getElementById('chat')
  if (chatBox && window.fetch && window.JSON && chatBox.dataset) (function () {
    var S = chatBox.dataset
    var KEY = 'gongyou:chat'
    var MAX_MESSAGES = 60
    var log = document.getElementById('chat-log')
    var form = document.getElementById('chat-form')
    var box = document.getElementById('chat-text')
    var status = document.getElementById('chat-status')
    var clear = $('[data-chat-clear]', chatBox)
    var newId = function () {
      if (window.crypto && crypto.randomUUID) return crypto.randomUUID()
      var s = ''
      for (var i = 0; i < 4; i++) s += Math.random().toString(36).slice(2, 10)
      return s
    }
    var load = function () {
      try {
        var v = JSON.parse(localStorage.getItem(KEY) || 'null')
        if (v && typeof v.chatId === 'string' && Array.isArray(v.messages)) return v
      } catch (e) { /* unreadable: start afresh */ }
      return { chatId: newId(), messages: [] }
    }
    var state = load()
    var save = function () {
      state.messages = state.messages.slice(-MAX_MESSAGES)
      try { localStorage.setItem(KEY, JSON.stringify(state)) } catch (e) { /* storage off or full */ }
    }
    var copyText = function (text, say) {
      var fallback = function () {
        var t = el('textarea', 'visually-hidden')
        t.value = text
        t.setAttribute('readonly', '')
        document.body.appendChild(t)
        t.select()
        var ok = false
        try { ok = document.execCommand('copy') } catch (e) { ok = false }
        document.body.removeChild(t)
        say(ok)
      }
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(function () { say(true) }, fallback)
      else fallback()
    }
    var blockEl = function (b) {
      if (b.kind === 'heading') return el('h3', null, b.text)
      if (b.kind === 'note') return el('p', 'small', b.text)
      if (b.kind === 'link') {
        var p = el('p', null, b.label + '：')
        if (/^(https?:)?\\//.test(b.url)) { var a = el('a', null, b.url); a.href = b.url; p.appendChild(a) }
        return p
      }
      if (b.kind === 'list') {
        var wrap = el('div')
        if (b.label) wrap.appendChild(el('p', 'label', b.label))
        var ul = el(b.numbered ? 'ol' : 'ul')
        ;(b.items || []).forEach(function (i) { ul.appendChild(el('li', null, i)) })
        wrap.appendChild(ul)
        return wrap
      }
      return el('p', null, b.text)
    }
    var button = function (text, cls, onClick) {
      var b = el('button', cls, text)
      b.type = 'button'
      b.addEventListener('click', onClick)
      return b
    }
    // 👍/👎 under an answer that offers them: sent through the conversation, then a thank-you.
    var rateEl = function (m) {
      var p = el('p', 'actions feedback', S.fbAsk)
      var rate = function (helpful) {
        var init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ chatId: state.chatId, articleId: m.feedback.articleId, helpful: helpful }) }
        fetch('/api/chat/feedback', init)
          .then(function (r) { if (!r.ok) throw new Error('status ' + r.status); return r.json() })
          .then(function (data) {
            m.rated = true
            save()
            p.textContent = (data && data.text) || S.fbThanks
          })
          .catch(function () { status.textContent = S.failed })
      }
      p.appendChild(button(S.fbUp, 'secondary', function () { rate(true) }))
      p.appendChild(button(S.fbDown, 'secondary', function () { rate(false) }))
      return p
    }
    var render = function (m, latest) {
      var art = el('article', 'msg ' + (m.who === 'me' ? 'me' : 'bot'))
      if (m.kind) art.setAttribute('data-kind', m.kind)
      art.appendChild(el('p', 'who', m.who === 'me' ? S.you : S.bot))
      if (m.who === 'me') { art.appendChild(el('p', 'said', m.text)); return art }
      var body = el('div', 'msg-body')
      var marked = false
      ;(m.blocks || []).forEach(function (b) {
        var e = blockEl(b)
        // A worked result leads with its amount: make that line stand out.
        if (m.kind === 'calc-result' && b.kind === 'text' && !marked) { e.className += ' amount-line'; marked = true }
        body.appendChild(e)
      })
      art.appendChild(body)
      if (m.feedback && !m.rated) art.appendChild(rateEl(m))
      if (latest && m.choices && m.choices.length) {
        var choices = el('p', 'choices')
        m.choices.forEach(function (c) { choices.appendChild(button(c.label, 'secondary', function () { send(c.reply) })) })
        art.appendChild(choices)
      }
      var actions = el('p', 'actions')
      var said = el('span', 'status')
      said.setAttribute('role', 'status')
      var say = function (ok) { said.textContent = ok ? S.copied : S.copyFailed }
      actions.appendChild(button(S.copy, 'secondary', function () { copyText(m.text, say) }))
      if (m.shortText) actions.appendChild(button(S.copyShort + '（' + Array.from(m.shortText).length + '字）', 'secondary', function () { copyText(m.shortText, say) }))
      actions.appendChild(said)
      art.appendChild(actions)
      return art
    }
    var append = function (m) {
      $$('.choices', log).forEach(function (c) { c.parentNode.removeChild(c) })
      var node = render(m, true)
      log.appendChild(node)
      if (node.scrollIntoView) node.scrollIntoView({ block: 'nearest' })
    }
    var drawAll = function () {
      log.textContent = ''
      state.messages.forEach(function (m, i) { log.appendChild(render(m, i === state.messages.length - 1)) })
    }
    var pending = false
    var send = function (text) {
      text = (text || '').trim()
      if (!text || pending) return
      pending = true
      var mine = { who: 'me', text: text }
      state.messages.push(mine)
      save()
      append(mine)
      status.textContent = S.waiting
      var ctrl = window.AbortController ? new AbortController() : null
      var timer = setTimeout(function () { if (ctrl) ctrl.abort() }, 15000)
      var init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ chatId: state.chatId, text: text }) }
      if (ctrl) init.signal = ctrl.signal
      fetch('/api/chat', init)
        .then(function (r) { if (!r.ok) throw new Error('status ' + r.status); return r.json() })
        .then(function (data) {
          clearTimeout(timer)
          pending = false
          if (!data || !data.reply) { status.textContent = S.busy; return }
          var r = data.reply
          var m = { who: 'bot', kind: r.kind, text: r.text, shortText: r.shortText, blocks: r.blocks, choices: r.choices, feedback: r.feedback }
          state.messages.push(m)
          save()
          append(m)
          status.textContent = ''
          box.placeholder = r.awaiting ? S.awaiting : S.placeholder
        })
        .catch(function () { clearTimeout(timer); pending = false; status.textContent = S.failed })
    }
    drawAll()
    form.addEventListener('submit', function (e) {
      e.preventDefault()
      var text = box.value
      box.value = ''
      send(text)
      box.focus()
    })
    // Enter sends, Shift+Enter breaks the line; never while an IME is composing.
    box.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault()
        if (form.requestSubmit) form.requestSubmit()
        else { send(box.value); box.value = '' }
      }
    })
    if (clear) {
      clear.hidden = false
      clear.addEventListener('click', function () {
        try { localStorage.removeItem(KEY) } catch (e) { /* storage off */ }
        state = { chatId: newId(), messages: [] }
        drawAll()
        box.placeholder = S.placeholder
        status.textContent = S.cleared
      })
    }
  })()
`
