import { CHAT_TEXT } from '../../../chat'
import { UI } from '../labels'
import { Layout } from '../layout'

/** Longest message the chat box takes: the conversation layer answers from the first 1,000. */
export const CHAT_MAX_CHARS = 1000

/**
 * `/chat`: a conversation over `POST /api/chat` (the same follow-ups as every chat channel),
 * built by the client script. Without JavaScript the form is an ordinary search (GET /?q=),
 * whose results page shows the amount too. History lives in this browser's localStorage only.
 * The strings the script needs travel as data attributes, so the wording stays in labels.ts.
 * `q` prefills the box (the results page links here with the question searched).
 */
export function ChatPage({ q = '' }: { q?: string }) {
  return (
    <Layout title={UI.chatTitle} nav='chat'>
      <h1>{UI.chatTitle}</h1>
      <p class='small'>{UI.chatIntro}</p>
      <section
        id='chat'
        data-chat
        data-you={UI.chatYou}
        data-bot={UI.chatBot}
        data-copy={UI.chatCopy}
        data-copy-short={UI.chatCopyShort}
        data-copied={UI.copied}
        data-copy-failed={UI.copyFailed}
        data-waiting={UI.chatWaiting}
        data-failed={UI.chatFailed}
        data-busy={UI.chatBusy}
        data-cleared={UI.chatCleared}
        data-awaiting={UI.chatAwaiting}
        data-placeholder={UI.chatPlaceholder}
        data-fb-ask={UI.feedbackAsk}
        data-fb-up={CHAT_TEXT.feedbackUp}
        data-fb-down={CHAT_TEXT.feedbackDown}
        data-fb-thanks={UI.feedbackThanks}
        aria-label={UI.chatTitle}
      >
        <div id='chat-log' role='log' aria-live='polite'></div>
        <form class='card chat-form' method='get' action='/' id='chat-form'>
          <label for='chat-text'>{UI.chatLabel}</label>
          <textarea
            id='chat-text'
            name='q'
            rows={2}
            maxlength={CHAT_MAX_CHARS}
            placeholder={UI.chatPlaceholder}
            required
          >
            {q}
          </textarea>
          <p class='actions'>
            <button type='submit'>{UI.chatSend}</button>
            <button type='button' class='secondary' data-chat-clear hidden>
              {UI.chatClear}
            </button>
            <span id='chat-status' class='status' role='status'></span>
          </p>
          <noscript>
            <p class='small'>{UI.chatNoScript}</p>
          </noscript>
        </form>
      </section>
    </Layout>
  )
}
