// Dutch messages: documents (/documenten), uploads and downloads.
export const documents = {
  'nav.documents': 'Documenten',
} as const
