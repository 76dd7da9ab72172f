// Dutch messages of the timelines on organisation and person pages.
export const timeline = {} as const
