// Dutch messages of the municipalities pages.
export const municipalities = {} as const
