// What the HTTP server (scripts/server.mjs) hands to every loader and action.
declare module '@remix-run/node' {
  interface AppLoadContext {
    /** Nonce for the Content-Security-Policy of this response. */
    cspNonce: string
    /** The client's address as seen by the server (honours TRUST_PROXY). */
    clientIp: string
  }
}

export {}
