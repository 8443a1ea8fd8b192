/**
 * The processor editors load (unified-language-server's `processorName`):
 * remark's parser and the input guard; config or the defaults add the rules.
 * Loaded by file URL from our own install, so a folder of drafts needs nothing.
 */
import {createProcessor} from './lint.js'

export default createProcessor([])
