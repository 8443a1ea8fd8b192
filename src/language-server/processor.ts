/**
 * The processor editors load (unified-language-server's `processorName`):
 * remark's parser (incremental: see incremental.ts) and the input guard; config
 * or the defaults add the rules.
 * Loaded by file URL from our own install, so a folder of drafts needs nothing.
 */
import {createProcessor} from '../api.js'
import disclosureLintParseGuard from '../core/parse-guard.js'
import remarkParseIncremental from './incremental.js'

// Re-lints on every edit: paragraphs that did not change are not parsed again.
// The parser's own worst cases (a pasted table of thousands of list or link lines) are read as plain text.
export default createProcessor([remarkParseIncremental, disclosureLintParseGuard])
