/**
 * The TSX Venture Exchange preset (the default): every rule, at error level,
 * for a TSX-V issuer's release (see base.ts).
 */
import {presetFor} from './base.js'

const tsxv = presetFor('TSXV')

export default tsxv
