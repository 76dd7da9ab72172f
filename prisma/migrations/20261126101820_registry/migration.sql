-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN "participationModel" TEXT;

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "siteKind" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "activeFrom" DATETIME,
    "activeTo" DATETIME,
    "predecessorId" TEXT,
    "address" TEXT,
    "postcode" TEXT,
    "city" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "responsibleUserId" TEXT,
    "legalBasis" TEXT,
    "workingGroups" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Organisation_responsibleUserId_fkey" FOREIGN KEY ("responsibleUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrganisationMunicipality" (
    "organisationId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,

    PRIMARY KEY ("organisationId", "municipalityId"),
    CONSTRAINT "OrganisationMunicipality_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OrganisationMunicipality_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrganisationTheme" (
    "organisationId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("organisationId", "themeId"),
    CONSTRAINT "OrganisationTheme_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OrganisationTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrganisationRelation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrganisationRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OrganisationRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "startDate" DATETIME,
    "endDate" DATETIME,
    "expertByExperience" BOOLEAN,
    "isClient" BOOLEAN,
    "consentDate" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Organisation_name_idx" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "Organisation_type_active_idx" ON "Organisation"("type", "active");

-- CreateIndex
CREATE INDEX "Organisation_responsibleUserId_idx" ON "Organisation"("responsibleUserId");

-- CreateIndex
CREATE INDEX "OrganisationMunicipality_municipalityId_idx" ON "OrganisationMunicipality"("municipalityId");

-- CreateIndex
CREATE INDEX "OrganisationTheme_themeId_idx" ON "OrganisationTheme"("themeId");

-- CreateIndex
CREATE INDEX "OrganisationRelation_toId_idx" ON "OrganisationRelation"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationRelation_fromId_toId_type_key" ON "OrganisationRelation"("fromId", "toId", "type");

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

-- CreateIndex
CREATE INDEX "Membership_personId_idx" ON "Membership"("personId");

-- CreateIndex
CREATE INDEX "Membership_organisationId_endDate_idx" ON "Membership"("organisationId", "endDate");

-- CreateIndex
CREATE INDEX "Theme_active_idx" ON "Theme"("active");
