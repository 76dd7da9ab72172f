// Dutch messages: settings (/beheer/instellingen).
export const settings = {
  'settings.title': 'Instellingen',
  'settings.intro':
    'De getallen en standaarden waarmee Raadnet werkt. Een waarde die u hier opslaat, gaat vóór de omgevingsvariabele van de installatie; zonder opgeslagen waarde of omgevingsvariabele geldt de standaard.',
  'settings.adminIntro':
    'Termijnen, drempels en standaarden van dashboard, adviezen, signalen, bijeenkomsten, documenten en quickscans.',
  'settings.save': 'Instellingen opslaan',
  'settings.saved': 'De instellingen zijn opgeslagen.',
  'settings.unchanged': 'Er was niets gewijzigd; er is niets opgeslagen.',
  'settings.reset': 'Terug naar standaard',
  'settings.resetLabel': 'Terug naar standaard: {label}',
  'settings.resetDone': '{label}: de opgeslagen waarde is verwijderd. Nu geldt {value}.',
  'settings.inForce': 'Nu geldt: {value} ({source}).',
  'settings.afterReset': 'Daarna geldt {value} ({source}).',
  'settings.ignoredEnv':
    'De omgevingsvariabele {name} heeft een ongeldige waarde ("{value}") en wordt genegeerd.',
  'settings.ignoredStored': 'De opgeslagen waarde "{value}" is ongeldig en wordt genegeerd.',
  'settings.notStored': '(geen opgeslagen waarde)',
  'settings.conflictReset':
    'Iemand anders heeft deze instelling intussen gewijzigd. Bekijk de waarde die nu geldt en kies opnieuw.',

  'settings.source.default': 'standaard',
  'settings.source.env': 'omgevingsvariabele {name}',
  'settings.source.stored': 'opgeslagen',
  'settings.source.storedOn': 'opgeslagen op {date}',
  'settings.source.storedBy': 'opgeslagen door {name} op {date}',

  'settings.range.count': 'Een heel getal van {min} tot en met {max}.',
  'settings.range.text': 'Hoogstens {max} tekens.',
  'settings.default': 'Standaard: {value}.',
  'settings.error.count': 'Vul een heel getal in van {min} tot en met {max}.',

  'settings.unit.months.one': '{count} maand',
  'settings.unit.months.other': '{count} maanden',
  'settings.unit.weeks.one': '{count} week',
  'settings.unit.weeks.other': '{count} weken',
  'settings.unit.percent.one': '{count} %',
  'settings.unit.percent.other': '{count} %',
  'settings.unit.meetings.one': '{count} bijeenkomst',
  'settings.unit.meetings.other': '{count} bijeenkomsten',
  'settings.unit.megabytes.one': '{count} MB',
  'settings.unit.megabytes.other': '{count} MB',
  'settings.unit.respondents.one': '{count} respondent',
  'settings.unit.respondents.other': '{count} respondenten',

  'settings.region.noord': 'Noord',
  'settings.region.midden': 'Midden',
  'settings.region.zuid': 'Zuid',

  'settings.group.dashboard': 'Dashboard',
  'settings.group.advices': 'Adviezen',
  'settings.group.signals': 'Signalen',
  'settings.group.reports': 'Rapportages',
  'settings.group.meetings': 'Bijeenkomsten',
  'settings.group.documents': 'Documenten',
  'settings.group.quickScans': 'Quickscans',

  'settings.noContactMonths.label': 'Raden zonder contact na (maanden)',
  'settings.noContactMonths.hint':
    'Een actieve raad staat op het dashboard onder "Raden zonder contact" als er zoveel maanden geen activiteit met de raad is vastgelegd.',
  'settings.adviceResponseWeeks.label': 'Reactie van het college nagaan na (weken)',
  'settings.adviceResponseWeeks.hint':
    'Zoveel weken na het versturen van een advies valt de actie "Reactie van het college nagaan", mag "geen reactie" worden vastgelegd en staat het advies op het dashboard bij de reacties van het college.',
  'settings.signalFeedbackWeeks.label': 'Signaal zonder terugkoppeling na (weken)',
  'settings.signalFeedbackWeeks.hint':
    'Een doorgestuurd signaal dat na zoveel weken niet is teruggekoppeld of afgesloten, staat bij de signalen "Zonder terugkoppeling" en op het dashboard.',
  'settings.wiThresholdPercent.label': 'Drempel van de W&I-aandachtsmonitor (procent)',
  'settings.wiThresholdPercent.hint':
    'De W&I-aandachtsmonitor markeert een kwartaal van een brede adviesraad wanneer het aandeel van het werk over Werk en Inkomen onder dit percentage ligt.',
  'settings.meetingDefaultLocation.label': 'Standaardlocatie van bijeenkomsten',
  'settings.meetingDefaultLocation.hint':
    'Een nieuwe bijeenkomst of reeks begint met deze locatie; per bijeenkomst is die aan te passen.',
  'settings.summerHolidayRegion.label': 'Regio voor de zomervakantie',
  'settings.summerHolidayRegion.hint':
    'Bij het maken van een reeks worden data in de zomervakantie van deze regio gemarkeerd. Friesland hoort bij regio Noord.',
  'settings.missedMeetingsThreshold.label': 'Raad afgehaakt na (gemiste bijeenkomsten op rij)',
  'settings.missedMeetingsThreshold.hint':
    'In de aanwezigheidscijfers van een reeks staat een raad als afgehaakt wanneer hij zoveel bijeenkomsten achter elkaar miste.',

  'settings.documentMaxUploadMb.label': 'Grootste bestand dat geüpload mag worden (MB)',
  'settings.documentMaxUploadMb.hint':
    'Een document met een groter bestand wordt geweigerd, met een melding bij het veld.',
  'settings.quickScanMinGroupSize.label': 'Kleinste groep in de uitslag van een quickscan (respondenten)',
  'settings.quickScanMinGroupSize.hint':
    'Een nieuwe quickscan begint met deze minimale groepsgrootte. Een groep met minder antwoorden wordt in de uitslag niet getoond, zodat niemand herkenbaar is.',

  'settings.audit.changed': '{label}: {before} werd {after}',
  'settings.audit.reset': '{label}: opgeslagen waarde {before} verwijderd, nu geldt {after}',
} as const
