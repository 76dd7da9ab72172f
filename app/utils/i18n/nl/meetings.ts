// Dutch messages of the meeting pages (/bijeenkomsten): kinds, statuses and the meeting
// itself. Series, attendance, mail, calendar and settings have parts of their own.
export const meetings = {
  'meetingKind.EXCHANGE': 'Provinciale uitwisselingsbijeenkomst',
  'meetingKind.THEME': 'Themabijeenkomst',
  'meetingKind.WELFARE_WORKERS': 'Bijeenkomst lokale welzijnswerkers',
  'meetingKind.COURSE': 'Cursus',
  'meetingKind.TEAMBUILDING': 'Teambuildingsdag',
  'meetingKind.SUPPORT_POINT_HOLDERS': 'Overleg spreekuurhouders',
  'meetingKind.FUTURE_WORKSHOP': 'Toekomstwerkplaats',
  'meetingKind.OTHER': 'Overig',

  'meetingStatus.PLANNED': 'Gepland',
  'meetingStatus.CONFIRMED': 'Bevestigd',
  'meetingStatus.CANCELLED': 'Afgelast',
  'meetingStatus.HELD': 'Gehouden',

  'attendanceStatus.INVITED': 'Uitgenodigd',
  'attendanceStatus.REGISTERED': 'Aangemeld',
  'attendanceStatus.PRESENT': 'Aanwezig',
  'attendanceStatus.EXCUSED': 'Afwezig met bericht',
  'attendanceStatus.ABSENT': 'Afwezig',

  'meetingOutputKind.VISION_DOCUMENT': 'Visiedocument',
  'meetingOutputKind.OTHER': 'Overig',
} as const
