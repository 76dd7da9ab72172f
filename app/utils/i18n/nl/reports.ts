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
    'Per raad en per kwartaal tellen we het werk van die raad: activiteiten waarbij de raad betrokken was (op de datum van de activiteit), signalen die naar de raad zijn doorgestuurd (op de datum van ontvangst) en adviezen van de raad (op de verzenddatum, of zolang het advies niet verstuurd is op de datum dat het is aangemaakt). Van het werk waaraan minstens één thema is gekoppeld, is het W&I-aandeel het deel met minstens één thema uit het domein Werk en inkomen. Werk zonder thema telt niet mee in het aandeel; het staat apart in de kolom "zonder thema". Kwartalen lopen volgens de Nederlandse tijd.',
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
} as const
