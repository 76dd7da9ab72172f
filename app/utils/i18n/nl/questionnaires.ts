// Dutch messages: quick-scan questionnaires (/quickscans/vragenlijsten).
export const questionnaires = {} as const
