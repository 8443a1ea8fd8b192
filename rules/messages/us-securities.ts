/**
 * The messages of `us-distribution-legend` and `us-securities-act` for a
 * French release: the legend and the paragraph in French as their fixes.
 * The French wordings are the ones issuers print; no regulator prescribes
 * them (see the rules' docs).
 */
import type {UsPart} from '../../src/model/model.js'
import type {KindOf} from '../../src/model/release.js'

export const US_LEGEND_FR = 'NE PAS DISTRIBUER AUX AGENCES DE TRANSMISSION AMÉRICAINES NI DIFFUSER AUX ÉTATS-UNIS'

export const CITATION_FR =
  'Securities Act of 1933 des États-Unis, Regulation S (17 CFR 230.902(c), 230.903 : aucun « effort de vente dirigé » ' +
  'aux États-Unis)'

/** An offering's form, in French. */
const FORMS: Record<string, string> = {
  'LIFE offering': 'un placement sous le régime de la dispense pour financement de l’émetteur coté',
  'bought deal': 'un placement par voie de prise ferme',
  'equity facility': 'une facilité de financement par actions',
  'at-the-market offering': 'un placement au cours du marché',
  financing: 'un financement',
  'flow-through offering': 'un placement d’actions accréditives',
  'offering of subscription receipts': 'un placement de reçus de souscription',
  'private placement': 'un placement privé',
  'prospectus offering': 'un placement par voie de prospectus'
}

/** What the release announces, in French: "un placement privé", "la clôture d’un placement privé". */
export function describeOfferingFr(kind: KindOf): string {
  const form = (kind.form && FORMS[kind.form]) ?? 'un placement de titres'
  const sans = form.replace(/^une? /, '')
  return kind.stage === 'closed'
    ? `la clôture d’${form.startsWith('une ') ? 'une' : 'un'} ${sans}`
    : kind.stage === 'amended'
      ? `la modification d’${form.startsWith('une ') ? 'une' : 'un'} ${sans}`
      : form
}

export const LEGEND_FR = {
  below: 'Mention américaine de non-diffusion sous la ligne de date inattendue ; attendue en tête du communiqué',
  belowNote: (cause: string) =>
    `${CITATION_FR} : ${cause} ; la mention va au-dessus de la ligne de date, où les agences de transmission la ` +
    'lisent : placez-la en tête.',
  missing: (cause: string) =>
    `Il manque la mention américaine de non-diffusion ; attendu : « Ne pas distribuer aux agences de transmission ` +
    `américaines ni diffuser aux États-Unis » en tête ; ${cause}`,
  missingNote:
    `${CITATION_FR} : un communiqué diffusé par une agence de transmission américaine au sujet d’un placement fait ` +
    'hors des États-Unis risque d’être un effort de vente dirigé ; placez la mention en tête, avant la ligne de date.'
}

export const CITATION_ACT_FR =
  'Securities Act of 1933 des États-Unis, article 5 et Regulation S (17 CFR 230.902, 230.903) ; Rules 135 et 135c'

export const SENTENCES_FR: Record<UsPart, string> = {
  'not-registered':
    'Les titres n’ont pas été et ne seront pas inscrits en vertu de la loi des États-Unis intitulée Securities Act ' +
    'of 1933, dans sa version modifiée (la « Loi de 1933 »), ni en vertu des lois sur les valeurs mobilières d’un État.',
  'not-offered':
    'Les titres ne peuvent être offerts ni vendus aux États-Unis sauf s’ils sont inscrits en vertu de la Loi de 1933 ' +
    'ou si une dispense d’inscription est disponible.',
  'not-an-offer':
    'Le présent communiqué ne constitue pas une offre de vente ni la sollicitation d’une offre d’achat de titres aux ' +
    'États-Unis.'
}

const NAMES_FR: Record<UsPart, string> = {
  'not-registered': '« non inscrits en vertu de la Securities Act of 1933 »',
  'not-offered': '« ne peuvent être offerts ni vendus aux États-Unis »',
  'not-an-offer': '« ne constitue pas une offre de vente ni la sollicitation d’une offre d’achat »'
}

export const ACT_FR = {
  missing: (cause: string) =>
    `Il manque le paragraphe sur la Securities Act of 1933 ; attendu : « ${SENTENCES_FR['not-registered']} … » ; ${cause}`,
  missingNote:
    `${CITATION_ACT_FR} : un placement fait hors des États-Unis repose sur une dispense d’inscription américaine ; le ` +
    'communiqué indique que les titres ne sont pas inscrits et ne peuvent y être offerts ni vendus, et qu’il ne ' +
    'constitue pas une offre (pratique du marché ; aucune règle canadienne n’impose ce libellé).',
  missingPart: (part: UsPart, cause: string) =>
    `Il manque la mention ${NAMES_FR[part]} dans le paragraphe sur la Securities Act of 1933 ; ${cause}`,
  partNote: (part: UsPart) =>
    `${CITATION_ACT_FR} : le paragraphe énonce chacune de ses parties (pratique du marché). Ajoutez : « ${SENTENCES_FR[part]} »`,
  offering: (line: number) => `(le placement : ligne ${line})`
}
