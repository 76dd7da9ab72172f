// The lifecycle of a signal (../shared/data/domain.json signalStatuses), in order. Labels
// live in the message catalog under signalStatus.*.
export const SIGNAL_STATUSES = ['NEW', 'FORWARDED', 'IN_PROGRESS', 'PROCESSED', 'FED_BACK', 'CLOSED'] as const
export type SignalStatus = (typeof SIGNAL_STATUSES)[number]
