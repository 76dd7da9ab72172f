-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "documentDate" DATETIME,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Document_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "storedName" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "extractionStatus" TEXT NOT NULL,
    "extractedText" TEXT,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DocumentFile_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentOrganisation" (
    "documentId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("documentId", "organisationId", "role"),
    CONSTRAINT "DocumentOrganisation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentPerson" (
    "documentId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    PRIMARY KEY ("documentId", "personId"),
    CONSTRAINT "DocumentPerson_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentPerson_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentTheme" (
    "documentId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    PRIMARY KEY ("documentId", "themeId"),
    CONSTRAINT "DocumentTheme_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentMeeting" (
    "documentId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,

    PRIMARY KEY ("documentId", "meetingId"),
    CONSTRAINT "DocumentMeeting_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentMeeting_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentAdvice" (
    "documentId" TEXT NOT NULL,
    "adviceId" TEXT NOT NULL,

    PRIMARY KEY ("documentId", "adviceId"),
    CONSTRAINT "DocumentAdvice_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentAdvice_adviceId_fkey" FOREIGN KEY ("adviceId") REFERENCES "Advice" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Document_kind_idx" ON "Document"("kind");

-- CreateIndex
CREATE INDEX "Document_documentDate_idx" ON "Document"("documentDate");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentFile_storedName_key" ON "DocumentFile"("storedName");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentFile_documentId_versionNumber_key" ON "DocumentFile"("documentId", "versionNumber");

-- CreateIndex
CREATE INDEX "DocumentOrganisation_organisationId_idx" ON "DocumentOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "DocumentPerson_personId_idx" ON "DocumentPerson"("personId");

-- CreateIndex
CREATE INDEX "DocumentTheme_themeId_idx" ON "DocumentTheme"("themeId");

-- CreateIndex
CREATE INDEX "DocumentMeeting_meetingId_idx" ON "DocumentMeeting"("meetingId");

-- CreateIndex
CREATE INDEX "DocumentAdvice_adviceId_idx" ON "DocumentAdvice"("adviceId");

-- Search (see 20261126133000_search): a document is indexed with its title, description,
-- the current file's name and the text extracted from it. Hand-written triggers, kept in the
-- same transaction as every write; Document is listed in SOURCE_TABLES for reindexing.
CREATE TRIGGER "Document_search_insert" AFTER INSERT ON "Document" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'document' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'document', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE((SELECT f."originalName" || char(10) || COALESCE(f."extractedText", '') FROM "DocumentFile" f WHERE f."documentId" = x."id" ORDER BY f."versionNumber" DESC LIMIT 1), ''), char(10)), COALESCE(x."documentDate", x."createdAt")
  FROM "Document" x WHERE x."id" IN (NEW."id");
END;
CREATE TRIGGER "Document_search_update" AFTER UPDATE ON "Document" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'document' AND "recordId" IN (OLD."id");
  DELETE FROM "SearchDocument" WHERE "kind" = 'document' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'document', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE((SELECT f."originalName" || char(10) || COALESCE(f."extractedText", '') FROM "DocumentFile" f WHERE f."documentId" = x."id" ORDER BY f."versionNumber" DESC LIMIT 1), ''), char(10)), COALESCE(x."documentDate", x."createdAt")
  FROM "Document" x WHERE x."id" IN (NEW."id");
END;
CREATE TRIGGER "Document_search_delete" AFTER DELETE ON "Document" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'document' AND "recordId" IN (OLD."id");
END;
CREATE TRIGGER "DocumentFile_search_insert" AFTER INSERT ON "DocumentFile" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'document' AND "recordId" IN (NEW."documentId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'document', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE((SELECT f."originalName" || char(10) || COALESCE(f."extractedText", '') FROM "DocumentFile" f WHERE f."documentId" = x."id" ORDER BY f."versionNumber" DESC LIMIT 1), ''), char(10)), COALESCE(x."documentDate", x."createdAt")
  FROM "Document" x WHERE x."id" IN (NEW."documentId");
END;
CREATE TRIGGER "DocumentFile_search_update" AFTER UPDATE ON "DocumentFile" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'document' AND "recordId" IN (OLD."documentId");
  DELETE FROM "SearchDocument" WHERE "kind" = 'document' AND "recordId" IN (NEW."documentId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'document', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE((SELECT f."originalName" || char(10) || COALESCE(f."extractedText", '') FROM "DocumentFile" f WHERE f."documentId" = x."id" ORDER BY f."versionNumber" DESC LIMIT 1), ''), char(10)), COALESCE(x."documentDate", x."createdAt")
  FROM "Document" x WHERE x."id" IN (OLD."documentId", NEW."documentId");
END;
CREATE TRIGGER "DocumentFile_search_delete" AFTER DELETE ON "DocumentFile" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'document' AND "recordId" IN (OLD."documentId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'document', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE((SELECT f."originalName" || char(10) || COALESCE(f."extractedText", '') FROM "DocumentFile" f WHERE f."documentId" = x."id" ORDER BY f."versionNumber" DESC LIMIT 1), ''), char(10)), COALESCE(x."documentDate", x."createdAt")
  FROM "Document" x WHERE x."id" IN (OLD."documentId");
END;
