import { createContext, useContext } from 'react'

// The CSP nonce of the current response, for the inline scripts Remix renders.
const NonceContext = createContext<string>('')

export const NonceProvider = NonceContext.Provider

// Returns the CSP nonce (empty in the browser after hydration, where it is not needed).
export function useNonce() {
  return useContext(NonceContext)
}
