// The order of a to-do list of follow-ups. Due dates are date-only values (midnight UTC of
// the calendar day); `today` is today's Dutch calendar day as such a value.

// Returns true when a follow-up that is not done was due before today.
export function isOverdue(followUp: { dueDate: Date | null; done: boolean }, today: Date) {
  return !followUp.done && followUp.dueDate !== null && followUp.dueDate.getTime() < today.getTime()
}

type Sortable = { dueDate: Date | null; createdAt: Date }

// Compares follow-ups for "what first": the earliest due date first (so overdue ones lead),
// those without a due date last, and otherwise the oldest first.
export function compareFollowUps(a: Sortable, b: Sortable) {
  const dueA = a.dueDate?.getTime() ?? Number.POSITIVE_INFINITY
  const dueB = b.dueDate?.getTime() ?? Number.POSITIVE_INFINITY
  if (dueA !== dueB) return dueA < dueB ? -1 : 1
  return a.createdAt.getTime() - b.createdAt.getTime()
}
