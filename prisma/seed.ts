// The demo network. Idempotent: records are matched on a natural key (e-mail, CBS code,
// theme name) and only created when missing, so running it twice changes nothing and
// never overwrites what users changed. `--if-empty` seeds only a database without users
// (what `npm start` does on every start).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { hashPassword } from '../app/models/user/password.server.ts'
import type { Role } from '../app/models/user/roles.ts'
import { parseDateOnly } from '../app/utils/dates.ts'
import { createPrismaClient } from '../app/utils/db.server.ts'
import { seedActivity } from './seed-activity.ts'
import { seedAdvice } from './seed-advice.ts'
import { seedDocuments } from './seed-documents.ts'
import { seedMeetings } from './seed-meetings.ts'
import { seedNetwork } from './seed-network.ts'
import { ensureDefaultQuestionnaire } from './seed-questionnaire.ts'
import { seedQuickScans } from './seed-quickscans.ts'

type Friesland = {
  province: string
  labourMarketRegion: { name: string }
  municipalities: { name: string; cbsCode: string; population: number; mainPlaces: string }[]
  historicMunicipalities: { name: string; cbsCode: string; validTo: string; mergedInto: string }[]
}
type Themes = { themes: { name: string; domain: string; description?: string }[] }

const DEMO_PASSWORD = 'raadnet-demo'
const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: 'beheerder@example.org', name: 'Bea Beheerder', role: 'beheerder' },
  { email: 'coordinator@example.org', name: 'Corrie Coördinator', role: 'coordinator' },
  { email: 'opbouwwerker@example.org', name: 'Otto Opbouwwerker', role: 'opbouwwerker' },
  { email: 'lezer@example.org', name: 'Lieke Lezer', role: 'lezer' },
]

// The source data names the parts of a split municipality in English.
const PART_NAMES: Record<string, string> = {
  'north-east': 'noordoostelijk deel',
  'north-west': 'noordwestelijk deel',
  south: 'zuidelijk deel',
}

const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'data', file), 'utf8'))

// Returns the successors named in "Leeuwarden (north-east), Waadhoeke (north-west)".
function parseSuccessors(text: string) {
  return text.split(/,\s*/).map((part) => {
    const match = /^(.*?)(?:\s*\((.*)\))?$/.exec(part.trim())
    const note = match?.[2]?.trim()
    return { name: match?.[1]?.trim() ?? part.trim(), note: note ? (PART_NAMES[note] ?? note) : null }
  })
}

async function seed({ ifEmpty }: { ifEmpty: boolean }) {
  const prisma = createPrismaClient()
  try {
    if (ifEmpty && (await prisma.user.count()) > 0) {
      console.info('Database already has users: demo data not loaded.')
      return
    }
    const friesland = readJson<Friesland>('friesland.json')
    const { themes } = readJson<Themes>('themes.json')

    const passwordHash = await hashPassword(DEMO_PASSWORD)
    for (const user of DEMO_USERS) {
      await prisma.user.upsert({
        where: { email: user.email },
        update: {},
        create: { ...user, passwordHash },
      })
    }

    const region = friesland.labourMarketRegion.name
    for (const m of friesland.municipalities) {
      await prisma.municipality.upsert({
        where: { cbsCode: m.cbsCode },
        update: {},
        create: { ...m, province: friesland.province, labourMarketRegion: region },
      })
    }
    for (const m of friesland.historicMunicipalities) {
      const validTo = parseDateOnly(m.validTo)
      const predecessor = await prisma.municipality.upsert({
        where: { cbsCode: m.cbsCode },
        update: {},
        create: {
          name: m.name,
          cbsCode: m.cbsCode,
          province: friesland.province,
          labourMarketRegion: region,
          validTo,
        },
      })
      for (const successor of parseSuccessors(m.mergedInto)) {
        const target = await prisma.municipality.findFirst({ where: { name: successor.name, validTo: null } })
        if (!target) throw new Error(`Unknown successor municipality: ${successor.name}`)
        // A merger's new municipality starts the day after its predecessors end.
        if (validTo && target.validFrom === null && parseSuccessors(m.mergedInto).length === 1) {
          await prisma.municipality.update({
            where: { id: target.id },
            data: { validFrom: new Date(validTo.getTime() + 86_400_000) },
          })
        }
        await prisma.municipalitySuccession.upsert({
          where: { predecessorId_successorId: { predecessorId: predecessor.id, successorId: target.id } },
          update: {},
          create: { predecessorId: predecessor.id, successorId: target.id, note: successor.note },
        })
      }
    }

    for (const theme of themes) {
      await prisma.theme.upsert({ where: { name: theme.name }, update: {}, create: theme })
    }
    await seedNetwork(prisma)
    await seedActivity(prisma)
    await seedAdvice(prisma)
    await seedMeetings(prisma)
    await ensureDefaultQuestionnaire(prisma)
    await seedQuickScans(prisma)
    await seedDocuments(prisma)
    console.info(
      `Demo data ready: ${DEMO_USERS.length} demo users (password "${DEMO_PASSWORD}"), ` +
        `${friesland.municipalities.length + friesland.historicMunicipalities.length} municipalities, ${themes.length} themes.`,
    )
  } finally {
    await prisma.$disconnect()
  }
}

seed({ ifEmpty: process.argv.includes('--if-empty') }).catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
