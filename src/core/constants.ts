/** Names the framework shares with every layer above it. */

/** The `source` of every message, the prefix of every plugin name and the name of the comment control. */
export const SOURCE = 'disclosure-lint'

/** The rule id of messages about the input itself (binary, empty, unreadable). */
export const INPUT_RULE = 'input'
