/**
 * The related-party rule's words in English and French: a French release is told in French, citing the
 * Règlement 61-101 sur les mesures de protection des porteurs minoritaires lors d’opérations particulières (the
 * Norme multilatérale 61-101 outside Québec), with the French paragraph as the fix. The French paragraph is the
 * form Québec issuers print; like the English one, its exact wording is not mandated.
 */
import type {Language} from '../../src/model/model.js'
import {guillemets} from './french.js'

export interface RelatedPartyTexts {
  named: string
  exempt: string
  shortPeriod: string
  cause: (quoted: string) => string
  where: (line: number) => string
  /** What each note cites, before its text: TSX-V Policy 5.9, through which MI 61-101 binds TSX-V issuers, for them only. */
  citation: (tsxv: boolean) => string
  missing: {reason: (cause: string) => string; note: string}
  elements: {
    named: string
    exemptions: string
    basis: string
    reason: (labels: readonly string[], cause: string) => string
    note: string
    /** When only the naming is missing: the exemptions and their facts are disclosed. */
    unnamedNote: string
  }
  sections: {reason: (cause: string) => string; note: string}
  miscited: {reason: (written: string, expected: string) => string; note: string}
  short: {reason: (cause: string) => string; note: string}
}

const CITATION = 'MI 61-101 ss.5.5, 5.7(1) and 5.2(2)'
const CITATION_FR = 'Règlement 61-101, articles 5.5 et 5.7 et paragraphe 2 de l’article 5.2'

export const NAMED =
  'The participation of the insiders is a “related party transaction” within the meaning of Multilateral ' +
  'Instrument 61-101 – Protection of Minority Security Holders in Special Transactions (“MI 61-101”).'
export const EXEMPT =
  'The Company relies on the exemptions from the formal valuation and minority shareholder approval requirements ' +
  'in sections 5.5(a) and 5.7(1)(a) of MI 61-101, as neither the fair market value of the securities issued to ' +
  'the insiders nor the consideration paid by them exceeds 25% of the Company’s market capitalization.'
export const SHORT_PERIOD =
  'The Company did not file a material change report at least 21 days before the closing because [state the reason]; it ' +
  'considers the shorter period reasonable and necessary in the circumstances.'

export const NAMED_FR =
  'La participation des initiés constitue une opération avec une personne apparentée au sens du Règlement 61-101 ' +
  `sur les mesures de protection des porteurs minoritaires lors d’opérations particulières (le ${guillemets('Règlement 61-101')}).`
export const EXEMPT_FR =
  'La Société se prévaut des dispenses de l’obligation d’obtenir une évaluation officielle et de l’approbation des ' +
  'porteurs minoritaires prévues aux articles 5.5 a) et 5.7 1) a) du Règlement 61-101, puisque ni la juste valeur ' +
  'marchande des titres émis aux initiés ni la contrepartie qu’ils ont versée ne dépasse 25\u00a0% de la ' +
  'capitalisation boursière de la Société.'
export const SHORT_PERIOD_FR =
  'La Société n’a pas déposé de déclaration de changement important au moins 21 jours avant la clôture parce que ' +
  '[indiquer la raison] ; elle juge ce délai plus court raisonnable et nécessaire dans les circonstances.'

export const RELATED_PARTY_TEXTS: Record<Language, RelatedPartyTexts> = {
  en: {
    named: NAMED,
    exempt: EXEMPT,
    shortPeriod: SHORT_PERIOD,
    cause: (quoted) => `a related party takes part: “${quoted}”`,
    where: (line) => ` (the participation: line ${line})`,
    citation: (tsxv) => `${CITATION}${tsxv ? ' (TSX-V Policy 5.9)' : ''}: `,
    missing: {
      reason: (cause) =>
        `Missing MI 61-101 related party transaction paragraph, expected it after the participation; ${cause}`,
      note:
        `a related party's participation is a related party transaction; the release must name it ` +
        `so, disclose the exemptions from the formal valuation and minority approval requirements relied on and ` +
        `the facts supporting them.`
    },
    elements: {
      named: '“related party transaction” within the meaning of MI 61-101',
      exemptions: 'the exemptions relied on',
      basis: 'the facts supporting them (fair market value not more than 25% of market capitalization)',
      reason: (labels, cause) => `Missing ${labels.join(', ')} in the MI 61-101 paragraph; ${cause}`,
      note:
        `the exemptions from the formal valuation and minority approval requirements are available only ` +
        `if the exemption relied on and the facts supporting it are disclosed.`,
      unnamedNote:
        `the exemptions relied on and the facts supporting them are disclosed, as s.5.7(1) asks; ` +
        `calling the participation a related party transaction within the meaning of MI 61-101 says why they are ` +
        `needed (market practice).`
    },
    sections: {
      reason: (cause) =>
        `Missing the sections of MI 61-101 relied on, expected “sections 5.5(a) and 5.7(1)(a)” (or the others); ${cause}`,
      note: `name the exemption relied on by its section, as MI 61-101 s.5.7(1) asks it be disclosed.`
    },
    miscited: {
      reason: (written, expected) => `Unexpected “${written}”, expected “${expected}”`,
      note: `the minority approval exemptions are in subsection 5.7(1) of MI 61-101.`
    },
    short: {
      reason: (cause) =>
        `Missing the reason the material change report was filed less than 21 days before the closing; ${cause}`,
      note:
        `where the material change report is filed less than 21 days before the closing, the news ` +
        `release explains why the shorter period is reasonable and necessary (s.5.2(2); exact wording unconfirmed).`
    }
  },
  fr: {
    named: NAMED_FR,
    exempt: EXEMPT_FR,
    shortPeriod: SHORT_PERIOD_FR,
    cause: (quoted) => `une personne apparentée participe : ${guillemets(quoted)}`,
    where: (line) => ` (la participation : ligne ${line})`,
    citation: (tsxv) => `${CITATION_FR}${tsxv ? ' (Politique 5.9 de la Bourse de croissance TSX)' : ''} : `,
    missing: {
      reason: (cause) =>
        'Il manque, après la participation, le paragraphe sur l’opération avec une personne apparentée ' +
        `(Règlement 61-101) ; ${cause}`,
      note:
        `la participation d’une personne apparentée est une opération avec une personne ` +
        'apparentée ; le communiqué doit la nommer ainsi et indiquer les dispenses de l’évaluation officielle et de ' +
        'l’approbation des porteurs minoritaires invoquées, ainsi que les faits qui les justifient.'
    },
    elements: {
      named: `la mention ${guillemets('opération avec une personne apparentée')} au sens du Règlement 61-101`,
      exemptions: 'les dispenses invoquées',
      basis: 'les faits qui les justifient (juste valeur marchande d’au plus 25\u00a0% de la capitalisation boursière)',
      reason: (labels, cause) => `Il manque ${labels.join(', ')} dans le paragraphe sur le Règlement 61-101 ; ${cause}`,
      note:
        `les dispenses de l’évaluation officielle et de l’approbation des porteurs minoritaires ne ` +
        'sont ouvertes que si le communiqué indique la dispense invoquée et les faits qui la justifient.',
      unnamedNote:
        `les dispenses invoquées et les faits qui les justifient sont indiqués, comme le demande le ` +
        'paragraphe 1 de l’article 5.7 ; nommer la participation une opération avec une personne apparentée au sens ' +
        'du Règlement 61-101 dit pourquoi elles sont nécessaires (pratique courante).'
    },
    sections: {
      reason: (cause) =>
        'Il manque les articles du Règlement 61-101 invoqués ; attendu : ' +
        `${guillemets('articles 5.5 a) et 5.7 1) a)')} (ou les autres) ; ${cause}`,
      note: `nommez la dispense invoquée par son article, comme le demande le paragraphe 1 de l’article 5.7.`
    },
    miscited: {
      reason: (written, expected) => `Citation ${guillemets(written)} inattendue ; attendu : ${guillemets(expected)}`,
      note: `les dispenses de l’approbation des porteurs minoritaires sont au paragraphe 1 de l’article 5.7.`
    },
    short: {
      reason: (cause) =>
        'Il manque la raison pour laquelle la déclaration de changement important a été déposée moins de 21 jours ' +
        `avant la clôture ; ${cause}`,
      note:
        `si la déclaration de changement important est déposée moins de 21 jours avant la clôture, ` +
        'le communiqué explique pourquoi ce délai plus court est raisonnable et nécessaire (libellé exact non confirmé).'
    }
  }
}
