// Dutch messages of the reports (rapportages).
export const reports = {
  'reports.intro': 'Overzichten over het werk met en voor de raden.',
  'reports.wiMonitor.title': 'W&I-aandachtsmonitor',
  'reports.wiMonitor.summary':
    'Krijgt werk en inkomen genoeg aandacht in de brede adviesraden sociaal domein? Per kwartaal vergeleken met de aparte W&I-raden.',
  'reports.back': 'Terug naar rapportages',

  'reports.wiMonitor.intro':
    'Per brede adviesraad sociaal domein (of participatieraad): welk deel van het werk over werk en inkomen ging, per kwartaal, naast het gemiddelde van de aparte cliëntenraden W&I.',
  'reports.wiMonitor.howTitle': 'Hoe het aandeel wordt berekend',
  'reports.wiMonitor.how':
    'Per raad en per kwartaal tellen we het werk van die raad: activiteiten waarbij de raad betrokken was (op de datum van de activiteit), signalen die naar de raad zijn doorgestuurd (op de datum van ontvangst) adviezen van de raad (op de verzenddatum, of zolang het advies niet verstuurd is op de datum dat het is aangemaakt) en de agendapunten van bijeenkomsten waar iemand namens de raad aanwezig was (op de datum van de bijeenkomst; afgelaste bijeenkomsten tellen niet). Van het werk waaraan minstens één thema is gekoppeld, is het W&I-aandeel het deel met minstens één thema uit het domein Werk en inkomen. Werk zonder thema telt niet mee in het aandeel; het staat apart in de kolom "zonder thema". Kwartalen lopen volgens de Nederlandse tijd.',
  'reports.wiMonitor.howFlag':
    'Ligt het aandeel onder {threshold}%, dan staat er "Let op". Het gemiddelde van de W&I-raden is het gewone gemiddelde van de aandelen van de W&I-raden die in dat kwartaal werk met een thema hebben; zij werken vanzelf vooral aan W&I en dienen als vergelijking.',
  'reports.wiMonitor.periodRecent': 'Laatste vier kwartalen',
  'reports.wiMonitor.periodNav': 'Periode',
  'reports.wiMonitor.noCouncils': 'Er zijn geen brede adviesraden sociaal domein vastgelegd.',
  'reports.wiMonitor.caption': '{council}: W&I-aandeel per kwartaal',
  'reports.wiMonitor.quarter': 'Kwartaal',
  'reports.wiMonitor.quarterLabel': '{quarter}e kwartaal {year}',
  'reports.wiMonitor.share': 'W&I-aandeel',
  'reports.wiMonitor.wiItems': 'Over W&I',
  'reports.wiMonitor.withTheme': 'Met thema',
  'reports.wiMonitor.withoutTheme': 'Zonder thema',
  'reports.wiMonitor.signal': 'Signalering',
  'reports.wiMonitor.comparison': 'Gemiddelde W&I-raden',
  'reports.wiMonitor.comparisonOver': '{share} (over {count} raden)',
  'reports.wiMonitor.comparisonOverOne': '{share} (over 1 raad)',
  'reports.wiMonitor.noComparison': 'geen gegevens',
  'reports.wiMonitor.noWork': 'geen werk vastgelegd',
  'reports.wiMonitor.noThemes': 'alleen werk zonder thema',
  'reports.wiMonitor.flag': 'Let op: W&I onder {threshold}%',
  'reports.wiMonitor.ok': 'in orde',

  'reports.yearReport.title': 'Jaarverslag',
  'reports.yearReport.summary':
    'Wat het steunpunt in een jaar deed, naast het jaar ervoor: bijeenkomsten, ondersteuning, werkbezoeken, contacten, adviezen en signalen. Af te drukken en als CSV te downloaden.',
  'reports.yearReport.titleYear': 'Jaarverslag {year}',
  'reports.yearReport.titlePeriod': 'Verslag {period}',
  'reports.yearReport.intro':
    'Voor financiers en het bestuur: wat het steunpunt deed met en voor de raden, met bij elk cijfer de periode ervoor.',
  'reports.yearReport.periodRange': '{from} t/m {to}',
  'reports.yearReport.comparedWith': 'Vergeleken met {previous}.',
  'reports.yearReport.ongoing':
    'Deze periode loopt nog: de cijfers gaan tot en met vandaag ({today}); wat nog gepland staat, telt niet mee.',
  'reports.yearReport.madeOn': 'Gemaakt op {date} met Raadnet.',
  'reports.yearReport.columnCurrent': 'Deze periode',
  'reports.yearReport.columnPrevious': 'Periode ervoor',
  'reports.yearReport.noValue': 'geen',

  'reports.yearReport.periodNav': 'Jaar kiezen',
  'reports.yearReport.yearForm': 'Een jaar',
  'reports.yearReport.year': 'Jaar',
  'reports.yearReport.yearHint': 'Bijvoorbeeld {year}.',
  'reports.yearReport.showYear': 'Jaar tonen',
  'reports.yearReport.periodForm': 'Een eigen periode',
  'reports.yearReport.from': 'Van',
  'reports.yearReport.to': 'Tot en met',
  'reports.yearReport.dateHint': 'Een datum als dd-mm-jjjj.',
  'reports.yearReport.showPeriod': 'Periode tonen',
  'reports.yearReport.yearInvalid': 'Vul een jaar in van {min} tot en met {max}, bijvoorbeeld {max}.',
  'reports.yearReport.dateTooEarly': 'Kies een datum vanaf 1 januari {min}.',
  'reports.yearReport.dateTooLate': 'Kies een datum tot en met 31 december {max}.',
  'reports.yearReport.fixInput': 'Pas de periode aan; dan verschijnt het verslag.',

  'reports.yearReport.download': 'Deze tabel als CSV downloaden',
  'reports.yearReport.chartSeries': 'Gekleurde balk: {current}. Gearceerde balk: {previous}.',
  'reports.yearReport.chartDescription':
    'Staafdiagram: per regel een balk voor {current} en een voor {previous}. Dezelfde cijfers staan in de tabel "{table}".',
  'reports.yearReport.chartEmpty': 'Niets om te tonen in deze periodes.',

  'reports.yearReport.meetings': 'Bijeenkomsten',
  'reports.yearReport.meetingsIntro':
    'Gehouden bijeenkomsten per soort, met het gemiddelde aantal aanwezigen en het gemiddelde aantal vertegenwoordigde organisaties per bijeenkomst.',
  'reports.yearReport.meetingsChart': 'Gehouden bijeenkomsten per soort',
  'reports.yearReport.meetingsCaption': 'Bijeenkomsten per soort',
  'reports.yearReport.meetingKind': 'Soort bijeenkomst',
  'reports.yearReport.held': 'Gehouden {period}',
  'reports.yearReport.averagePeople': 'Gem. aanwezigen {period}',
  'reports.yearReport.averageOrganisations': 'Gem. organisaties {period}',
  'reports.yearReport.meetingsTotal': 'Alle bijeenkomsten',
  'reports.yearReport.visionDocuments': 'Visiedocumenten',
  'reports.yearReport.visionDocumentsIntro':
    'Wat de themabijeenkomsten (en andere gehouden bijeenkomsten) aan visiedocumenten opleverden: {current} in {period}, {previous} in {previousPeriod}.',
  'reports.yearReport.visionDocumentsCaption': 'Visiedocumenten van gehouden bijeenkomsten',
  'reports.yearReport.visionDocumentTitle': 'Visiedocument',
  'reports.yearReport.visionDocumentMeeting': 'Bijeenkomst',
  'reports.yearReport.visionDocumentDate': 'Datum',
  'reports.yearReport.noVisionDocuments': 'Geen visiedocumenten in deze periode.',

  'reports.yearReport.support': 'Ondersteuning van raden',
  'reports.yearReport.supportIntro':
    'Activiteiten van de soort "ondersteuning" en de tijd die ze kostten. Een activiteit voor meer raden telt bij elke raad mee, maar in het totaal één keer.',
  'reports.yearReport.supportChart': 'Uren ondersteuning per vorm',
  'reports.yearReport.supportPerCouncilCaption': 'Ondersteuning per raad',
  'reports.yearReport.supportPerFormCaption': 'Ondersteuning per vorm',
  'reports.yearReport.council': 'Raad',
  'reports.yearReport.supportForm': 'Vorm',
  'reports.yearReport.activities': 'Activiteiten {period}',
  'reports.yearReport.hours': 'Uren {period}',
  'reports.yearReport.supportTotal': 'Alle ondersteuning',
  'reports.yearReport.noForm': 'Zonder vorm',
  'reports.yearReport.noSupport': 'Geen ondersteuning vastgelegd in deze periodes.',

  'reports.yearReport.siteVisits': 'Werkbezoeken',
  'reports.yearReport.siteVisitsIntro': 'Werkbezoeken en de locaties die werden bezocht.',
  'reports.yearReport.siteVisitsCaption': 'Werkbezoeken per locatie',
  'reports.yearReport.site': 'Locatie',
  'reports.yearReport.visits': 'Werkbezoeken {period}',
  'reports.yearReport.siteVisitsTotal': 'Alle werkbezoeken',
  'reports.yearReport.sitesTotal': 'Verschillende locaties',
  'reports.yearReport.noSiteVisits': 'Geen werkbezoeken vastgelegd in deze periodes.',

  'reports.yearReport.contacts': 'Contacten',
  'reports.yearReport.contactsIntro': 'Contacten met raden, leden en partners, per vorm.',
  'reports.yearReport.contactsChart': 'Contacten per vorm',
  'reports.yearReport.contactsCaption': 'Contacten per vorm',
  'reports.yearReport.contactForm': 'Vorm',
  'reports.yearReport.contactCount': 'Contacten {period}',
  'reports.yearReport.contactsTotal': 'Alle contacten',
  'reports.yearReport.noContacts': 'Geen contacten vastgelegd in deze periodes.',

  'reports.yearReport.advices': 'Adviezen',
  'reports.yearReport.advicesIntro':
    'Adviezen en brieven die de raden in de periode verzonden, en wat het college ermee deed.',
  'reports.yearReport.advicesCaption': 'Adviezen in cijfers',
  'reports.yearReport.figure': 'Cijfer',
  'reports.yearReport.advicesSent': 'Verzonden',
  'reports.yearReport.advicesJoint': 'Gezamenlijk (twee of meer raden)',
  'reports.yearReport.advicesJointShare': 'Aandeel gezamenlijk',
  'reports.yearReport.advicesResponded': 'Reactie van het college ontvangen',
  'reports.yearReport.advicesAdopted': 'Overgenomen (geheel of deels)',
  'reports.yearReport.advicesAdoptionRate': 'Overnamepercentage',
  'reports.yearReport.advicesNoResponse': 'Geen reactie ontvangen',
  'reports.yearReport.advicesMedian': 'Mediane tijd tot de reactie (dagen)',

  'reports.yearReport.signals': 'Signalen',
  'reports.yearReport.signalsIntro':
    'Praktijksignalen van de spreekuurpunten, hun weg naar de raden en terug.',
  'reports.yearReport.signalsCaption': 'Signalen in cijfers',
  'reports.yearReport.signalsReceived': 'Ontvangen',
  'reports.yearReport.signalsForwarded': 'Doorgestuurd naar een raad',
  'reports.yearReport.signalsFedBack': 'Teruggekoppeld aan het spreekuurpunt',

  'reports.yearReport.quickScans': 'Quick scans',
  'reports.yearReport.quickScansIntro':
    'Quickscans naar de cliëntenparticipatie met een gemeente: de uitgevoerde scans, wie antwoordden en de acties uit de plannen van aanpak.',
  'reports.yearReport.quickScansCaption': 'Quickscans in cijfers',
  'reports.yearReport.quickScansHeld': 'Uitgevoerde quickscans',
  'reports.yearReport.quickScansCouncilResponses': 'Antwoorden van raadsleden',
  'reports.yearReport.quickScansMunicipalityResponses': 'Antwoorden van de gemeente',
  'reports.yearReport.quickScansActionsCreated': 'Acties in een plan van aanpak gezet',
  'reports.yearReport.quickScansActionsDone': 'Acties gereed gemeld',

  'reports.yearReport.method': 'Zo is geteld',
  'reports.yearReport.methodPeriod':
    'De periode ervoor is bij een jaar het kalenderjaar ervoor, en bij een eigen periode even veel dagen direct ervoor. Data en tijden volgen de Nederlandse tijd.',
  'reports.yearReport.methodMeetings':
    'Een bijeenkomst telt in de periode waarin zij begon. Zij telt als gehouden als zij zo is gemarkeerd, of als zij is begonnen, niet is afgelast en er iemand als aanwezig is geregistreerd; een bijeenkomst zonder geregistreerde aanwezigen telt niet mee, omdat niet vaststaat dat zij doorging. De gemiddelden gaan over de gehouden bijeenkomsten; een organisatie telt mee als iemand die haar vertegenwoordigde aanwezig was.',
  'reports.yearReport.methodActivities':
    'Ondersteuning, werkbezoeken en contacten tellen op de datum van de activiteit. Uren komen uit de vastgelegde tijdsbesteding. Bij een werkbezoek zijn de locaties de bezochte organisaties.',
  'reports.yearReport.methodAdvices':
    'Een advies telt in de periode waarin het verzonden is. Het overnamepercentage is het deel dat (deels) is overgenomen van de adviezen waarop het college reageerde; "geen reactie" telt apart. De mediane tijd loopt van verzenden tot de reactie.',
  'reports.yearReport.methodSignals':
    'Een signaal telt als ontvangen op de datum van ontvangst, als doorgestuurd wanneer het in de periode naar minstens één raad ging, en als teruggekoppeld op de datum van de terugkoppeling.',
  'reports.yearReport.methodQuickScans':
    'Een quickscan telt als uitgevoerd in de periode waarin de antwoordperiode sloot, als de scan daarna gesloten, besproken of afgerond is; de antwoorden zijn die van deze scans. Een actie telt als gezet op de dag dat zij in het plan kwam, en als gereed op de dag dat zij gereed werd gemeld.',
} as const
