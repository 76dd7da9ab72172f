-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "adviceTermWeeks" INTEGER;

-- CreateTable
CREATE TABLE "Advice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "body" TEXT,
    "status" TEXT NOT NULL,
    "requestReceivedOn" DATETIME,
    "deadline" DATETIME,
    "adoptedOn" DATETIME,
    "sentOn" DATETIME,
    "responseOn" DATETIME,
    "responseOutcome" TEXT,
    "responseReasoning" TEXT,
    "closedOn" DATETIME,
    "shareable" BOOLEAN NOT NULL DEFAULT false,
    "basedOnId" TEXT,
    "supporterId" TEXT,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Advice_basedOnId_fkey" FOREIGN KEY ("basedOnId") REFERENCES "Advice" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Advice_supporterId_fkey" FOREIGN KEY ("supporterId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Advice_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdviceCouncil" (
    "adviceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    PRIMARY KEY ("adviceId", "organisationId"),
    CONSTRAINT "AdviceCouncil_adviceId_fkey" FOREIGN KEY ("adviceId") REFERENCES "Advice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdviceCouncil_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdviceAddressee" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "adviceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "municipalityId" TEXT,
    "label" TEXT,
    CONSTRAINT "AdviceAddressee_adviceId_fkey" FOREIGN KEY ("adviceId") REFERENCES "Advice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdviceAddressee_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdviceTheme" (
    "adviceId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    PRIMARY KEY ("adviceId", "themeId"),
    CONSTRAINT "AdviceTheme_adviceId_fkey" FOREIGN KEY ("adviceId") REFERENCES "Advice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdviceTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdviceSignal" (
    "adviceId" TEXT NOT NULL,
    "signalId" TEXT NOT NULL,

    PRIMARY KEY ("adviceId", "signalId"),
    CONSTRAINT "AdviceSignal_adviceId_fkey" FOREIGN KEY ("adviceId") REFERENCES "Advice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdviceSignal_signalId_fkey" FOREIGN KEY ("signalId") REFERENCES "Signal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdviceActivity" (
    "adviceId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,

    PRIMARY KEY ("adviceId", "activityId"),
    CONSTRAINT "AdviceActivity_adviceId_fkey" FOREIGN KEY ("adviceId") REFERENCES "Advice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdviceActivity_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AdviceEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "adviceId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "AdviceEvent_adviceId_fkey" FOREIGN KEY ("adviceId") REFERENCES "Advice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AdviceEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_FollowUp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "description" TEXT NOT NULL,
    "dueDate" DATETIME,
    "assigneeId" TEXT NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "doneAt" DATETIME,
    "activityId" TEXT,
    "signalId" TEXT,
    "adviceId" TEXT,
    "systemKey" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FollowUp_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_signalId_fkey" FOREIGN KEY ("signalId") REFERENCES "Signal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_adviceId_fkey" FOREIGN KEY ("adviceId") REFERENCES "Advice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_FollowUp" ("activityId", "assigneeId", "createdAt", "createdById", "description", "done", "doneAt", "dueDate", "id", "signalId", "updatedAt") SELECT "activityId", "assigneeId", "createdAt", "createdById", "description", "done", "doneAt", "dueDate", "id", "signalId", "updatedAt" FROM "FollowUp";
DROP TABLE "FollowUp";
ALTER TABLE "new_FollowUp" RENAME TO "FollowUp";
CREATE INDEX "FollowUp_assigneeId_done_dueDate_idx" ON "FollowUp"("assigneeId", "done", "dueDate");
CREATE INDEX "FollowUp_activityId_idx" ON "FollowUp"("activityId");
CREATE INDEX "FollowUp_signalId_idx" ON "FollowUp"("signalId");
CREATE INDEX "FollowUp_adviceId_idx" ON "FollowUp"("adviceId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Advice_status_idx" ON "Advice"("status");

-- CreateIndex
CREATE INDEX "Advice_sentOn_idx" ON "Advice"("sentOn");

-- CreateIndex
CREATE INDEX "Advice_shareable_idx" ON "Advice"("shareable");

-- CreateIndex
CREATE INDEX "AdviceCouncil_organisationId_idx" ON "AdviceCouncil"("organisationId");

-- CreateIndex
CREATE INDEX "AdviceAddressee_adviceId_idx" ON "AdviceAddressee"("adviceId");

-- CreateIndex
CREATE INDEX "AdviceTheme_themeId_idx" ON "AdviceTheme"("themeId");

-- CreateIndex
CREATE INDEX "AdviceSignal_signalId_idx" ON "AdviceSignal"("signalId");

-- CreateIndex
CREATE INDEX "AdviceActivity_activityId_idx" ON "AdviceActivity"("activityId");

-- CreateIndex
CREATE INDEX "AdviceEvent_adviceId_at_idx" ON "AdviceEvent"("adviceId", "at");
