import { Form } from '@remix-run/react'
import { useEffect, useRef } from 'react'
import { t } from '~/utils/i18n/index.ts'

// Returns true when the key press is meant for a field the user is typing in.
function isTyping(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
}

// The search box in the header: a plain GET form to /zoeken (works without JavaScript),
// focused by "/" (when not typing elsewhere) or Ctrl+K / ⌘K.
export function SearchBox() {
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey
      const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey
      if (!slash && !commandK) return
      if (event.defaultPrevented || isTyping(event.target)) return
      event.preventDefault()
      inputRef.current?.focus()
      inputRef.current?.select()
    }
    document.addEventListener('keydown', handleKeyDown)
    return () => document.removeEventListener('keydown', handleKeyDown)
  }, [])

  return (
    <Form method="get" action="/zoeken" role="search" className="flex items-center gap-1">
      <label htmlFor="header-search" className="sr-only">
        {t('search.boxLabel')}
      </label>
      <input
        ref={inputRef}
        id="header-search"
        type="search"
        name="q"
        maxLength={200}
        placeholder={t('search.boxPlaceholder')}
        aria-keyshortcuts="/ Control+K"
        className="w-44 rounded border border-white bg-white px-2 py-1 text-slate-900 placeholder:text-slate-600"
      />
      <button
        type="submit"
        className="rounded border border-white px-3 py-1 font-semibold hover:bg-brand-800"
      >
        {t('search.boxSubmit')}
      </button>
    </Form>
  )
}
