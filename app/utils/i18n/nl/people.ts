// Dutch messages of the people pages.
export const people = {} as const
