// Dutch messages of the dashboard, the home page after login.
export const dashboard = {
  'dashboard.title': 'Dashboard',
  'dashboard.welcome': 'Welkom, {name}.',
  'dashboard.intro':
    'Wat aandacht vraagt: uw eigen acties, komende bijeenkomsten, termijnen van adviezen, signalen die op terugkoppeling wachten en raden waar het stil is.',
  'dashboard.overdue': 'te laat',
  'dashboard.weeks': '{count} weken',
  'dashboard.week': '1 week',
  'dashboard.months': '{count} maanden',
  'dashboard.month': '1 maand',

  'dashboard.myActions.title': 'Mijn acties',
  'dashboard.myActions.count': 'U heeft {count} openstaande vervolgacties.',
  'dashboard.myActions.countOne': 'U heeft 1 openstaande vervolgactie.',
  'dashboard.myActions.due': 'uiterlijk {date}',
  'dashboard.myActions.noDueDate': 'geen datum',
  'dashboard.myActions.all': 'Alle acties',

  'dashboard.meetings.title': 'Komende bijeenkomsten',
  'dashboard.meetings.intro':
    'Bijeenkomsten die niet zijn afgelast en binnen {period} beginnen, de eerstvolgende bovenaan.',
  'dashboard.meetings.none': 'Geen bijeenkomsten gepland in de komende {period}.',
  'dashboard.meetings.mine': 'u organiseert',
  'dashboard.meetings.all': 'Alle bijeenkomsten',
  'dashboard.meetings.more': 'En nog {count} in deze periode.',
  'dashboard.meetings.calendar': 'Agenda',

  'dashboard.deadlines.title': 'Adviestermijnen',
  'dashboard.deadlines.intro':
    'Gevraagde adviezen die nog niet zijn verstuurd en waarvan de termijn binnen {days} dagen verloopt of al verstreken is.',
  'dashboard.deadlines.none': 'Geen adviestermijnen die binnen {days} dagen verlopen.',
  'dashboard.deadlines.due': 'termijn {date}',
  'dashboard.deadlines.today': 'vandaag',
  'dashboard.deadlines.inDays': 'nog {count} dagen',
  'dashboard.deadlines.inOneDay': 'morgen',
  'dashboard.deadlines.daysLate': '{count} dagen geleden',
  'dashboard.deadlines.oneDayLate': 'gisteren',

  'dashboard.responses.title': 'Reacties van het college',
  'dashboard.responses.intro': 'Verstuurde adviezen die langer dan {period} op een reactie wachten.',
  'dashboard.responses.none': 'Geen adviezen die langer dan {period} op een reactie wachten.',
  'dashboard.responses.sent': 'verstuurd op {date}, {period} geleden',
  'dashboard.allAdvices': 'Alle adviezen',

  'dashboard.signals.title': 'Signalen zonder terugkoppeling',
  'dashboard.signals.intro':
    'Signalen die langer dan {period} geleden zijn doorgestuurd en nog niet zijn teruggekoppeld of afgesloten.',
  'dashboard.signals.none': 'Geen signalen die wachten op terugkoppeling.',
  'dashboard.signals.forwarded': 'doorgestuurd op {date}, {period} geleden',
  'dashboard.signals.all': 'Alle signalen zonder terugkoppeling ({count})',

  'dashboard.councils.title': 'Raden zonder contact',
  'dashboard.councils.intro':
    'Actieve raden waarmee {period} of langer geen activiteit is vastgelegd; wie het langst niets hoorde, staat bovenaan.',
  'dashboard.councils.none': 'Met alle actieve raden is in de afgelopen {period} contact geweest.',
  'dashboard.councils.noneMine': 'Met al uw raden is in de afgelopen {period} contact geweest.',
  'dashboard.councils.lastContact': 'Laatste contact: {date}',
  'dashboard.councils.never': 'nog nooit',
  'dashboard.councils.mine': 'uw raad',
  'dashboard.councils.responsible': 'opbouwwerker: {name}',
  'dashboard.councils.choice': 'Welke raden',
  'dashboard.councils.all': 'Alle raden',
  'dashboard.councils.onlyMine': 'Alleen mijn raden',

  'dashboard.activities.title': 'Recente activiteit',
  'dashboard.activities.none': 'Nog geen activiteiten vastgelegd.',
  'dashboard.activities.all': 'Alle activiteiten',

  'dashboard.referenceData': 'Basisgegevens',
  'dashboard.municipalities': 'Gemeenten',
  'dashboard.themes': "Thema's",
} as const
