import { UI } from './labels'

export interface CopyBoxProps {
  id: string
  heading: string
  text: string
  hint?: string
  /** The button's text; defaults to 复制给微信. */
  button?: string
  rows?: number
}

/**
 * Chat-ready text in a read-only textarea (selectable without JS) and a copy button that the
 * client script reveals; the status line is announced to screen readers.
 */
export function CopyBox({
  id,
  heading,
  text,
  hint,
  button = UI.copyButton,
  rows = 12,
}: CopyBoxProps) {
  const headingId = `${id}-heading`
  return (
    <section class='card copy' aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {hint ? <p class='small'>{hint}</p> : null}
      <div class='actions'>
        <button
          type='button'
          data-copy={id}
          data-status={`${id}-status`}
          data-ok={UI.copied}
          data-fail={UI.copyFailed}
          hidden
        >
          {button}
        </button>
        <span id={`${id}-status`} class='status' role='status' aria-live='polite'></span>
      </div>
      <textarea id={id} readonly rows={rows} aria-labelledby={headingId}>
        {text}
      </textarea>
    </section>
  )
}
