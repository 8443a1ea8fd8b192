/**
 * The first import of each of our own processes' entry points (the CLI, its
 * worker, the language server and its worker): from here on V8 compiles each
 * pattern at its first match (see pattern.ts), so the patterns the modules
 * after it make at load are not run then. An import for its effect only.
 */
import {compilePatternsAtFirstMatch} from './pattern.js'

compilePatternsAtFirstMatch()
