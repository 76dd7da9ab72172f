import { useEffect, useId, useRef, useState } from 'react'
import { t } from '~/utils/i18n/index.ts'
import { Button } from './ui/button.tsx'

// The new feed URL, shown once: a read-only field that selects itself on focus (easy to
// copy by hand), a copy button once JavaScript runs, and a webcal: link that opens the
// calendar app's "subscribe" dialog.
export function CalendarFeedUrl({ url }: { url: string }) {
  const id = useId()
  const field = useRef<HTMLInputElement>(null)
  const [canCopy, setCanCopy] = useState(false)
  const [copied, setCopied] = useState(false)

  // The copy button needs the Clipboard API, which exists only in the browser.
  useEffect(() => {
    setCanCopy(typeof navigator !== 'undefined' && Boolean(navigator.clipboard))
    field.current?.focus()
  }, [])

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(url)
      setCopied(true)
    } catch {
      field.current?.select()
    }
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-medium text-slate-900">
        {t('calendar.feedUrlLabel')}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={field}
          id={id}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          spellCheck={false}
          className="block min-w-0 flex-1 rounded-md border border-slate-500 bg-white px-3 py-2 font-mono text-sm text-slate-900"
        />
        {canCopy ? (
          <Button type="button" variant="secondary" onClick={handleCopy}>
            {t('calendar.feedCopy')}
          </Button>
        ) : null}
      </div>
      <p role="status" className="text-sm text-green-900">
        {copied ? t('calendar.feedCopied') : ''}
      </p>
      <p>
        <a href={url.replace(/^https?:/, 'webcal:')} className="text-brand-700 underline">
          {t('calendar.feedSubscribe')}
        </a>
      </p>
    </div>
  )
}
