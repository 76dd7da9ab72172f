import { useEffect, useRef } from 'react'
import { t } from '~/utils/i18n/index.ts'

export type ShownLink = { id: string; name: string; group: string; email: string | null; link: string }

// The links made just now, shown this once: Raadnet keeps only their hashes. Each link sits
// in a read-only text field (tap, select, copy), and all of them together in one box for
// handing them on at once.
export function InvitationLinks({
  title,
  links,
  notes,
}: {
  title: string
  links: ShownLink[]
  notes: string[]
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [])
  return (
    <section
      aria-labelledby="invitation-links"
      className="mb-8 space-y-4 rounded-md border-2 border-green-700 bg-green-50 p-4 text-slate-900"
    >
      <h2 id="invitation-links" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {title}
      </h2>
      <p>{t('quickscan.invite.createdIntro')}</p>
      {notes.map((note) => (
        <p key={note} role="status">
          {note}
        </p>
      ))}
      <ul className="space-y-4">
        {links.map((item) => (
          <li key={item.id} className="space-y-1">
            <label htmlFor={`link-${item.id}`} className="block font-medium">
              {t('quickscan.invite.linkFor', { name: item.name, group: item.group })}
            </label>
            <input
              id={`link-${item.id}`}
              type="text"
              readOnly
              value={item.link}
              onFocus={(event) => event.currentTarget.select()}
              className="block w-full rounded-md border border-slate-500 bg-white px-3 py-2 font-mono text-sm"
            />
            <p className="text-sm text-slate-700">
              {item.email
                ? t('quickscan.invite.mailedTo', { email: item.email })
                : t('quickscan.invite.notMailed')}
            </p>
          </li>
        ))}
      </ul>
      {links.length > 1 ? (
        <div className="space-y-1">
          <label htmlFor="all-links" className="block font-medium">
            {t('quickscan.invite.allLinks')}
          </label>
          <textarea
            id="all-links"
            readOnly
            rows={Math.min(links.length, 10)}
            value={links.map((item) => `${item.name}: ${item.link}`).join('\n')}
            onFocus={(event) => event.currentTarget.select()}
            className="block w-full rounded-md border border-slate-500 bg-white px-3 py-2 font-mono text-sm"
          />
        </div>
      ) : null}
    </section>
  )
}
