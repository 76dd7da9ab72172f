// Roles from least to most privileged; a role may do everything the roles before it may.
export const ROLES = ['lezer', 'opbouwwerker', 'coordinator', 'beheerder'] as const

export type Role = (typeof ROLES)[number]

// Returns true when `value` names a role.
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

// Returns true when a user with `role` may do what `required` may.
export function hasRole(role: string, required: Role) {
  return isRole(role) && ROLES.indexOf(role) >= ROLES.indexOf(required)
}
