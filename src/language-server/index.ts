#!/usr/bin/env node
/**
 * `disclosure-lint-language-server`: findings as you type, over stdio, on
 * unified-language-server (as remark-language-server is). The workspace's
 * `.remarkrc.*` / `package.json#remarkConfig` applies when it configures
 * disclosure-lint; otherwise the TSX-V preset does. Nothing needs installing
 * in a folder of drafts. Each message's `expected` becomes a quick fix.
 */
import {createUnifiedLanguageServer} from 'unified-language-server'
import {createProcessor} from '../api.js'
import disclosureLintDefaults from './defaults.js'

// A client that dies leaves the pipe closed: exit quietly, never with a stack.
process.on('uncaughtException', (error) => {
  process.stderr.write(`disclosure-lint-language-server: ${error.message.split('\n')[0]}\n`)
})

createUnifiedLanguageServer({
  configurationSection: 'disclosure-lint',
  // Drafts folders have no disclosure-lint installed: load ours, by URL (imported once, then cached).
  processorName: new URL('processor.js', import.meta.url).href,
  processorSpecifier: 'default',
  defaultProcessor: createProcessor([]),
  ignoreName: '.remarkignore',
  packageField: 'remarkConfig',
  pluginPrefix: 'remark',
  rcName: '.remarkrc',
  plugins: [disclosureLintDefaults as never]
})
