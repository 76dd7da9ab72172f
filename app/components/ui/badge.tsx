import type { ReactNode } from 'react'

type Tone = 'neutral' | 'success' | 'warning'

const tones: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-800 border-slate-300',
  success: 'bg-green-50 text-green-900 border-green-700',
  warning: 'bg-amber-50 text-amber-900 border-amber-700',
}

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${tones[tone]}`}>
      {children}
    </span>
  )
}
