// Dutch messages: theme overlap (/themas/overlap): councils × themes and councils × councils.
export const themeOverlap = {} as const
