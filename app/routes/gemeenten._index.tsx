import type { LoaderFunctionArgs } from '@remix-run/node'
import { NotAvailable } from '~/components/not-available.tsx'
import { requireUser } from '~/utils/auth.server.ts'
import { t } from '~/utils/i18n/index.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: 'lezer' })
  return null
}

export default function Municipalities() {
  return <NotAvailable title={t('nav.municipalities')} />
}
