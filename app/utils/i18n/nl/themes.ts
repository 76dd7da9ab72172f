// Dutch messages of the themes pages.
export const themes = {
  'theme.listTitle': "Thema's",
  'theme.listIntro':
    "Eén themalijst voor het hele netwerk. Zoek raden die aan dezelfde thema's werken, of open een thema.",

  'theme.lookupTitle': "Welke raden werken aan al deze thema's?",
  'theme.lookupIntro':
    "Kies een of meer thema's. U ziet de actieve raden die aan álle gekozen thema's werken, de raden met de meeste aanwijzingen eerst.",
  'theme.lookupLegend': "Thema's om te combineren",
  'theme.lookupSubmit': 'Raden zoeken',
  'theme.lookupClear': 'Keuze wissen',
  'theme.lookupResultTitle': 'Resultaat',
  'theme.lookupResultIntro': 'Raden die werken aan: {themes}.',
  'theme.lookupNone': "Geen enkele actieve raad werkt aan al deze thema's.",

  'theme.overviewTitle': "Alle thema's",
  'theme.overviewIntro': 'Per thema het aantal actieve raden dat eraan werkt.',
  'theme.columnTheme': 'Thema',
  'theme.columnCouncils': 'Raden',
  'theme.columnStatus': 'Status',
  'theme.noThemes': "Er zijn nog geen thema's.",
  'theme.noThemesInDomain': "Geen thema's in dit domein.",
  'theme.active': 'In gebruik',
  'theme.retired': 'Vervallen',
  'theme.retiredSuffix': '{name} (vervallen)',

  'theme.newTitle': 'Thema toevoegen',
  'theme.newIntro': 'Voeg alleen een thema toe als het niet al onder een andere naam bestaat.',
  'theme.name': 'Naam',
  'theme.nameHint': 'Hoogstens 80 tekens.',
  'theme.domain': 'Domein',
  'theme.chooseDomain': 'Kies een domein',
  'theme.description': 'Toelichting',
  'theme.descriptionHint': 'Optioneel: wat valt onder dit thema.',
  'theme.create': 'Thema toevoegen',
  'theme.created': 'Thema "{name}" is toegevoegd.',
  'theme.nameTaken': 'Er bestaat al een thema met deze naam (hoofdletters tellen niet mee).',

  'theme.backToList': "Alle thema's",
  'theme.compare': "Combineren met andere thema's",
  'theme.sharedTitle': 'Welke raden delen dit thema?',
  'theme.sharedIntroCouncils':
    'Actieve raden die aan dit thema werken, de raden met de meeste aanwijzingen eerst.',
  'theme.sharedIntroAll':
    'Alle organisaties die aan dit thema werken, ook spreekuurpunten, partners en inactieve organisaties.',
  'theme.showAll': 'Ook andere organisaties en inactieve tonen',
  'theme.showCouncilsOnly': 'Alleen actieve raden tonen',
  'theme.sharedNoneCouncils': 'Er werken nog geen actieve raden aan dit thema.',
  'theme.sharedNoneAll': 'Er werken nog geen organisaties aan dit thema.',
  'theme.columnOrganisation': 'Organisatie',
  'theme.columnType': 'Soort',
  'theme.columnMunicipalities': 'Gemeenten',
  'theme.inactive': 'Inactief',
  'theme.noMunicipalities': 'Geen gemeente',
  'theme.taggedCount.one': 'Aan 1 organisatie gekoppeld.',
  'theme.taggedCount.other': 'Aan {count} organisaties gekoppeld.',
  'theme.retiredNotice':
    'Dit thema is vervallen: het wordt niet meer aangeboden bij nieuwe koppelingen. Organisaties die het al hebben, houden het.',

  'theme.editTitle': 'Naam en domein wijzigen',
  'theme.save': 'Opslaan',
  'theme.saved': 'De wijzigingen zijn opgeslagen.',
  'theme.statusTitle': 'In gebruik of vervallen',
  'theme.statusIntro':
    'Een vervallen thema wordt niet meer aangeboden bij nieuwe koppelingen. Organisaties die het al hebben, houden het, en deze pagina blijft bestaan.',
  'theme.retire': 'Laten vervallen',
  'theme.reactivate': 'Weer in gebruik nemen',
  'theme.retiredToast': 'Thema "{name}" is vervallen.',
  'theme.reactivatedToast': 'Thema "{name}" is weer in gebruik.',

  'theme.mergeTitle': 'Samenvoegen met een ander thema',
  'theme.mergeIntro':
    'Gebruik dit als twee thema\'s hetzelfde betekenen. Alles wat aan "{name}" gekoppeld is, gaat over naar het thema dat u kiest; een organisatie die beide thema\'s had, houdt er één. Daarna verdwijnt "{name}" uit de themalijst. Dit kan niet ongedaan worden gemaakt.',
  'theme.mergeTarget': 'Samenvoegen met',
  'theme.chooseTheme': 'Kies een thema',
  'theme.chooseTarget': 'Kies het thema waarmee u wilt samenvoegen.',
  'theme.mergeConfirm': 'Ik begrijp dat "{name}" verdwijnt en dat alle koppelingen verhuizen.',
  'theme.mergeConfirmRequired': 'Vink aan dat u begrijpt wat samenvoegen doet.',
  'theme.mergeSubmit': 'Samenvoegen',
  'theme.mergeSelf': 'Een thema kan niet met zichzelf worden samengevoegd. Kies een ander thema.',
  'theme.merged': '"{source}" is samengevoegd met "{target}".',

  'theme.audit.create': 'thema "{name}" aangemaakt ({domain})',
  'theme.audit.renamed': 'naam "{before}" → "{after}"',
  'theme.audit.domain': 'domein → {domain}',
  'theme.audit.description': 'toelichting gewijzigd',
  'theme.audit.retire': 'thema "{name}" laten vervallen',
  'theme.audit.reactivate': 'thema "{name}" weer in gebruik genomen',
  'theme.audit.merge':
    'thema "{source}" samengevoegd met "{target}" ({moved} koppelingen verplaatst, {dropped} dubbele vervallen)',
} as const
