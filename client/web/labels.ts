/**
 * The one label table of the reference front end: the Dutch label and display format of every field it shows, the
 * Dutch name of every enum value, and why a value was not disclosed. Views look labels up here by field name and
 * never write their own, so a field reads the same in the dossier, the cases and the inquiry.
 */
export type Format = 'text' | 'money' | 'date' | 'dateTime' | 'percent' | 'count' | 'yesNo' | 'enum' | 'organisation';

export interface FieldLabel {
  label: string;
  format: Format;
}

const field = (label: string, format: Format = 'text'): FieldLabel => ({ label, format });

/**
 * By GraphQL field name; a name means the same wherever it occurs in the schema. The order is the order in which a
 * record's values are shown (the gateway's answer has its own).
 */
export const FIELD_LABELS: Readonly<Record<string, FieldLabel>> = {
  // the partners' sections and their parts
  regie: field('Ketenbureau'),
  gemeente: field('Gemeente'),
  uwv: field('UWV'),
  svb: field('SVB'),
  toeslagen: field('Dienst Toeslagen'),
  woningcorporatie: field('Woningcorporatie'),
  socialAssistance: field('Bijstand'),
  debtHelp: field('Schuldhulpverlening'),
  wmoSupport: field('Wmo-ondersteuning'),
  benefits: field('Uitkeringen'),
  incomeRelations: field('Inkomstenverhoudingen'),
  aow: field('AOW-pensioen'),
  childBenefit: field('Kinderbijslag'),
  allowances: field('Toeslagen'),
  recoveries: field('Terugvorderingen'),
  tenancy: field('Huurovereenkomst'),
  address: field('Adres'),
  rentArrears: field('Huurachterstand'),
  collectionSteps: field('Incassostappen'),
  // values, in the order a card shows them: what it is, its state, when, how much
  bsn: field('BSN'),
  type: field('Soort', 'enum'),
  kind: field('Soort', 'enum'),
  allowanceKind: field('Soort toeslag', 'enum'),
  step: field('Stap', 'enum'),
  employer: field('Werkgever'),
  status: field('Status', 'enum'),
  household: field('Leefsituatie', 'enum'),
  disabilityClass: field('Arbeidsongeschiktheidsklasse', 'enum'),
  healthLimitation: field('Gezondheidsbeperking'),
  year: field('Jaar'),
  date: field('Datum', 'date'),
  startDate: field('Ingangsdatum', 'date'),
  endDate: field('Einddatum', 'date'),
  street: field('Straat'),
  houseNumber: field('Huisnummer'),
  postalCode: field('Postcode'),
  city: field('Plaats'),
  normAmount: field('Normbedrag per maand', 'money'),
  monthlyAmount: field('Bedrag per maand', 'money'),
  quarterlyAmount: field('Bedrag per kwartaal', 'money'),
  monthlyWage: field('Loon per maand', 'money'),
  monthlyAdvance: field('Voorschot per maand', 'money'),
  monthlyRent: field('Huur per maand', 'money'),
  amount: field('Bedrag', 'money'),
  totalDebt: field('Totale schuld', 'money'),
  originalAmount: field('Oorspronkelijk bedrag', 'money'),
  amountOutstanding: field('Openstaand bedrag', 'money'),
  paymentArrangement: field('Betalingsregeling', 'yesNo'),
  months: field('Aantal maanden', 'count'),
  creditorCount: field('Aantal schuldeisers', 'count'),
  hoursPerWeek: field('Uren per week', 'count'),
  accrualPercentage: field('Opbouwpercentage', 'percent'),
  numberOfChildren: field('Aantal kinderen', 'count'),
  // cases, roles and history
  model: field('Samenwerkingsvorm', 'enum'),
  version: field('Versie', 'count'),
  activity: field('Verwerkingsactiviteit'),
  openedAt: field('Geopend op', 'dateTime'),
  openedBy: field('Geopend door', 'organisation'),
  lead: field('Regie bij', 'organisation'),
  cases: field('Zaken'),
  roles: field('Rollen'),
  role: field('Rol', 'enum'),
  validUntil: field('Geldig tot', 'dateTime'),
  history: field('Geschiedenis'),
  at: field('Tijdstip', 'dateTime'),
  actor: field('Door', 'organisation'),
  subject: field('Betreft', 'organisation'),
  reason: field('Reden'),
  expiresAt: field('Verloopt op', 'dateTime'),
  to: field('Aan', 'organisation'),
  // the holder who offers a handover (the case's lead), in the list of waiting handovers
  from: field('Van', 'organisation'),
  // the disclosure log
  recipient: field('Ontvanger', 'organisation'),
  purpose: field('Doel'),
  legalBasis: field('Grondslag'),
  fields: field('Verstrekte gegevens'),
  refusedFields: field('Geweigerde gegevens'),
};

/** The Dutch name of every enum value the pages show, by value (a value's name means the same in every enum). */
export const VALUE_LABELS: Readonly<Record<string, string>> = {
  // SocialAssistanceStatus, DebtHelpStatus, CaseStatus
  APPLIED: 'Aangevraagd',
  GRANTED: 'Toegekend',
  SUSPENDED: 'Opgeschort',
  ENDED: 'Beëindigd',
  REJECTED: 'Afgewezen',
  REGISTERED: 'Aangemeld',
  STABILISATION: 'Stabilisatie',
  DEBT_ARRANGEMENT: 'Schuldregeling',
  AFTERCARE: 'Nazorg',
  CLOSED: 'Afgesloten',
  OPEN: 'Open',
  // HouseholdType
  SINGLE: 'Alleenstaand',
  SINGLE_PARENT: 'Alleenstaande ouder',
  COUPLE: 'Gehuwd of samenwonend',
  // WmoSupportType
  HOUSEHOLD_HELP: 'Huishoudelijke hulp',
  DAY_ACTIVITIES: 'Dagbesteding',
  HOME_ADAPTATION: 'Woningaanpassing',
  MOBILITY_AID: 'Vervoersvoorziening',
  SUPPORTED_LIVING: 'Begeleid wonen',
  // UwvBenefitType, DisabilityClass
  WW: 'WW-uitkering',
  WIA_WGA: 'WIA-uitkering (WGA)',
  WIA_IVA: 'WIA-uitkering (IVA)',
  CLASS_35_45: '35 tot 45%',
  CLASS_45_55: '45 tot 55%',
  CLASS_55_65: '55 tot 65%',
  CLASS_65_80: '65 tot 80%',
  CLASS_80_100: '80 tot 100%',
  // AllowanceKind
  RENT_ALLOWANCE: 'Huurtoeslag',
  CARE_ALLOWANCE: 'Zorgtoeslag',
  // CollectionStepType
  REMINDER: 'Herinnering',
  SECOND_REMINDER: 'Aanmaning',
  HOUSE_VISIT: 'Huisbezoek',
  REFERRAL_TO_DEBT_HELP: 'Doorverwijzing naar schuldhulp',
  BAILIFF: 'Deurwaarder',
  // CoordinationModel
  MAIN_CONTRACTOR: 'Hoofdaannemer',
  RELAY: 'Estafette',
  DIRECTOR: 'Regisseur',
  // CaseRole (MAIN_CONTRACTOR and DIRECTOR above)
  SUBCONTRACTOR: 'Onderaannemer',
  RELAY_HOLDER: 'Estafettehouder',
  CONTRIBUTOR: 'Bijdrager',
  // CaseEventKind
  CASE_OPENED: 'Zaak geopend',
  ROLE_ASSIGNED: 'Rol toegekend',
  ROLE_REVOKED: 'Rol ingetrokken',
  LEAD_REPLACED: 'Regie vervangen',
  HANDOVER_PROPOSED: 'Overdracht voorgesteld',
  HANDOVER_ACCEPTED: 'Overdracht geaccepteerd',
  HANDOVER_REJECTED: 'Overdracht geweigerd',
  DIRECTOR_APPOINTED: 'Regisseur benoemd',
  CASE_CLOSED: 'Zaak gesloten',
};

/** Why a partner did not disclose a value, by the NOT_DISCLOSED error's `extensions.reason`. */
export const UNDISCLOSED_REASONS: Readonly<Record<string, string>> = {
  NO_ROLE: 'uw organisatie heeft geen rol in een open zaak van deze cliënt die dit gegeven mag ontvangen',
  PURPOSE: 'de gekozen verwerkingsactiviteit staat dit gegeven niet toe',
  ROLES_UNAVAILABLE: 'de rollen konden nu niet worden gecontroleerd; probeer het later opnieuw',
};

export function labelOf(name: string): FieldLabel {
  return FIELD_LABELS[name] ?? field(name);
}

const ORDER = new Map(Object.keys(FIELD_LABELS).map((name, index) => [name, index]));

/** Compares two field names by their place in the label table; names it lacks come last. */
export function byTableOrder(a: string, b: string): number {
  return (ORDER.get(a) ?? ORDER.size) - (ORDER.get(b) ?? ORDER.size);
}

export function valueLabel(value: string): string {
  return VALUE_LABELS[value] ?? value;
}
