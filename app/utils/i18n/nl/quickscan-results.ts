// Dutch messages: the quick-scan results ("the photo") and the re-scan comparison.
export const quickScanResults = {} as const
