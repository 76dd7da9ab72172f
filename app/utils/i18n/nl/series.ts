// Dutch messages: series.
export const meetingSeries = {} as const
