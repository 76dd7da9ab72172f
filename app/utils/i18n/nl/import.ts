// Dutch messages: the CSV import (/beheer/import) — upload, column mapping, preview with
// duplicates and errors per row, the report, and the audit trail.
export const csvImport = {
  'import.title': 'CSV importeren',
  'import.intro':
    'Organisaties of personen met hun lidmaatschappen overnemen uit een spreadsheet. U ziet eerst per rij wat er gebeurt; er wordt pas iets opgeslagen als u op Importeren drukt, en dan alles of niets.',
  'import.adminIntro': 'Organisaties en personen uit een CSV-bestand overnemen, met controle op dubbelen.',
  'import.stepLabel': 'Stap {step} van 3: {title}',
  'import.step.upload': 'bestand kiezen',
  'import.step.map': 'kolommen koppelen',
  'import.step.preview': 'controleren en importeren',

  'import.kind': 'Wat importeert u?',
  'import.kind.ORGANISATIONS': 'Organisaties',
  'import.kind.PEOPLE': 'Personen met lidmaatschappen',
  'import.kindHint.ORGANISATIONS': 'Naam, soort, gemeente(n), adres en contactgegevens.',
  'import.kindHint.PEOPLE':
    'Naam, e-mailadres, telefoon en de organisatie met rol en begindatum. De organisaties moeten al in Raadnet staan.',
  'import.file': 'CSV-bestand',
  'import.fileHint':
    'Met de kolomnamen op de eerste regel; gescheiden door puntkomma’s of komma’s; in UTF-8 of Windows-1252, zoals Excel en LibreOffice een CSV-bestand opslaan. Hoogstens {size} en {rows} rijen.',
  'import.upload': 'Bestand inlezen',
  'import.restart': 'Ander bestand kiezen',

  'import.error.kindRequired': 'Kies wat u importeert.',
  'import.error.fileRequired': 'Kies een CSV-bestand.',
  'import.error.tooLarge': 'Het bestand is groter dan {size}. Splits het in kleinere bestanden.',
  'import.error.empty': 'Het bestand is leeg.',
  'import.error.spreadsheet':
    'Dit is een Excel- of LibreOffice-bestand, geen CSV-bestand. Kies in uw spreadsheet “Opslaan als” en dan “CSV”.',
  'import.error.notText': 'Dit is geen CSV-bestand: het bevat geen tekst.',
  'import.error.unclosedQuote':
    'Rij {row}: een aanhalingsteken (") wordt nergens afgesloten, waardoor de rest van het bestand in één veld zou vallen.',
  'import.error.noHeader':
    'De eerste regel bevat gegevens in plaats van kolomnamen. Zet de kolomnamen (zoals Naam, E-mailadres, Gemeente) op de eerste regel.',
  'import.error.unnamedColumn':
    'Kolom {column} heeft geen naam op de eerste regel, maar er staan wel gegevens in. Geef de kolom een naam.',
  'import.error.repeatedColumn':
    'De kolomnaam “{column}” komt meer dan eens voor. Geef elke kolom een eigen naam.',
  'import.error.noRows': 'Het bestand bevat alleen kolomnamen en geen gegevens.',
  'import.error.tooManyRows': 'Het bestand heeft meer dan {max} rijen. Splits het in kleinere bestanden.',
  'import.error.uploadGone':
    'Dit bestand is er niet (meer): een ingelezen bestand blijft een dag bewaard. Kies het bestand opnieuw.',
  'import.error.busy': 'Dit bestand wordt al geïmporteerd. Wacht even en laad de pagina opnieuw.',
  'import.error.changed':
    'Er is niets geïmporteerd: de gegevens in Raadnet zijn veranderd sinds u het voorbeeld zag. Bekijk het bijgewerkte voorbeeld hieronder en kies opnieuw.',
  'import.error.rowsWithErrors':
    'Er is niets geïmporteerd. Deze rijen hebben fouten: {rows}. Verbeter ze in het bestand en lees het opnieuw in, of kies “Rijen met fouten overslaan”.',
  'import.error.undecided':
    'Er is niets geïmporteerd. Kies bij elke waarschijnlijke dubbel wat er moet gebeuren (rij {rows}).',
  'import.rowList.more': '{rows} en nog {count}',

  'import.fileSummary': '{file}: {rows}, gescheiden door {separator}, tekenset {encoding}.',
  'import.rows.one': '1 rij',
  'import.rows.other': '{count} rijen',
  'import.separator.semicolon': 'puntkomma’s',
  'import.separator.comma': 'komma’s',
  'import.separator.tab': 'tabs',
  'import.encoding.utf-8': 'UTF-8',
  'import.encoding.utf-16': 'UTF-16',
  'import.encoding.windows-1252': 'Windows-1252',
  'import.sample': 'De eerste rijen van het bestand',

  'import.mapping.title': 'Kolommen koppelen',
  'import.mapping.intro':
    'Kies per gegeven uit welke kolom van het bestand het komt. Raadnet stelt de koppeling van de vorige import voor en herkent gangbare kolomnamen; een kolom die u niet koppelt, wordt niet ingelezen.',
  'import.mapping.none': '— niet inlezen —',
  'import.mapping.required': 'Koppel dit verplichte gegeven aan een kolom.',
  'import.mapping.unknownColumn': 'Het bestand heeft geen kolom “{column}”.',
  'import.mapping.columnTwice': 'De kolom “{column}” is al aan een ander gegeven gekoppeld.',
  'import.mapping.submit': 'Voorbeeld tonen',
  'import.mapping.change': 'Koppeling van de kolommen wijzigen',

  'import.field.ORGANISATIONS.name': 'Naam',
  'import.field.ORGANISATIONS.type': 'Soort organisatie',
  'import.field.ORGANISATIONS.municipalities': 'Gemeente(n)',
  'import.field.ORGANISATIONS.address': 'Adres',
  'import.field.ORGANISATIONS.postcode': 'Postcode',
  'import.field.ORGANISATIONS.city': 'Plaats',
  'import.field.ORGANISATIONS.email': 'E-mailadres',
  'import.field.ORGANISATIONS.phone': 'Telefoon',
  'import.field.ORGANISATIONS.website': 'Website',
  'import.field.PEOPLE.name': 'Naam',
  'import.field.PEOPLE.email': 'E-mailadres',
  'import.field.PEOPLE.phone': 'Telefoon',
  'import.field.PEOPLE.organisation': 'Organisatie',
  'import.field.PEOPLE.role': 'Rol',
  'import.field.PEOPLE.startDate': 'Begindatum',
  'import.field.PEOPLE.endDate': 'Einddatum',
  'import.field.PEOPLE.memberships': 'Organisaties met rol',
  'import.fieldHint.ORGANISATIONS.type':
    'Zoals Raadnet de soort noemt, bijvoorbeeld Wmo-adviesraad of Spreekuurpunt.',
  'import.fieldHint.ORGANISATIONS.municipalities':
    'Naam of CBS-code (zoals GM0080); meer gemeenten gescheiden door komma’s.',
  'import.fieldHint.PEOPLE.organisation': 'De naam van een actieve organisatie in Raadnet.',
  'import.fieldHint.PEOPLE.role': 'Bijvoorbeeld Voorzitter, Secretaris of Lid.',
  'import.fieldHint.PEOPLE.startDate': 'Als dd-mm-jjjj of jjjj-mm-dd.',
  'import.fieldHint.PEOPLE.endDate': 'Als dd-mm-jjjj of jjjj-mm-dd; leeg voor een lopend lidmaatschap.',
  'import.fieldHint.PEOPLE.memberships':
    'Zoals de personenlijst ze exporteert: Organisatie (rol), Organisatie (rol).',

  'import.value.overflow':
    'Deze rij heeft meer velden dan er kolommen zijn. Staat er een scheidingsteken in een veld zonder aanhalingstekens?',
  'import.value.unknownType':
    'Onbekende soort organisatie. Gebruik een soort uit Raadnet, bijvoorbeeld Wmo-adviesraad.',
  'import.value.unknownMunicipality': 'Onbekende gemeente. Gebruik de naam of de CBS-code.',
  'import.value.mergedMunicipality': '{name} bestaat niet meer; gebruik {successors}.',
  'import.value.unknownOrganisation':
    'Deze organisatie staat niet in Raadnet. Voeg haar eerst toe, of importeer eerst de organisaties.',
  'import.value.inactiveOrganisation': 'Deze organisatie is niet meer actief.',
  'import.value.ambiguousOrganisation':
    'Er zijn meer actieve organisaties met deze naam, zodat niet duidelijk is welke bedoeld is.',
  'import.value.organisationRequired': 'Vul de organisatie in bij een rol of datum.',
  'import.value.roleRequired': 'Vul de rol in bij de organisatie.',
  'import.value.unknownRole': 'Onbekende rol. Gebruik een rol uit Raadnet, bijvoorbeeld Voorzitter of Lid.',
  'import.value.date': 'Geen geldige datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 01-03-2024.',
  'import.value.memberships': 'Schrijf organisaties met rol als: Organisatie (rol), Organisatie (rol).',

  'import.preview.title': 'Voorbeeld',
  'import.preview.summary': '{rows}: {new} nieuw, {duplicate} waarschijnlijk dubbel, {error} met fouten.',
  'import.preview.errorsTitle': 'Rijen met fouten',
  'import.preview.errorsIntro':
    'Deze rijen kunnen niet worden geïmporteerd. Verbeter ze in het bestand en lees het opnieuw in, of sla ze over.',
  'import.preview.duplicatesTitle': 'Waarschijnlijke dubbelen',
  'import.preview.duplicatesIntro.ORGANISATIONS':
    'Deze rijen lijken op een organisatie in Raadnet of op een rij hoger in het bestand. Overslaan laat de rij weg; samenvoegen vult lege velden van de organisatie aan; toch aanmaken maakt een nieuwe organisatie.',
  'import.preview.duplicatesIntro.PEOPLE':
    'Deze rijen lijken op een persoon in Raadnet of op een rij hoger in het bestand. Overslaan laat de rij weg; samenvoegen vult lege velden van de persoon aan en voegt het lidmaatschap toe; toch aanmaken maakt een nieuwe persoon.',
  'import.preview.newTitle': 'Nieuw',
  'import.preview.column.row': 'Rij',
  'import.preview.column.name': 'Naam',
  'import.preview.column.details': 'Gegevens',
  'import.preview.column.errors': 'Fouten',
  'import.preview.column.matches': 'Lijkt op',
  'import.preview.column.choice': 'Keuze',
  'import.preview.matchRow': '{name} (rij {row} van dit bestand)',
  'import.preview.reason.sameEmail': 'zelfde e-mailadres',
  'import.preview.reason.sameNameInOrganisation': 'zelfde naam bij dezelfde organisatie',
  'import.preview.reason.sameNameAndMunicipality': 'zelfde naam en gemeente',
  'import.preview.membership': '{organisation} ({role})',
  'import.preview.error': '{field}: {message}',
  'import.preview.errorWithValue': '{field} “{value}”: {message}',
  'import.preview.rowField': 'Rij',

  'import.choice.all': 'Voor alle dubbelen zonder eigen keuze',
  'import.choice.asAll': 'Zoals voor alle dubbelen',
  'import.choice.skip': 'Overslaan',
  'import.choice.merge': 'Samenvoegen',
  'import.choice.create': 'Toch aanmaken',
  'import.choice.rowLabel': 'Keuze voor rij {row} ({name})',
  'import.skipErrors': 'Rijen met fouten overslaan ({count})',
  'import.submit': 'Importeren',

  'import.report.title': 'Import voltooid',
  'import.report.intro': '{file} is geïmporteerd op {date}.',
  'import.report.caption': 'Resultaat van de import',
  'import.report.created.ORGANISATIONS': 'Nieuwe organisaties',
  'import.report.created.PEOPLE': 'Nieuwe personen',
  'import.report.merged': 'Samengevoegd met een bestaande',
  'import.report.skippedDuplicates': 'Overgeslagen dubbelen',
  'import.report.skippedErrors': 'Overgeslagen rijen met fouten',
  'import.report.membershipsAdded': 'Toegevoegde lidmaatschappen',
  'import.report.count': 'Aantal',
  'import.report.toList.ORGANISATIONS': 'Naar de organisaties',
  'import.report.toList.PEOPLE': 'Naar de personen',
  'import.report.again': 'Nog een bestand importeren',
  'import.done': 'Import voltooid: {created} nieuw, {merged} samengevoegd, {skipped} overgeslagen.',

  'import.audit.organisations':
    'CSV-import van organisaties uit {file}: {created} nieuw, {merged} samengevoegd, {skipped} overgeslagen.',
  'import.audit.people':
    'CSV-import van personen uit {file}: {created} nieuw, {merged} samengevoegd, {skipped} overgeslagen, {membershipsAdded} lidmaatschappen toegevoegd.',
  'import.audit.merged': 'Aangevuld uit CSV-import {file}: {fields}.',
  'import.audit.field.address': 'adres',
  'import.audit.field.postcode': 'postcode',
  'import.audit.field.city': 'plaats',
  'import.audit.field.email': 'e-mailadres',
  'import.audit.field.phone': 'telefoon',
  'import.audit.field.website': 'website',
  'import.audit.field.municipalities': 'gemeenten',
  'import.audit.field.memberships': 'lidmaatschappen',
} as const
