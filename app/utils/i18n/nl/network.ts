// Dutch messages: the network picture (/netwerk).
export const network = {
  'nav.network': 'Netwerk',
} as const
