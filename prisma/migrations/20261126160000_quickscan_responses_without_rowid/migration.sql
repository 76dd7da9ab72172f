-- Quick-scan responses and answers become WITHOUT ROWID tables (docs/decisions/018). A
-- rowid table numbers its rows in the order they are written, so the hidden rowid of a
-- response told the order of submitting, which next to the "answered" column of the
-- invitations links a response to a person. Without a rowid the rows are kept in the order
-- of their primary key: the random UUID of the response. Prisma has no notation for this,
-- so a later migration that redefines these tables must keep WITHOUT ROWID (a test checks).

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_QuickScanResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "background" TEXT,
    "submittedOn" DATETIME NOT NULL,
    CONSTRAINT "QuickScanResponse_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "QuickScan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
) WITHOUT ROWID;
INSERT INTO "new_QuickScanResponse" ("id", "scanId", "group", "background", "submittedOn")
SELECT "id", "scanId", "group", "background", "submittedOn" FROM "QuickScanResponse" ORDER BY "id";
CREATE TABLE "new_QuickScanAnswer" (
    "responseId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "value" INTEGER,
    "desiredValue" INTEGER,
    "text" TEXT,

    PRIMARY KEY ("responseId", "itemId"),
    CONSTRAINT "QuickScanAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "QuickScanResponse" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuickScanAnswer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "QuestionnaireItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
) WITHOUT ROWID;
INSERT INTO "new_QuickScanAnswer" ("responseId", "itemId", "value", "desiredValue", "text")
SELECT "responseId", "itemId", "value", "desiredValue", "text" FROM "QuickScanAnswer" ORDER BY "responseId", "itemId";
DROP TABLE "QuickScanAnswer";
DROP TABLE "QuickScanResponse";
ALTER TABLE "new_QuickScanResponse" RENAME TO "QuickScanResponse";
ALTER TABLE "new_QuickScanAnswer" RENAME TO "QuickScanAnswer";
CREATE INDEX "QuickScanResponse_scanId_group_idx" ON "QuickScanResponse"("scanId", "group");
CREATE INDEX "QuickScanAnswer_itemId_idx" ON "QuickScanAnswer"("itemId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
