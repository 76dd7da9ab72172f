// Dutch messages: the goede gesprek and the plan van aanpak of a quick scan.
export const quickScanPlan = {} as const
