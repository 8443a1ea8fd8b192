// The project's own config: `disclosure-lint examples` lints the bundled
// example drafts with the TSX-V preset (the same preset applies with no config).
export default {
  plugins: ['disclosure-lint/presets/tsxv']
}
