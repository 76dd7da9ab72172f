// Dutch messages: settings.
export const settings = {} as const
