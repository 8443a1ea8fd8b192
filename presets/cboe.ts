/**
 * The Cboe Canada preset (formerly NEO): every rule, at error level, for a
 * Cboe Canada issuer's release (see base.ts): no TSX-V disclaimer owed, none
 * of the TSX-V's own pricing floors.
 */
import {presetFor} from './base.js'

const cboe = presetFor('CBOE')

export default cboe
