// Dutch messages: outbox.
export const outbox = {} as const
