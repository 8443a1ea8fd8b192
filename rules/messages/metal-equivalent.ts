/**
 * The metal-equivalent rule's words in English and French: an equivalent grade written in French
 * (« 7,4 g/t ÉqAu ») is told in French, citing the Règlement 43-101 by article.
 */
import type {Language} from '../../src/model/model.js'
import {guillemets} from './french.js'

export interface EquivalentTexts {
  cause: (line: number, quoted: string) => string
  components: {reason: (cause: string) => string; note: string}
  /** The same, where the release states the equivalent's basis and gives the metals elsewhere or points to a table. */
  elsewhere: {
    reason: (cause: string, where: string) => string
    figure: (line: number, quoted: string) => string
    table: (line: number, quoted: string) => string
    note: string
  }
  prices: {reason: (cause: string) => string; note: string}
  recoveries: {reason: (cause: string) => string; note: string}
}

const ARTICLE = 'Règlement 43-101, article 2.3(1)'

export const EQUIVALENT_TEXTS: Record<Language, EquivalentTexts> = {
  en: {
    cause: (line, quoted) => `this release states an equivalent grade (line ${line}): “${quoted}”`,
    components: {
      reason: (cause) =>
        `Missing grades of the metals in the equivalent, expected each metal’s grade with it; ${cause}`,
      note:
        'NI 43-101 s.2.3(1): an equivalent grade of several metals may be disclosed only with the grade of each ' +
        'metal; give them next to it (e.g. “(0.54 g/t Au and 0.14% Cu)”).'
    },
    elsewhere: {
      reason: (cause, where) =>
        `Missing grades of the metals beside this equivalent, expected each metal’s grade with it (${where}); ${cause}`,
      figure: (line, quoted) => `the release gives them for another equivalent, line ${line}: “${quoted}”`,
      table: (line, quoted) => `the release points to a table that may hold them, line ${line}: “${quoted}”`,
      note:
        'NI 43-101 s.2.3(1): an equivalent grade of several metals may be disclosed only with the grade of each ' +
        'metal. The release states how its equivalents are calculated and gives the metals elsewhere, so this is a ' +
        'warning: give them next to this figure too, or check that the table gives them for this interval.'
    },
    prices: {
      reason: (cause) =>
        `Missing metal prices of the equivalent, expected the price of each metal used to calculate it; ${cause}`,
      note:
        'NI 43-101 s.2.3(1) and s.3.4 (key assumptions): state the metal prices the equivalent uses, in a note ' +
        'with its formula (e.g. “AuEq = Au + Ag × (US$30/oz ÷ US$2,400/oz)”).'
    },
    recoveries: {
      reason: (cause) =>
        'Missing recoveries of the equivalent, expected the metallurgical recoveries used or that 100% recovery is ' +
        `assumed; ${cause}`,
      note:
        'NI 43-101 s.2.3(1) and s.3.4 (key assumptions): state the recovery of each metal the equivalent assumes, ' +
        'or that it assumes 100% recovery (no recoveries applied), in the note with its formula.'
    }
  },
  fr: {
    cause: (line, quoted) => `ce communiqué donne une teneur en équivalent (ligne ${line}) : ${guillemets(quoted)}`,
    components: {
      reason: (cause) =>
        `Il manque la teneur de chaque métal compris dans l’équivalent ; attendu : la teneur de chaque métal à côté ; ${cause}`,
      note:
        `${ARTICLE} : une teneur en équivalent de plusieurs métaux ne peut être communiquée qu’avec la teneur de ` +
        `chaque métal ; indiquez-les à côté (p. ex. ${guillemets('(0,54 g/t Au et 0,14 % Cu)')}).`
    },
    elsewhere: {
      reason: (cause, where) =>
        `Il manque la teneur de chaque métal à côté de cet équivalent ; attendu : la teneur de chaque métal à côté (${where}) ; ${cause}`,
      figure: (line, quoted) =>
        `le communiqué les donne pour un autre équivalent, ligne ${line} : ${guillemets(quoted)}`,
      table: (line, quoted) =>
        `le communiqué renvoie à un tableau qui peut les donner, ligne ${line} : ${guillemets(quoted)}`,
      note:
        `${ARTICLE} : une teneur en équivalent de plusieurs métaux ne peut être communiquée qu’avec la teneur de ` +
        'chaque métal. Le communiqué indique le calcul de ses équivalents et donne les teneurs ailleurs : ' +
        'avertissement ; indiquez-les aussi à côté de cette teneur, ou vérifiez que le tableau les donne pour cet ' +
        'intervalle.'
    },
    prices: {
      reason: (cause) =>
        `Il manque le prix des métaux utilisé pour l’équivalent ; attendu : le prix de chaque métal servant au calcul ; ${cause}`,
      note:
        `${ARTICLE} et article 3.4 (principales hypothèses) : indiquez le prix des métaux retenu pour l’équivalent, ` +
        `dans une note avec sa formule (p. ex. ${guillemets('ÉqAu = Au + Ag × (30 $ US/oz ÷ 2 400 $ US/oz)')}).`
    },
    recoveries: {
      reason: (cause) =>
        'Il manque les taux de récupération de l’équivalent ; attendu : les taux de récupération métallurgique ' +
        `retenus, ou la mention d’une récupération de 100 % ; ${cause}`,
      note:
        `${ARTICLE} et article 3.4 (principales hypothèses) : indiquez le taux de récupération de chaque métal ` +
        'retenu pour l’équivalent, ou qu’il suppose une récupération de 100 % (aucun taux appliqué), dans la note ' +
        'avec sa formule.'
    }
  }
}
