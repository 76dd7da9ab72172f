export type ToastMessage = { type: 'success' | 'error' | 'info'; message: string }

const tones = {
  success: 'border-green-700 bg-green-50 text-green-900',
  error: 'border-red-700 bg-red-50 text-red-900',
  info: 'border-brand-700 bg-brand-50 text-brand-900',
}

// The one-time message after a redirect; a live region so screen readers announce it.
export function Toast({ toast }: { toast: ToastMessage }) {
  return (
    <div
      role={toast.type === 'error' ? 'alert' : 'status'}
      className={`mb-4 rounded-md border-l-4 p-3 ${tones[toast.type]}`}
    >
      {toast.message}
    </div>
  )
}
