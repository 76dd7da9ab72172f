-- CreateTable
CREATE TABLE "ImportMapping" (
    "kind" TEXT NOT NULL PRIMARY KEY,
    "mapping" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT,
    CONSTRAINT "ImportMapping_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
