import { z } from 'zod'

// The dashboard's search params: "?raden=mijn" shows only the user's own councils under
// "Raden zonder contact". A bad value falls back to all councils.
export const DashboardQuerySchema = z.object({
  raden: z.enum(['alle', 'mijn']).catch('alle').default('alle'),
})

export type DashboardQuery = z.output<typeof DashboardQuerySchema>
