// Dutch messages: the network picture (/netwerk).
export const network = {
  'nav.network': 'Netwerk',

  'network.title': 'Netwerk',
  'network.intro': 'Wie is met wie verbonden: organisaties als punten, verbindingen als lijnen.',
  'network.introTheme': 'Wie is met wie verbonden rond het thema {theme}.',
  'network.howTitle': 'Hoe dit beeld tot stand komt',
  'network.how':
    'Drie soorten verbindingen: relaties die bij de organisaties zijn vastgelegd (zoals "werkt samen met"), adviezen die raden samen schreven, en themabijeenkomsten waar van beide organisaties iemand aanwezig was. Adviezen en bijeenkomsten tellen in de gekozen periode. Opgeheven organisaties staan er niet in.',
  'network.howMeetings':
    'Alleen themabijeenkomsten tellen als gedeelde bijeenkomst: bijna elke raad komt naar de provinciale uitwisselingsbijeenkomsten, dus daar samen zijn zegt weinig over samenwerken.',
  'network.howTheme':
    'Met een thema ziet u alleen organisaties die aan dat thema werken (het thema is bij hen vastgelegd, of ze werkten er in de periode aan) en telt u alleen de adviezen en themabijeenkomsten over dat thema.',
  'network.howSize':
    'Hoe meer verbindingen, hoe groter het punt; hoe meer relaties, adviezen of bijeenkomsten, hoe dikker de lijn. Een punt opent de pagina van de organisatie; onder het beeld staan alle verbindingen ook als lijst.',

  'network.filters': 'Filters',
  'network.filterTheme': 'Thema',
  'network.anyTheme': 'Alle thema’s',
  'network.filterMunicipality': 'Gemeente',
  'network.anyMunicipality': 'Alle gemeenten',
  'network.filterScope': 'Organisaties',
  'network.scope.raden': 'Alleen raden',
  'network.scope.alle': 'Alle soorten organisaties',
  'network.filterFrom': 'Periode van',
  'network.filterTo': 'Periode tot en met',
  'network.filterKinds': 'Verbindingen',
  'network.show': 'Toon netwerk',
  'network.reset': 'Standaardfilters',
  'network.unknownTheme':
    'Het gekozen thema bestaat niet (meer). Het netwerk staat hieronder zonder themafilter.',
  'network.unknownMunicipality':
    'De gekozen gemeente bestaat niet (meer). Het netwerk staat hieronder zonder gemeentefilter.',
  'network.noKinds': 'Er zijn geen soorten verbindingen gekozen: u ziet alleen de organisaties.',
  'network.empty':
    'Geen organisaties bij deze filters. Kies een ander thema, een langere periode of alle soorten organisaties.',

  'network.kind.relation': 'Relaties',
  'network.kind.advice': 'Gezamenlijke adviezen',
  'network.kind.meeting': 'Gedeelde themabijeenkomsten',
  'network.lineStyle.relation': 'doorgetrokken lijn',
  'network.lineStyle.advice': 'gestreepte lijn',
  'network.lineStyle.meeting': 'gestippelde lijn',

  'network.pictureTitle': 'Netwerkbeeld',
  'network.pictureTitleTheme': 'Netwerkbeeld rond {theme}',
  'network.pictureSummary':
    'Organisaties: {organisations}. Verbindingen: {links} (relaties: {relations}, gezamenlijke adviezen: {advices}, gedeelde themabijeenkomsten: {meetings}).',
  'network.pictureListHint': 'Dezelfde gegevens staan in de lijst onder het beeld.',
  'network.nodeTitle': '{name} ({type}), {connections}',
  'network.connections.none': 'geen verbindingen',
  'network.connections.one': '1 verbinding',
  'network.connections.other': '{count} verbindingen',
  'network.linkTitle.advice.one': '{source} en {target}: 1 gezamenlijk advies',
  'network.linkTitle.advice.other': '{source} en {target}: {count} gezamenlijke adviezen',
  'network.linkTitle.meeting.one': '{source} en {target}: 1 gedeelde themabijeenkomst',
  'network.linkTitle.meeting.other': '{source} en {target}: {count} gedeelde themabijeenkomsten',
  'network.linkTitle.relation': '{from} {relation} {to}',

  'network.legendTitle': 'Legenda',
  'network.legendTypes': 'Soorten organisaties',
  'network.legendShapes':
    'Rond: een raad. Vierkant: een andere organisatie. De letters in het punt geven de soort.',
  'network.legendSize': 'Groter punt: meer verbindingen.',
  'network.legendLinks': 'Soorten verbindingen',
  'network.legendWidth': 'Dikkere lijn: meer relaties, adviezen of bijeenkomsten.',

  'network.typeAbbr.CLIENT_COUNCIL_WI': 'W&I',
  'network.typeAbbr.WMO_COUNCIL': 'Wmo',
  'network.typeAbbr.SOCIAL_DOMAIN_COUNCIL': 'SD',
  'network.typeAbbr.YOUTH_COUNCIL': 'JR',
  'network.typeAbbr.WSW_COUNCIL': 'Wsw',
  'network.typeAbbr.CLIENT_PANEL': 'CP',
  'network.typeAbbr.UWV_COUNCIL': 'UWV',
  'network.typeAbbr.SUPPORT_POINT': 'SP',
  'network.typeAbbr.SUPPORT_ORG': 'Stp',
  'network.typeAbbr.PARTNER': 'P',
  'network.typeAbbr.SITE': 'WB',
  'network.typeAbbr.MUNICIPALITY_OFFICE': 'Gem',
  'network.typeAbbr.NATIONAL_BODY': 'L',

  'network.listTitle': 'Verbindingen per organisatie',
  'network.listIntro': 'Dezelfde organisaties en verbindingen als in het netwerkbeeld, als tekst.',
  'network.listNone': 'Geen verbindingen bij deze filters.',
  'network.connection.advice.one': '1 gezamenlijk advies',
  'network.connection.advice.other': '{count} gezamenlijke adviezen',
  'network.connection.meeting.one': '1 gedeelde themabijeenkomst',
  'network.connection.meeting.other': '{count} gedeelde themabijeenkomsten',
  'network.relationJoin': ' en ',
} as const
