// Dutch messages: quick scans (/quickscans), questionnaires and answering (/vragenlijst).
export const quickScans = {} as const
