// Dutch messages of the themes pages.
export const themes = {} as const
