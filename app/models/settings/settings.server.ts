import { recordAudit } from '~/models/audit/audit.server.ts'
import { changedFields, type FieldChange, type Snapshot } from '~/utils/conflict.ts'
import { prisma } from '~/utils/db.server.ts'
import { t } from '~/utils/i18n/index.ts'
import { settingLabel, settingSourceText, settingValueText } from './setting-options.ts'
import {
  type ResolvedSetting,
  resolveSetting,
  resolveSettings,
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
  storedChanges,
} from './settings.ts'

type Env = Record<string, string | undefined>

// Returns the settings in force: values saved in /beheer/instellingen, else the
// environment, else the defaults (settings.ts).
export async function getSettings(): Promise<Settings> {
  const rows = await prisma.setting.findMany({ select: { key: true, value: true } })
  return resolveSettings(Object.fromEntries(rows.map((row) => [row.key, row.value])))
}

// Returns the stored text of every setting ('' when none is stored): what the settings form
// was opened with, to tell later whether someone else saved in the meantime.
function snapshotOf(rows: { key: string; value: string }[]): Snapshot {
  const stored = new Map(rows.map((row) => [row.key, row.value]))
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, stored.get(key) ?? '']))
}

export type SettingState = ResolvedSetting & {
  env: string
  storedAt: Date | null
  storedBy: string | null
  /** What applies once the stored value is removed. */
  afterReset: { value: Settings[SettingKey]; source: 'env' | 'default' }
}

// Returns every setting with its value in force, where that comes from and what applies
// without the stored value, plus the snapshot for the form.
export async function getSettingsOverview({ env = process.env }: { env?: Env } = {}) {
  const rows = await prisma.setting.findMany({
    select: { key: true, value: true, updatedAt: true, updatedBy: { select: { name: true } } },
  })
  const byKey = new Map(rows.map((row) => [row.key, row]))
  const items: SettingState[] = SETTING_KEYS.map((key) => {
    const row = byKey.get(key)
    const fallback = resolveSetting(key, undefined, env)
    return {
      ...resolveSetting(key, row?.value, env),
      env: SETTING_DEFINITIONS[key].env,
      storedAt: row?.updatedAt ?? null,
      storedBy: row?.updatedBy?.name ?? null,
      afterReset: { value: fallback.value, source: fallback.source === 'env' ? 'env' : 'default' },
    }
  })
  return { items, base: snapshotOf(rows) }
}

export type SettingsConflict = { ok: false; reason: 'conflict'; changes: FieldChange[]; base: Snapshot }

export type SaveSettingsResult = { ok: true; changed: SettingKey[] } | SettingsConflict

// Stores every value that differs from the one in force, unless someone saved or reset a
// setting since the form read `base` (then nothing is stored). A value equal to the one in
// force is left alone, so a setting nobody changed keeps following the environment and the
// default. One audit event per changed setting.
export async function saveSettings({
  values,
  base,
  actorId,
  env = process.env,
}: {
  values: Settings
  base: Snapshot
  actorId: string
  env?: Env
}): Promise<SaveSettingsResult> {
  return prisma.$transaction(async (tx) => {
    const current = snapshotOf(await tx.setting.findMany({ select: { key: true, value: true } }))
    const changes = storedChanges(base, current)
    if (changes) return { ok: false, reason: 'conflict', changes, base: current }
    const inForce = resolveSettings(current, env)
    const changed = SETTING_KEYS.filter((key) => String(values[key]) !== String(inForce[key]))
    for (const key of changed) {
      const value = String(values[key])
      await tx.setting.upsert({
        where: { key },
        create: { key, value, updatedById: actorId },
        update: { value, updatedById: actorId },
      })
      await recordAudit(
        {
          actorId,
          action: 'setting.update',
          entityType: 'Setting',
          entityId: key,
          summary: t('settings.audit.changed', {
            label: settingLabel(key),
            before: settingValueText(key, inForce[key]),
            after: settingValueText(key, values[key]),
          }),
        },
        tx,
      )
    }
    return { ok: true, changed }
  })
}

export type ResetSettingResult =
  | { ok: true; value: Settings[SettingKey]; source: 'env' | 'default' }
  | SettingsConflict

// Removes the stored value of one setting, so the environment or the default applies again;
// refused when its stored value changed since the form read `base`.
export async function resetSetting({
  key,
  base,
  actorId,
  env = process.env,
}: {
  key: SettingKey
  base: Snapshot
  actorId: string
  env?: Env
}): Promise<ResetSettingResult> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.setting.findMany({ select: { key: true, value: true } })
    const current = snapshotOf(rows)
    if (base[key] !== current[key]) {
      const changes = changedFields({ [key]: base[key] ?? '' }, { [key]: current[key] ?? '' })
      return { ok: false, reason: 'conflict', changes, base: current }
    }
    const fallback = resolveSetting(key, undefined, env)
    const source = fallback.source === 'env' ? 'env' : 'default'
    const stored = rows.find((row) => row.key === key)
    if (stored) {
      await tx.setting.delete({ where: { key } })
      await recordAudit(
        {
          actorId,
          action: 'setting.reset',
          entityType: 'Setting',
          entityId: key,
          summary: t('settings.audit.reset', {
            label: settingLabel(key),
            before: settingValueText(key, stored.value),
            after: `${settingValueText(key, fallback.value)} (${settingSourceText(key, source)})`,
          }),
        },
        tx,
      )
    }
    return { ok: true, value: fallback.value, source }
  })
}
