// Dutch messages of the advice pages.
export const advices = {} as const
