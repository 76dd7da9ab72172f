// The default quick-scan questionnaire (prisma/data/quickscan-items.json): six dimensions
// A–F with 25 Likert items, the participation ladder E5 and an open question per dimension.
// Idempotent: found by its natural key (family 'default-wi', version 1) and never changed
// once there. A real installation without the demo data gets it too: the questionnaire
// pages and the scan form store it when it is missing.
import type { PrismaClient } from '../app/generated/prisma/client.ts'
import { installDefaultQuestionnaire } from '../app/models/quickscan/questionnaire.server.ts'
import { templateFromItemsFile } from '../app/models/quickscan/questionnaire-template.ts'
import { readJson } from './seed-helpers.ts'

// Stores the default questionnaire unless it is there; returns its id.
export async function ensureDefaultQuestionnaire(prisma: PrismaClient) {
  const template = templateFromItemsFile(readJson('quickscan-items.json'))
  const { questionnaireId } = await installDefaultQuestionnaire({ client: prisma, template })
  return questionnaireId
}
