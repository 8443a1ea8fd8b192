/**
 * The exploration-results rule's words in English and French, per element: a finding about French results is
 * told in French, citing the Règlement 43-101 by article, with a French fix where the fix is ours to give.
 */
import type {Language} from '../../src/model/model.js'
import {guillemets} from './french.js'

export type ElementKey =
  | 'laboratory'
  | 'relationship'
  | 'method'
  | 'qaqc'
  | 'sampleType'
  | 'trueWidth'
  | 'coreLengths'
  | 'selected'
  | 'holeLocation'
  | 'holeOrientation'

export interface ElementTexts {
  reason: string
  citation: string
  why: string
  /** The exact text that fixes it, where it is ours to give (the facts of a laboratory or a method are the issuer's). */
  template?: string
}

export interface ResultsTexts {
  elements: Record<ElementKey, ElementTexts>
  /** What the results are: drill, sample or assay results; intervals over a width; grab or selected samples. */
  what: Record<'drill' | 'sample' | 'assay' | 'intercept' | 'selected', string>
  reason: (element: string, what: string, line: number, quoted: string) => string
  note: (citation: string, why: string) => string
  /** True widths stated for other zones only: the zone left out and those stated, as written. */
  zoneLeftOut: (zone: string, covered: string[]) => string
}

export const RESULTS_TEXTS: Record<Language, ResultsTexts> = {
  en: {
    elements: {
      laboratory: {
        reason: 'Missing laboratory, expected the name and location of the laboratory that analysed the samples',
        citation: 'NI 43-101 s.3.3(2)(f)',
        why: 'name each analytical laboratory, where it is, and any relationship it has to the issuer'
      },
      relationship: {
        reason:
          'Missing relationship of the laboratory to the issuer, expected “independent of the Company” or the tie',
        citation: 'NI 43-101 s.3.3(2)(f)',
        why: 'state any relationship of the laboratory to the issuer (or that it is independent)'
      },
      method: {
        reason: 'Missing analytical method, expected the type of analysis (fire assay, ICP, with its finish)',
        citation: 'NI 43-101 s.3.3(2)(f)',
        why: 'describe the analytical or testing procedures used'
      },
      qaqc: {
        reason: 'Missing QA/QC program, expected the quality control samples used (standards, blanks, duplicates)',
        citation: 'NI 43-101 s.3.3(1)(c)',
        why: 'summarise the quality assurance program and quality control measures applied'
      },
      sampleType: {
        reason: 'Missing type of samples, expected core, RC chips, channel, grab or the like',
        citation: 'NI 43-101 s.3.3(2)(a)',
        why: 'state the location and type of the samples'
      },
      trueWidth: {
        reason:
          'Missing true widths, expected true widths, their estimated ratio to the reported lengths, or that they are not known',
        citation: 'NI 43-101 s.3.3(2)(c)',
        why: 'give the widths and, to the extent known, the true widths of the mineralized zone',
        template: 'Reported intervals are core lengths; true widths are [insert the estimated ratio or “not known”].'
      },
      coreLengths: {
        reason:
          'Missing whether true widths are known, expected true widths, their estimated ratio to the core lengths, ' +
          'or that they are not known',
        citation: 'NI 43-101 s.3.3(2)(c)',
        why:
          'give, to the extent known, the true widths of the mineralized zone; calling the lengths core or ' +
          'downhole lengths says what they are, not whether true widths are known (a warning: the duty runs only ' +
          'as far as they are known)',
        template: 'True widths are [insert the estimated ratio to the core lengths, or “not known”].'
      },
      selected: {
        reason: 'Missing caution that grab samples are selective, expected that they may not be representative',
        citation: 'NI 43-101 s.3.3(2)(e) and TSX/TSX-V disclosure guidance',
        why: 'say that grab and selected samples are selective by nature and may not represent the mineralization',
        template:
          'Grab samples are selective by nature and may not be representative of the mineralization on the property.'
      },
      holeLocation: {
        reason:
          'Missing location, azimuth and dip of the drill holes, expected each hole’s collar coordinates, ' +
          'azimuth and dip (a table, or the filed document that gives them)',
        citation: 'NI 43-101 s.3.3(2)(b)',
        why: 'give the location, azimuth and dip of the drill holes and the depth of the sample intervals'
      },
      holeOrientation: {
        reason:
          'Missing azimuth and dip of the drill holes, expected which way each hole was drilled (its azimuth and ' +
          'dip, or that it is vertical) beside its location',
        citation: 'NI 43-101 s.3.3(2)(b)',
        why: 'give the location, azimuth and dip of the drill holes and the depth of the sample intervals'
      }
    },
    what: {
      drill: 'drill results',
      sample: 'sample results',
      assay: 'assay results',
      intercept: 'intervals over a width',
      selected: 'grab or selected sample results'
    },
    reason: (element, what, line, quoted) => `${element}; this release reports ${what} (line ${line}): “${quoted}”`,
    note: (citation, why) =>
      `${citation}: a release that discloses sample, analytical or drill results must ${why}. ` +
      'State it with the results (or refer to the previously filed document that does, NI 43-101 s.3.5).',
    zoneLeftOut: (zone, covered) =>
      ` The true widths stated are said of the ${covered.join(' and the ')} only; the ${zone} intervals have none.`
  },
  fr: {
    elements: {
      laboratory: {
        reason:
          'Il manque le laboratoire ; attendu : le nom et l’emplacement du laboratoire qui a analysé les échantillons',
        citation: 'Règlement 43-101, article 3.3(2)(f)',
        why: 'nommer chaque laboratoire d’analyse, indiquer où il se trouve et tout lien qu’il a avec l’émetteur'
      },
      relationship: {
        reason:
          'Il manque le lien du laboratoire avec l’émetteur ; attendu : ' +
          `${guillemets('indépendant de la Société')} ou la nature du lien`,
        citation: 'Règlement 43-101, article 3.3(2)(f)',
        why: 'indiquer tout lien du laboratoire avec l’émetteur (ou son indépendance)'
      },
      method: {
        reason: 'Il manque la méthode d’analyse ; attendu : le type d’analyse (pyroanalyse, ICP, avec sa finition)',
        citation: 'Règlement 43-101, article 3.3(2)(f)',
        why: 'décrire les méthodes d’analyse ou d’essai utilisées'
      },
      qaqc: {
        reason:
          'Il manque le programme d’assurance qualité / contrôle qualité (AQ/CQ) ; attendu : les échantillons de ' +
          'contrôle utilisés (matériaux de référence, blancs, duplicatas)',
        citation: 'Règlement 43-101, article 3.3(1)(c)',
        why: 'résumer le programme d’assurance qualité et les mesures de contrôle de la qualité appliqués'
      },
      sampleType: {
        reason:
          'Il manque le type d’échantillons ; attendu : carottes, déblais de circulation inverse, rainures, ' +
          'échantillons choisis ou autres',
        citation: 'Règlement 43-101, article 3.3(2)(a)',
        why: 'indiquer l’emplacement et le type des échantillons'
      },
      trueWidth: {
        reason:
          'Il manque les épaisseurs réelles ; attendu : les épaisseurs réelles, leur rapport estimé aux longueurs ' +
          'rapportées, ou qu’elles ne sont pas connues',
        citation: 'Règlement 43-101, article 3.3(2)(c)',
        why: 'donner les largeurs et, dans la mesure où elles sont connues, les épaisseurs réelles de la zone minéralisée',
        template:
          'Les intervalles rapportés sont des longueurs le long du trou ; les épaisseurs réelles sont ' +
          '[indiquer le rapport estimé, ou qu’elles ne sont pas connues].'
      },
      coreLengths: {
        reason:
          'Il manque l’indication que les épaisseurs réelles sont connues ou non ; attendu : les épaisseurs ' +
          'réelles, leur rapport estimé aux longueurs le long du trou, ou qu’elles ne sont pas connues',
        citation: 'Règlement 43-101, article 3.3(2)(c)',
        why:
          'donner, dans la mesure où elles sont connues, les épaisseurs réelles de la zone minéralisée ; dire que ' +
          'les longueurs sont mesurées le long du trou dit ce qu’elles sont, non si les épaisseurs réelles sont ' +
          'connues (avertissement : l’obligation ne vaut que dans la mesure où elles le sont)',
        template:
          'Les épaisseurs réelles sont [indiquer le rapport estimé aux longueurs, ou qu’elles ne sont pas connues].'
      },
      selected: {
        reason:
          'Il manque la mise en garde sur le caractère sélectif des échantillons choisis ; attendu : qu’ils peuvent ' +
          'ne pas être représentatifs',
        citation:
          'Règlement 43-101, article 3.3(2)(e), et indications de la TSX et de la Bourse de croissance TSX sur ' +
          'l’information',
        why:
          'préciser que les échantillons choisis sont sélectifs par nature et peuvent ne pas représenter la ' +
          'minéralisation',
        template:
          'Les échantillons choisis sont sélectifs par nature et peuvent ne pas être représentatifs de la ' +
          'minéralisation de la propriété.'
      },
      holeLocation: {
        reason:
          'Il manque l’emplacement, l’azimut et le pendage des sondages ; attendu : les coordonnées du collet, ' +
          'l’azimut et le pendage de chaque trou (un tableau, ou le document déposé qui les donne)',
        citation: 'Règlement 43-101, article 3.3(2)(b)',
        why: 'indiquer l’emplacement, l’azimut et le pendage des sondages et la profondeur des intervalles échantillonnés'
      },
      holeOrientation: {
        reason:
          'Il manque l’azimut et le pendage des sondages ; attendu : l’orientation de chaque trou (son azimut et son ' +
          'pendage, ou qu’il est vertical) avec son emplacement',
        citation: 'Règlement 43-101, article 3.3(2)(b)',
        why: 'indiquer l’emplacement, l’azimut et le pendage des sondages et la profondeur des intervalles échantillonnés'
      }
    },
    what: {
      drill: 'des résultats de forage',
      sample: 'des résultats d’échantillonnage',
      assay: 'des résultats d’analyse',
      intercept: 'des intervalles sur une largeur',
      selected: 'des résultats d’échantillons choisis'
    },
    reason: (element, what, line, quoted) =>
      `${element} ; ce communiqué présente ${what} (ligne ${line}) : ${guillemets(quoted)}`,
    note: (citation, why) =>
      `${citation} : un communiqué qui présente des résultats d’échantillonnage, d’analyse ou de forage doit ` +
      `${why}. Indiquez-le avec les résultats (ou renvoyez au document déjà déposé qui le fait, Règlement 43-101, ` +
      'article 3.5).',
    zoneLeftOut: (zone, covered) =>
      ` Les épaisseurs réelles indiquées ne visent que ${covered.map(guillemets).join(' et ')} ; les intervalles de ` +
      `${guillemets(zone)} n’en ont pas.`
  }
}
