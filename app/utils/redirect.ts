// Returns `to` when it is a path on this site, otherwise `fallback`: never an
// absolute URL, a protocol-relative `//host` or a backslash trick.
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/') {
  if (typeof to !== 'string' || to === '') return fallback
  if (!to.startsWith('/') || to.startsWith('//') || to.includes('\\')) return fallback
  if ([...to].some((char) => char.charCodeAt(0) < 0x20)) return fallback
  if (to.startsWith('/login') || to.startsWith('/logout')) return fallback
  return to
}
