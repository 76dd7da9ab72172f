import { GeneralErrorBoundary } from '~/components/error-boundary.tsx'

// Every URL no other route claims: the 404 page inside the normal layout.
export function loader() {
  throw new Response(null, { status: 404 })
}

export function action() {
  throw new Response(null, { status: 404 })
}

export default function NotFound() {
  return null
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
