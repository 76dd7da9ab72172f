// Dutch messages: attendance.
export const attendance = {} as const
