-- Closing a scan now removes the answers nobody sent (decision 018); scans closed before
-- that still hold them next to a name. Nobody can send them any more, so they go too.
UPDATE "QuickScanInvitation"
SET "draft" = NULL
WHERE "draft" IS NOT NULL
  AND "scanId" IN (SELECT "id" FROM "QuickScan" WHERE "status" IN ('CLOSED', 'DISCUSSED', 'COMPLETED'));
