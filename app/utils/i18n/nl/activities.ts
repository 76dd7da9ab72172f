// Dutch messages of the activities pages.
export const activities = {} as const
