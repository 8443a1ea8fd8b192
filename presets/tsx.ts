/**
 * The Toronto Stock Exchange preset: every rule, at error level, for a TSX
 * issuer's release (see base.ts): no TSX-V disclaimer owed, none of the
 * TSX-V's own pricing floors.
 */
import {presetFor} from './base.js'

const tsx = presetFor('TSX')

export default tsx
