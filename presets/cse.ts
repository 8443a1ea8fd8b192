/**
 * The Canadian Securities Exchange preset: every rule, at error level, for a
 * CSE issuer's release (see base.ts): no TSX-V disclaimer owed, none of the
 * TSX-V's own pricing floors.
 */
import {presetFor} from './base.js'

const cse = presetFor('CSE')

export default cse
