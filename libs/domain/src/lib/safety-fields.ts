/** The five safety fields of Kernbeleid Veiligheid (VNG), used to map themes and IVP priorities. */
export const SAFETY_FIELDS = [
  'VEILIGE_WOON_EN_LEEFOMGEVING',
  'BEDRIJVIGHEID_EN_VEILIGHEID',
  'JEUGD_EN_VEILIGHEID',
  'FYSIEKE_VEILIGHEID',
  'INTEGRITEIT_EN_VEILIGHEID',
] as const;
export type SafetyField = (typeof SAFETY_FIELDS)[number];
