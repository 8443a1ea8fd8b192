/**
 * Comment control for every rule of the registry: `<!--disclosure-lint disable
 * exchange-disclaimer-->`, `enable`, `ignore`. A config that lists rules one by
 * one adds it last (`"disclosure-lint/control"`).
 */
import {createControl} from '../src/core/control.js'
import {ruleIds} from '../rules/index.js'

const disclosureLintControl = createControl(ruleIds)

export default disclosureLintControl
