import { describe, expect, it } from 'vitest'
import { loader as healthLoader } from '~/routes/healthz.ts'
import { prisma } from '~/utils/db.server.ts'

describe('GET /healthz', () => {
  it('says ok when the database answers', async () => {
    const response = await healthLoader()
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', db: 'ok' })
  })

  it('answers 503 when the database cannot be read', async () => {
    await prisma.$executeRawUnsafe('ALTER TABLE "_prisma_migrations" RENAME TO "_weg"')
    try {
      const response = await healthLoader()
      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({ status: 'error', db: 'error' })
    } finally {
      await prisma.$executeRawUnsafe('ALTER TABLE "_weg" RENAME TO "_prisma_migrations"')
    }
  })
})
