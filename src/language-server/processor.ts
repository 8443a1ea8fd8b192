/**
 * The processor editors load (unified-language-server's `processorName`):
 * remark's parser (incremental: see incremental.ts) and the input guard; config
 * or the defaults add the rules.
 * Loaded by file URL from our own install, so a folder of drafts needs nothing.
 */
import {createProcessor} from '../api.js'
import remarkParseIncremental from './incremental.js'

// Re-lints on every edit: paragraphs that did not change are not parsed again.
export default createProcessor([remarkParseIncremental])
