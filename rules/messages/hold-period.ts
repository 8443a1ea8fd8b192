/**
 * The hold-period rule's words in English and French: the citation (NI 45-102 s.2.5 / Règlement 45-102,
 * art. 2.5), the reasons, and the sentence that states the hold period. (The rule: rules/hold-period.ts.)
 */

export const HOLD_TEXTS = {
  en: {
    citation: 'NI 45-102 s.2.5 (restricted period of four months and a day; TSX-V Exchange Hold Period)',
    citationAlone: 'NI 45-102 s.2.5 (restricted period of four months and a day)',
    missing: 'Missing hold period of the securities issued, expected “four months and one day”',
    why:
      'securities issued under a prospectus exemption may not be traded for four months and a day after the ' +
      'distribution date; the closing release states the hold period and, where known, its expiry date.',
    // Beside a LIFE offering (free trading), the hold is the concurrent placement's.
    fix: (expiry?: string, concurrent = false) =>
      ` The securities issued${concurrent ? ' under the concurrent placement' : ''} are subject to a hold period of ` +
      'four months and one day ' +
      (expiry ? `expiring on ${expiry}.` : 'from the closing date.'),
    four: 'Unexpected “four months” hold period, expected “four months and one day”',
    fourWhy:
      'the restricted period ends four months and a day after the distribution date; "four months" alone understates it.',
    andDay: ' and one day',
    period: (stated: string) => `Unexpected hold period of “${stated}”, expected “four months and one day”`,
    periodWhy: 'the restricted period is four months and a day after the distribution date, not another period.',
    fourAndDay: 'four months and one day',
    // "until and including" a date: the restriction's last day, the day before the period ends.
    expiry: (text: string, closed: string, inclusive = false) =>
      `Unexpected hold expiry date, expected ${text} (${closed} + four months and one day` +
      (inclusive ? ', less the day it ends: the last day restricted)' : ')'),
    expiryWhy: (closed: string, text: string) =>
      `the restricted period ends four months and a day after the distribution date, ${closed}; it expires on ${text}.`,
    today: ' (the release’s date: it states the closing as of today)',
    closed: ' (the release’s date: it announces the closing without a date)',
    before: (said: string, dated: string) => ` (“${said}”: the release is dated ${dated})`,
    monthEnd:
      ' The fourth month after the distribution has no such day: NI 45-102 does not say how its end is counted ' +
      "(here: that month's last day, + one day); verify the date."
  },
  fr: {
    citation:
      'Règlement 45-102, art. 2.5 (période de restriction de quatre mois et un jour ; période de détention de la ' +
      'Bourse de croissance TSX)',
    citationAlone: 'Règlement 45-102, art. 2.5 (période de restriction de quatre mois et un jour)',
    missing: 'Il manque la période de détention des titres émis ; attendu : « quatre mois et un jour »',
    why:
      'les titres émis sous le régime d’une dispense de prospectus ne peuvent être négociés avant quatre mois et un ' +
      'jour après la date du placement ; le communiqué de clôture indique la période de détention et, si elle est ' +
      'connue, sa date d’expiration.',
    fix: (expiry?: string, concurrent = false) =>
      ` Les titres émis${concurrent ? ' dans le cadre du placement concomitant' : ''} sont assujettis à une période ` +
      'de détention de quatre mois et un jour ' +
      (expiry ? `expirant le ${expiry}.` : 'à compter de la date de clôture.'),
    four: 'Période de détention de « quatre mois » inattendue ; attendu : « quatre mois et un jour »',
    fourWhy:
      'la période de restriction prend fin quatre mois et un jour après la date du placement ; « quatre mois » seul ' +
      'la sous-estime.',
    andDay: ' et un jour',
    period: (stated: string) =>
      `Période de détention de « ${stated} » inattendue ; attendu : « quatre mois et un jour »`,
    periodWhy:
      'la période de restriction est de quatre mois et un jour après la date du placement, non une autre durée.',
    fourAndDay: 'quatre mois et un jour',
    expiry: (text: string, closed: string, inclusive = false) =>
      `Date d’expiration de la période de détention inattendue ; attendu : ${text} (${closed} + quatre mois et un jour` +
      (inclusive ? ', moins le jour où elle prend fin : le dernier jour de restriction)' : ')'),
    expiryWhy: (closed: string, text: string) =>
      `la période de restriction prend fin quatre mois et un jour après la date du placement, ${closed} ; elle expire le ${text}.`,
    today: ' (la date du communiqué : il annonce la clôture en date d’aujourd’hui)',
    closed: ' (la date du communiqué : il annonce la clôture sans en donner la date)',
    before: (said: string, dated: string) => ` (« ${said} » : le communiqué est daté du ${dated})`,
    monthEnd:
      ' Le quatrième mois après le placement n’a pas ce jour : le Règlement 45-102 ne dit pas comment en compter la ' +
      'fin (ici : le dernier jour de ce mois, plus un jour) ; vérifier la date.'
  }
} as const
