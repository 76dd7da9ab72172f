// Dutch messages: calendar.
export const calendar = {} as const
