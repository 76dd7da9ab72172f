// Dutch messages of the signals pages.
export const signals = {} as const
