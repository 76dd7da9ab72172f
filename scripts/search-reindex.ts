// Rebuilds the full-text search index from the data: `npm run search:reindex`.
// Normally not needed (triggers keep the index current); useful after restoring a backup
// made by other means or after changing what is indexed.
import { reindexAll } from '../app/models/search/search.server.ts'
import { prisma } from '../app/utils/db.server.ts'

try {
  const { documents } = await reindexAll()
  console.info(`Search index rebuilt: ${documents} document(s).`)
} finally {
  await prisma.$disconnect()
}
