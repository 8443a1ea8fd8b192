/**
 * The TSX Venture Exchange preset: every rule, at error level, for a TSX-V
 * issuer's release, whatever exchange the release states (see base.ts). With
 * no config, the exchange the release states chooses; TSX-V where it states none.
 */
import {presetFor} from './base.js'

const tsxv = presetFor('TSXV')

export default tsxv
