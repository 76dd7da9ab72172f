import { type MessageKey, t } from '~/utils/i18n/index.ts'
import { ROLES } from './roles.ts'

// Returns the roles as select options, most privileged last.
export function roleOptions() {
  return ROLES.map((role) => ({ value: role, label: t(`role.${role}` as MessageKey) }))
}
