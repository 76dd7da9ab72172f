-- Full-text search (docs: app/models/search/search.server.ts). Hand-written: Prisma does not
-- model FTS5. "SearchDocument" holds one row per searchable record (the text that is
-- indexed, and the date the period filter uses); "SearchIndex" is an FTS5 index over it
-- (external content). Triggers on the source tables keep both current inside the same
-- transaction as each write. These tables are listed in externalTables
-- (scripts/schema-engine.ts) so that a schema diff never drops them.
-- Privacy: a person is indexed by name and organisation names only, never notes or contact details.

CREATE TABLE "SearchDocument" (
  "id" INTEGER NOT NULL PRIMARY KEY,
  "kind" TEXT NOT NULL,
  "recordId" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "body" TEXT NOT NULL DEFAULT '',
  "date" TEXT
);
CREATE UNIQUE INDEX "SearchDocument_kind_recordId_key" ON "SearchDocument"("kind", "recordId");

CREATE VIRTUAL TABLE "SearchIndex" USING fts5(
  "title", "body",
  content = 'SearchDocument', content_rowid = 'id',
  tokenize = "unicode61 remove_diacritics 2"
);
-- Deleted text is removed from the index files at once, not only marked as deleted: the
-- name of an erased person must not linger (needs SQLite 3.44 or later).
INSERT INTO "SearchIndex" ("SearchIndex", "rank") VALUES ('secure-delete', 1);

CREATE TRIGGER "SearchDocument_insert" AFTER INSERT ON "SearchDocument" BEGIN
  INSERT INTO "SearchIndex" ("rowid", "title", "body") VALUES (NEW."id", NEW."title", NEW."body");
END;

CREATE TRIGGER "SearchDocument_delete" AFTER DELETE ON "SearchDocument" BEGIN
  INSERT INTO "SearchIndex" ("SearchIndex", "rowid", "title", "body") VALUES ('delete', OLD."id", OLD."title", OLD."body");
END;

CREATE TRIGGER "SearchDocument_update" AFTER UPDATE ON "SearchDocument" BEGIN
  INSERT INTO "SearchIndex" ("SearchIndex", "rowid", "title", "body") VALUES ('delete', OLD."id", OLD."title", OLD."body");
  INSERT INTO "SearchIndex" ("rowid", "title", "body") VALUES (NEW."id", NEW."title", NEW."body");
END;

CREATE TRIGGER "Organisation_search_insert" AFTER INSERT ON "Organisation" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'organisation' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'organisation', x."id", x."name", RTRIM(COALESCE(x."city" || char(10), '') || COALESCE(x."workingGroups" || char(10), '') || COALESCE(x."notes" || char(10), ''), char(10)), NULL
  FROM "Organisation" x WHERE x."id" IN (NEW."id");
END;

CREATE TRIGGER "Organisation_search_update" AFTER UPDATE ON "Organisation" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'organisation' AND "recordId" IN (OLD."id");
  DELETE FROM "SearchDocument" WHERE "kind" = 'organisation' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'organisation', x."id", x."name", RTRIM(COALESCE(x."city" || char(10), '') || COALESCE(x."workingGroups" || char(10), '') || COALESCE(x."notes" || char(10), ''), char(10)), NULL
  FROM "Organisation" x WHERE x."id" IN (NEW."id");
END;

CREATE TRIGGER "Organisation_search_delete" AFTER DELETE ON "Organisation" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'organisation' AND "recordId" IN (OLD."id");
END;

CREATE TRIGGER "Person_search_insert" AFTER INSERT ON "Person" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'person' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'person', x."id", x."name", COALESCE((SELECT group_concat(o."name", ', ') FROM "Membership" m JOIN "Organisation" o ON o."id" = m."organisationId" WHERE m."personId" = x."id"), ''), NULL
  FROM "Person" x WHERE x."id" IN (NEW."id");
END;

CREATE TRIGGER "Person_search_update" AFTER UPDATE ON "Person" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'person' AND "recordId" IN (OLD."id");
  DELETE FROM "SearchDocument" WHERE "kind" = 'person' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'person', x."id", x."name", COALESCE((SELECT group_concat(o."name", ', ') FROM "Membership" m JOIN "Organisation" o ON o."id" = m."organisationId" WHERE m."personId" = x."id"), ''), NULL
  FROM "Person" x WHERE x."id" IN (NEW."id");
END;

CREATE TRIGGER "Person_search_delete" AFTER DELETE ON "Person" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'person' AND "recordId" IN (OLD."id");
END;

CREATE TRIGGER "Activity_search_insert" AFTER INSERT ON "Activity" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'activity' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'activity', x."id", x."summary", RTRIM(COALESCE(x."subtype" || char(10), '') || COALESCE(x."notes" || char(10), '') || COALESCE(x."findings" || char(10), '') || COALESCE(x."followUpQuestions" || char(10), ''), char(10)), x."occurredAt"
  FROM "Activity" x WHERE x."id" IN (NEW."id");
END;

CREATE TRIGGER "Activity_search_update" AFTER UPDATE ON "Activity" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'activity' AND "recordId" IN (OLD."id");
  DELETE FROM "SearchDocument" WHERE "kind" = 'activity' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'activity', x."id", x."summary", RTRIM(COALESCE(x."subtype" || char(10), '') || COALESCE(x."notes" || char(10), '') || COALESCE(x."findings" || char(10), '') || COALESCE(x."followUpQuestions" || char(10), ''), char(10)), x."occurredAt"
  FROM "Activity" x WHERE x."id" IN (NEW."id");
END;

CREATE TRIGGER "Activity_search_delete" AFTER DELETE ON "Activity" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'activity' AND "recordId" IN (OLD."id");
END;

CREATE TRIGGER "Signal_search_insert" AFTER INSERT ON "Signal" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'signal' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'signal', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."councilAction" || char(10), '') || COALESCE(x."feedback" || char(10), ''), char(10)), x."receivedOn"
  FROM "Signal" x WHERE x."id" IN (NEW."id");
END;

CREATE TRIGGER "Signal_search_update" AFTER UPDATE ON "Signal" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'signal' AND "recordId" IN (OLD."id");
  DELETE FROM "SearchDocument" WHERE "kind" = 'signal' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'signal', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."councilAction" || char(10), '') || COALESCE(x."feedback" || char(10), ''), char(10)), x."receivedOn"
  FROM "Signal" x WHERE x."id" IN (NEW."id");
END;

CREATE TRIGGER "Signal_search_delete" AFTER DELETE ON "Signal" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'signal' AND "recordId" IN (OLD."id");
END;

CREATE TRIGGER "Meeting_search_insert" AFTER INSERT ON "Meeting" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'meeting', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."location" || char(10), '') || COALESCE((SELECT group_concat("title", char(10)) FROM (SELECT "title" FROM "AgendaItem" WHERE "meetingId" = x."id" ORDER BY "position")) || char(10), '') || COALESCE(x."minutes" || char(10), '') || COALESCE((SELECT group_concat("text", char(10)) FROM "MeetingTip" WHERE "meetingId" = x."id") || char(10), '') || COALESCE((SELECT group_concat("title" || COALESCE(char(10) || "body", ''), char(10)) FROM "MeetingOutput" WHERE "meetingId" = x."id") || char(10), ''), char(10)), x."startsAt"
  FROM "Meeting" x WHERE x."id" IN (NEW."id");
END;

CREATE TRIGGER "Meeting_search_update" AFTER UPDATE ON "Meeting" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (OLD."id");
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'meeting', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."location" || char(10), '') || COALESCE((SELECT group_concat("title", char(10)) FROM (SELECT "title" FROM "AgendaItem" WHERE "meetingId" = x."id" ORDER BY "position")) || char(10), '') || COALESCE(x."minutes" || char(10), '') || COALESCE((SELECT group_concat("text", char(10)) FROM "MeetingTip" WHERE "meetingId" = x."id") || char(10), '') || COALESCE((SELECT group_concat("title" || COALESCE(char(10) || "body", ''), char(10)) FROM "MeetingOutput" WHERE "meetingId" = x."id") || char(10), ''), char(10)), x."startsAt"
  FROM "Meeting" x WHERE x."id" IN (NEW."id");
END;

CREATE TRIGGER "Meeting_search_delete" AFTER DELETE ON "Meeting" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (OLD."id");
END;

CREATE TRIGGER "Advice_search_insert" AFTER INSERT ON "Advice" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'advice' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'advice', x."id", x."title", RTRIM(COALESCE(x."summary" || char(10), '') || COALESCE(x."body" || char(10), '') || COALESCE(x."responseReasoning" || char(10), ''), char(10)), COALESCE(x."sentOn", x."createdAt")
  FROM "Advice" x WHERE x."id" IN (NEW."id");
END;

CREATE TRIGGER "Advice_search_update" AFTER UPDATE ON "Advice" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'advice' AND "recordId" IN (OLD."id");
  DELETE FROM "SearchDocument" WHERE "kind" = 'advice' AND "recordId" IN (NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'advice', x."id", x."title", RTRIM(COALESCE(x."summary" || char(10), '') || COALESCE(x."body" || char(10), '') || COALESCE(x."responseReasoning" || char(10), ''), char(10)), COALESCE(x."sentOn", x."createdAt")
  FROM "Advice" x WHERE x."id" IN (NEW."id");
END;

CREATE TRIGGER "Advice_search_delete" AFTER DELETE ON "Advice" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'advice' AND "recordId" IN (OLD."id");
END;

CREATE TRIGGER "Organisation_search_rename" AFTER UPDATE OF "name" ON "Organisation" WHEN OLD."name" IS NOT NEW."name" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'person' AND "recordId" IN (SELECT "personId" FROM "Membership" WHERE "organisationId" = NEW."id");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'person', x."id", x."name", COALESCE((SELECT group_concat(o."name", ', ') FROM "Membership" m JOIN "Organisation" o ON o."id" = m."organisationId" WHERE m."personId" = x."id"), ''), NULL
  FROM "Person" x WHERE x."id" IN (SELECT "personId" FROM "Membership" WHERE "organisationId" = NEW."id");
END;

CREATE TRIGGER "Membership_search_insert" AFTER INSERT ON "Membership" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'person' AND "recordId" IN (NEW."personId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'person', x."id", x."name", COALESCE((SELECT group_concat(o."name", ', ') FROM "Membership" m JOIN "Organisation" o ON o."id" = m."organisationId" WHERE m."personId" = x."id"), ''), NULL
  FROM "Person" x WHERE x."id" IN (NEW."personId");
END;

CREATE TRIGGER "Membership_search_update" AFTER UPDATE ON "Membership" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'person' AND "recordId" IN (OLD."personId", NEW."personId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'person', x."id", x."name", COALESCE((SELECT group_concat(o."name", ', ') FROM "Membership" m JOIN "Organisation" o ON o."id" = m."organisationId" WHERE m."personId" = x."id"), ''), NULL
  FROM "Person" x WHERE x."id" IN (OLD."personId", NEW."personId");
END;

CREATE TRIGGER "Membership_search_delete" AFTER DELETE ON "Membership" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'person' AND "recordId" IN (OLD."personId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'person', x."id", x."name", COALESCE((SELECT group_concat(o."name", ', ') FROM "Membership" m JOIN "Organisation" o ON o."id" = m."organisationId" WHERE m."personId" = x."id"), ''), NULL
  FROM "Person" x WHERE x."id" IN (OLD."personId");
END;

CREATE TRIGGER "AgendaItem_search_insert" AFTER INSERT ON "AgendaItem" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (NEW."meetingId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'meeting', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."location" || char(10), '') || COALESCE((SELECT group_concat("title", char(10)) FROM (SELECT "title" FROM "AgendaItem" WHERE "meetingId" = x."id" ORDER BY "position")) || char(10), '') || COALESCE(x."minutes" || char(10), '') || COALESCE((SELECT group_concat("text", char(10)) FROM "MeetingTip" WHERE "meetingId" = x."id") || char(10), '') || COALESCE((SELECT group_concat("title" || COALESCE(char(10) || "body", ''), char(10)) FROM "MeetingOutput" WHERE "meetingId" = x."id") || char(10), ''), char(10)), x."startsAt"
  FROM "Meeting" x WHERE x."id" IN (NEW."meetingId");
END;

CREATE TRIGGER "AgendaItem_search_update" AFTER UPDATE ON "AgendaItem" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (OLD."meetingId", NEW."meetingId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'meeting', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."location" || char(10), '') || COALESCE((SELECT group_concat("title", char(10)) FROM (SELECT "title" FROM "AgendaItem" WHERE "meetingId" = x."id" ORDER BY "position")) || char(10), '') || COALESCE(x."minutes" || char(10), '') || COALESCE((SELECT group_concat("text", char(10)) FROM "MeetingTip" WHERE "meetingId" = x."id") || char(10), '') || COALESCE((SELECT group_concat("title" || COALESCE(char(10) || "body", ''), char(10)) FROM "MeetingOutput" WHERE "meetingId" = x."id") || char(10), ''), char(10)), x."startsAt"
  FROM "Meeting" x WHERE x."id" IN (OLD."meetingId", NEW."meetingId");
END;

CREATE TRIGGER "AgendaItem_search_delete" AFTER DELETE ON "AgendaItem" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (OLD."meetingId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'meeting', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."location" || char(10), '') || COALESCE((SELECT group_concat("title", char(10)) FROM (SELECT "title" FROM "AgendaItem" WHERE "meetingId" = x."id" ORDER BY "position")) || char(10), '') || COALESCE(x."minutes" || char(10), '') || COALESCE((SELECT group_concat("text", char(10)) FROM "MeetingTip" WHERE "meetingId" = x."id") || char(10), '') || COALESCE((SELECT group_concat("title" || COALESCE(char(10) || "body", ''), char(10)) FROM "MeetingOutput" WHERE "meetingId" = x."id") || char(10), ''), char(10)), x."startsAt"
  FROM "Meeting" x WHERE x."id" IN (OLD."meetingId");
END;

CREATE TRIGGER "MeetingTip_search_insert" AFTER INSERT ON "MeetingTip" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (NEW."meetingId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'meeting', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."location" || char(10), '') || COALESCE((SELECT group_concat("title", char(10)) FROM (SELECT "title" FROM "AgendaItem" WHERE "meetingId" = x."id" ORDER BY "position")) || char(10), '') || COALESCE(x."minutes" || char(10), '') || COALESCE((SELECT group_concat("text", char(10)) FROM "MeetingTip" WHERE "meetingId" = x."id") || char(10), '') || COALESCE((SELECT group_concat("title" || COALESCE(char(10) || "body", ''), char(10)) FROM "MeetingOutput" WHERE "meetingId" = x."id") || char(10), ''), char(10)), x."startsAt"
  FROM "Meeting" x WHERE x."id" IN (NEW."meetingId");
END;

CREATE TRIGGER "MeetingTip_search_update" AFTER UPDATE ON "MeetingTip" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (OLD."meetingId", NEW."meetingId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'meeting', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."location" || char(10), '') || COALESCE((SELECT group_concat("title", char(10)) FROM (SELECT "title" FROM "AgendaItem" WHERE "meetingId" = x."id" ORDER BY "position")) || char(10), '') || COALESCE(x."minutes" || char(10), '') || COALESCE((SELECT group_concat("text", char(10)) FROM "MeetingTip" WHERE "meetingId" = x."id") || char(10), '') || COALESCE((SELECT group_concat("title" || COALESCE(char(10) || "body", ''), char(10)) FROM "MeetingOutput" WHERE "meetingId" = x."id") || char(10), ''), char(10)), x."startsAt"
  FROM "Meeting" x WHERE x."id" IN (OLD."meetingId", NEW."meetingId");
END;

CREATE TRIGGER "MeetingTip_search_delete" AFTER DELETE ON "MeetingTip" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (OLD."meetingId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'meeting', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."location" || char(10), '') || COALESCE((SELECT group_concat("title", char(10)) FROM (SELECT "title" FROM "AgendaItem" WHERE "meetingId" = x."id" ORDER BY "position")) || char(10), '') || COALESCE(x."minutes" || char(10), '') || COALESCE((SELECT group_concat("text", char(10)) FROM "MeetingTip" WHERE "meetingId" = x."id") || char(10), '') || COALESCE((SELECT group_concat("title" || COALESCE(char(10) || "body", ''), char(10)) FROM "MeetingOutput" WHERE "meetingId" = x."id") || char(10), ''), char(10)), x."startsAt"
  FROM "Meeting" x WHERE x."id" IN (OLD."meetingId");
END;

CREATE TRIGGER "MeetingOutput_search_insert" AFTER INSERT ON "MeetingOutput" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (NEW."meetingId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'meeting', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."location" || char(10), '') || COALESCE((SELECT group_concat("title", char(10)) FROM (SELECT "title" FROM "AgendaItem" WHERE "meetingId" = x."id" ORDER BY "position")) || char(10), '') || COALESCE(x."minutes" || char(10), '') || COALESCE((SELECT group_concat("text", char(10)) FROM "MeetingTip" WHERE "meetingId" = x."id") || char(10), '') || COALESCE((SELECT group_concat("title" || COALESCE(char(10) || "body", ''), char(10)) FROM "MeetingOutput" WHERE "meetingId" = x."id") || char(10), ''), char(10)), x."startsAt"
  FROM "Meeting" x WHERE x."id" IN (NEW."meetingId");
END;

CREATE TRIGGER "MeetingOutput_search_update" AFTER UPDATE ON "MeetingOutput" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (OLD."meetingId", NEW."meetingId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'meeting', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."location" || char(10), '') || COALESCE((SELECT group_concat("title", char(10)) FROM (SELECT "title" FROM "AgendaItem" WHERE "meetingId" = x."id" ORDER BY "position")) || char(10), '') || COALESCE(x."minutes" || char(10), '') || COALESCE((SELECT group_concat("text", char(10)) FROM "MeetingTip" WHERE "meetingId" = x."id") || char(10), '') || COALESCE((SELECT group_concat("title" || COALESCE(char(10) || "body", ''), char(10)) FROM "MeetingOutput" WHERE "meetingId" = x."id") || char(10), ''), char(10)), x."startsAt"
  FROM "Meeting" x WHERE x."id" IN (OLD."meetingId", NEW."meetingId");
END;

CREATE TRIGGER "MeetingOutput_search_delete" AFTER DELETE ON "MeetingOutput" BEGIN
  DELETE FROM "SearchDocument" WHERE "kind" = 'meeting' AND "recordId" IN (OLD."meetingId");
  INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
  SELECT 'meeting', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."location" || char(10), '') || COALESCE((SELECT group_concat("title", char(10)) FROM (SELECT "title" FROM "AgendaItem" WHERE "meetingId" = x."id" ORDER BY "position")) || char(10), '') || COALESCE(x."minutes" || char(10), '') || COALESCE((SELECT group_concat("text", char(10)) FROM "MeetingTip" WHERE "meetingId" = x."id") || char(10), '') || COALESCE((SELECT group_concat("title" || COALESCE(char(10) || "body", ''), char(10)) FROM "MeetingOutput" WHERE "meetingId" = x."id") || char(10), ''), char(10)), x."startsAt"
  FROM "Meeting" x WHERE x."id" IN (OLD."meetingId");
END;

-- Index what is already there.
INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
SELECT 'organisation', x."id", x."name", RTRIM(COALESCE(x."city" || char(10), '') || COALESCE(x."workingGroups" || char(10), '') || COALESCE(x."notes" || char(10), ''), char(10)), NULL
  FROM "Organisation" x WHERE 1;

INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
SELECT 'person', x."id", x."name", COALESCE((SELECT group_concat(o."name", ', ') FROM "Membership" m JOIN "Organisation" o ON o."id" = m."organisationId" WHERE m."personId" = x."id"), ''), NULL
  FROM "Person" x WHERE 1;

INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
SELECT 'activity', x."id", x."summary", RTRIM(COALESCE(x."subtype" || char(10), '') || COALESCE(x."notes" || char(10), '') || COALESCE(x."findings" || char(10), '') || COALESCE(x."followUpQuestions" || char(10), ''), char(10)), x."occurredAt"
  FROM "Activity" x WHERE 1;

INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
SELECT 'signal', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."councilAction" || char(10), '') || COALESCE(x."feedback" || char(10), ''), char(10)), x."receivedOn"
  FROM "Signal" x WHERE 1;

INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
SELECT 'meeting', x."id", x."title", RTRIM(COALESCE(x."description" || char(10), '') || COALESCE(x."location" || char(10), '') || COALESCE((SELECT group_concat("title", char(10)) FROM (SELECT "title" FROM "AgendaItem" WHERE "meetingId" = x."id" ORDER BY "position")) || char(10), '') || COALESCE(x."minutes" || char(10), '') || COALESCE((SELECT group_concat("text", char(10)) FROM "MeetingTip" WHERE "meetingId" = x."id") || char(10), '') || COALESCE((SELECT group_concat("title" || COALESCE(char(10) || "body", ''), char(10)) FROM "MeetingOutput" WHERE "meetingId" = x."id") || char(10), ''), char(10)), x."startsAt"
  FROM "Meeting" x WHERE 1;

INSERT INTO "SearchDocument" ("kind", "recordId", "title", "body", "date")
SELECT 'advice', x."id", x."title", RTRIM(COALESCE(x."summary" || char(10), '') || COALESCE(x."body" || char(10), '') || COALESCE(x."responseReasoning" || char(10), ''), char(10)), COALESCE(x."sentOn", x."createdAt")
  FROM "Advice" x WHERE 1;
