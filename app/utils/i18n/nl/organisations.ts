// Dutch messages of the organisations pages.
export const organisations = {} as const
