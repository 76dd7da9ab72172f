// The e-mail with a personal questionnaire link, in plain Dutch (B1): what the
// questionnaire is about, the link, until when it works, and what happens to the answers.
import { formatDateOnly } from '~/utils/dates.ts'
import { t } from '~/utils/i18n/index.ts'

export const INVITATION_MAIL_KIND = 'QUICKSCAN_INVITATION'

export type InvitationMailScan = {
  title: string
  municipalityName: string
  opensOn: Date | string
  closesOn: Date | string
}

// Returns the subject and text of the invitation to `name` with `link`.
export function composeInvitationMail({
  scan,
  name,
  link,
  senderName,
}: {
  scan: InvitationMailScan
  name: string
  link: string
  senderName: string
}) {
  const params = {
    title: scan.title,
    municipality: scan.municipalityName,
    opensOn: formatDateOnly(scan.opensOn),
    closesOn: formatDateOnly(scan.closesOn),
  }
  const lines = [
    t('quickscan.mail.greeting', { name }),
    '',
    t('quickscan.mail.intro', params),
    '',
    t('quickscan.mail.linkIntro'),
    link,
    '',
    t('quickscan.mail.period', params),
    t('quickscan.mail.comeBack'),
    '',
    t('quickscan.mail.anonymity'),
    '',
    t('quickscan.mail.personal'),
    '',
    t('quickscan.mail.closing'),
    senderName,
  ]
  return { subject: t('quickscan.mail.subject', params), text: lines.join('\n') }
}
