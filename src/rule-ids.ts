/** The ids of every disclosure-lint rule, as users configure and suppress them. */
export const RULE_IDS = [
  'qp-statement', 'forward-looking-caution', 'exchange-disclaimer', 'us-distribution-legend',
  'offering-arithmetic',
  'hold-period',
  'tsxv-pricing'
] as const
export type RuleId = (typeof RULE_IDS)[number]
