/**
 * The client's `disclosure-lint` settings, normalized. Neovim and eglot answer
 * `workspace/configuration` with `null` (or nothing, or `[null]`) when the user
 * has none: that means the defaults, never "no diagnostics".
 */
export interface Settings {
  /** Lint only files with a config (unified-language-server's `requireConfig`). */
  requireConfig: boolean
  /** An ignore file to load, relative to the workspace folder. */
  ignorePath: string | undefined
  ignorePathResolveFrom: 'cwd' | 'dir' | undefined
}

export const DEFAULT_SETTINGS: Settings = {
  requireConfig: false,
  ignorePath: undefined,
  ignorePathResolveFrom: undefined
}

/** Whatever the client answered (the whole response or its first item) as settings; anything odd is the default. */
export function normalizeSettings(answer: unknown): Settings {
  const first: unknown = Array.isArray(answer) ? answer[0] : answer
  if (typeof first !== 'object' || first === null) return DEFAULT_SETTINGS
  const raw = first as Record<string, unknown>
  return {
    requireConfig: raw.requireConfig === true,
    ignorePath: typeof raw.ignorePath === 'string' && raw.ignorePath !== '' ? raw.ignorePath : undefined,
    ignorePathResolveFrom:
      raw.ignorePathResolveFrom === 'cwd' || raw.ignorePathResolveFrom === 'dir' ? raw.ignorePathResolveFrom : undefined
  }
}
