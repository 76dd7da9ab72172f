-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "familyId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "basedOnId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Questionnaire_basedOnId_fkey" FOREIGN KEY ("basedOnId") REFERENCES "Questionnaire" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Questionnaire_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionnaireDimension" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionnaireId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "QuestionnaireDimension_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionnaireItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionnaireId" TEXT NOT NULL,
    "dimensionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "choices" TEXT,
    "position" INTEGER NOT NULL,
    CONSTRAINT "QuestionnaireItem_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuestionnaireItem_dimensionId_fkey" FOREIGN KEY ("dimensionId") REFERENCES "QuestionnaireDimension" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuickScan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "questionnaireId" TEXT NOT NULL,
    "opensOn" DATETIME NOT NULL,
    "closesOn" DATETIME NOT NULL,
    "minGroupSize" INTEGER NOT NULL DEFAULT 5,
    "status" TEXT NOT NULL DEFAULT 'CONCEPT',
    "baselineId" TEXT,
    "supporterId" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "QuickScan_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "QuickScan_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "QuickScan_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "QuickScan" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "QuickScan_supporterId_fkey" FOREIGN KEY ("supporterId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "QuickScan_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuickScanCouncil" (
    "scanId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    PRIMARY KEY ("scanId", "organisationId"),
    CONSTRAINT "QuickScanCouncil_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "QuickScan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuickScanCouncil_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuickScanInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "personId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "tokenHash" TEXT NOT NULL,
    "draft" TEXT,
    "answered" BOOLEAN NOT NULL DEFAULT false,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuickScanInvitation_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "QuickScan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuickScanInvitation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuickScanResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "group" TEXT NOT NULL,
    "background" TEXT,
    "submittedOn" DATETIME NOT NULL,
    CONSTRAINT "QuickScanResponse_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "QuickScan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuickScanAnswer" (
    "responseId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "value" INTEGER,
    "desiredValue" INTEGER,
    "text" TEXT,

    PRIMARY KEY ("responseId", "itemId"),
    CONSTRAINT "QuickScanAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "QuickScanResponse" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuickScanAnswer_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "QuestionnaireItem" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuickScanConversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "heldOn" DATETIME NOT NULL,
    "participants" TEXT NOT NULL,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "QuickScanConversation_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "QuickScan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuickScanTopicNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "itemId" TEXT,
    "dimensionCode" TEXT,
    "note" TEXT NOT NULL,
    CONSTRAINT "QuickScanTopicNote_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "QuickScanConversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuickScanTopicNote_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "QuestionnaireItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuickScanAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scanId" TEXT NOT NULL,
    "dimensionCode" TEXT,
    "itemId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "ownerPersonId" TEXT,
    "ownerOrganisationId" TEXT,
    "dueOn" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "QuickScanAction_scanId_fkey" FOREIGN KEY ("scanId") REFERENCES "QuickScan" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuickScanAction_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "QuestionnaireItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "QuickScanAction_ownerPersonId_fkey" FOREIGN KEY ("ownerPersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "QuickScanAction_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "QuickScanAction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
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
    "meetingId" TEXT,
    "quickScanActionId" TEXT,
    "ownerOrganisationId" TEXT,
    "systemKey" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FollowUp_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_signalId_fkey" FOREIGN KEY ("signalId") REFERENCES "Signal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_adviceId_fkey" FOREIGN KEY ("adviceId") REFERENCES "Advice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_quickScanActionId_fkey" FOREIGN KEY ("quickScanActionId") REFERENCES "QuickScanAction" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "FollowUp_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_FollowUp" ("activityId", "adviceId", "assigneeId", "createdAt", "createdById", "description", "done", "doneAt", "dueDate", "id", "meetingId", "ownerOrganisationId", "signalId", "systemKey", "updatedAt") SELECT "activityId", "adviceId", "assigneeId", "createdAt", "createdById", "description", "done", "doneAt", "dueDate", "id", "meetingId", "ownerOrganisationId", "signalId", "systemKey", "updatedAt" FROM "FollowUp";
DROP TABLE "FollowUp";
ALTER TABLE "new_FollowUp" RENAME TO "FollowUp";
CREATE UNIQUE INDEX "FollowUp_quickScanActionId_key" ON "FollowUp"("quickScanActionId");
CREATE INDEX "FollowUp_assigneeId_done_dueDate_idx" ON "FollowUp"("assigneeId", "done", "dueDate");
CREATE INDEX "FollowUp_activityId_idx" ON "FollowUp"("activityId");
CREATE INDEX "FollowUp_signalId_idx" ON "FollowUp"("signalId");
CREATE INDEX "FollowUp_adviceId_idx" ON "FollowUp"("adviceId");
CREATE INDEX "FollowUp_meetingId_idx" ON "FollowUp"("meetingId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Questionnaire_familyId_versionNumber_key" ON "Questionnaire"("familyId", "versionNumber");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireDimension_questionnaireId_code_key" ON "QuestionnaireDimension"("questionnaireId", "code");

-- CreateIndex
CREATE INDEX "QuestionnaireItem_dimensionId_idx" ON "QuestionnaireItem"("dimensionId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireItem_questionnaireId_code_key" ON "QuestionnaireItem"("questionnaireId", "code");

-- CreateIndex
CREATE INDEX "QuickScan_municipalityId_idx" ON "QuickScan"("municipalityId");

-- CreateIndex
CREATE INDEX "QuickScan_status_idx" ON "QuickScan"("status");

-- CreateIndex
CREATE INDEX "QuickScanCouncil_organisationId_idx" ON "QuickScanCouncil"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "QuickScanInvitation_tokenHash_key" ON "QuickScanInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "QuickScanInvitation_scanId_idx" ON "QuickScanInvitation"("scanId");

-- CreateIndex
CREATE INDEX "QuickScanResponse_scanId_group_idx" ON "QuickScanResponse"("scanId", "group");

-- CreateIndex
CREATE INDEX "QuickScanAnswer_itemId_idx" ON "QuickScanAnswer"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "QuickScanConversation_scanId_key" ON "QuickScanConversation"("scanId");

-- CreateIndex
CREATE INDEX "QuickScanTopicNote_conversationId_idx" ON "QuickScanTopicNote"("conversationId");

-- CreateIndex
CREATE INDEX "QuickScanAction_scanId_idx" ON "QuickScanAction"("scanId");

-- CreateIndex
CREATE INDEX "QuickScanAction_ownerOrganisationId_idx" ON "QuickScanAction"("ownerOrganisationId");

-- CreateIndex
CREATE INDEX "QuickScanAction_status_dueOn_idx" ON "QuickScanAction"("status", "dueOn");
