import type { ButtonHTMLAttributes } from 'react'

type Variant = 'primary' | 'secondary' | 'danger' | 'link'

const variants: Record<Variant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 border border-brand-700',
  secondary: 'bg-white text-slate-900 border border-slate-400 hover:bg-slate-100',
  danger: 'bg-red-700 text-white hover:bg-red-800 border border-red-700',
  link: 'text-brand-700 underline hover:text-brand-900 border border-transparent',
}

// Returns the class list of a button-styled element.
export function buttonClass(variant: Variant = 'primary') {
  return `inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${variants[variant]}`
}

export function Button({
  variant = 'primary',
  className = '',
  type = 'submit',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={`${buttonClass(variant)} ${className}`} {...props} />
}
