// The fixed lists of meetings (../shared/data/domain.json meetingKinds, attendanceStatuses).
// Labels live in the message catalog under meetingKind.*, meetingStatus.*, attendanceStatus.*.

export const MEETING_KINDS = [
  'EXCHANGE',
  'THEME',
  'WELFARE_WORKERS',
  'COURSE',
  'TEAMBUILDING',
  'SUPPORT_POINT_HOLDERS',
  'FUTURE_WORKSHOP',
  'OTHER',
] as const
export type MeetingKind = (typeof MEETING_KINDS)[number]

// gepland → bevestigd → gehouden, or afgelast at any point before it is held.
export const MEETING_STATUSES = ['PLANNED', 'CONFIRMED', 'CANCELLED', 'HELD'] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]

// uitgenodigd, aangemeld, aanwezig, afwezig met bericht, afwezig.
export const ATTENDANCE_STATUSES = ['INVITED', 'REGISTERED', 'PRESENT', 'EXCUSED', 'ABSENT'] as const
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number]

// A person counts as having attended only when marked present.
export const ATTENDED: AttendanceStatus = 'PRESENT'

export const MEETING_OUTPUT_KINDS = ['VISION_DOCUMENT', 'OTHER'] as const
export type MeetingOutputKind = (typeof MEETING_OUTPUT_KINDS)[number]

// The kinds of e-mail Raadnet sends about meetings.
export const MAIL_KINDS = ['MEETING_INVITATION', 'MEETING_UPDATE', 'MEETING_CANCELLATION'] as const
export type MailKind = (typeof MAIL_KINDS)[number]
