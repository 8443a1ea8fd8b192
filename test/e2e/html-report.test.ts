/**
 * `--report html` rendered by headless Chromium (Debian's `chromium`, which
 * `.ci/run` installs): the page as a browser builds it — the findings marked
 * in the draft, the markup a draft holds shown as text (no element made of
 * it, nothing run) — and a screenshot of it.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {root} from '../helpers.js'

const cli = path.join(root, 'dist/bundle/cli.js')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-html-'))
afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))

const HOSTILE =
  'Acme Gold Corp. (TSXV: ACM) reports <script>document.title = "ran"</script> <b>bold</b> results and plans ' +
  'to drill in July.\n\nNeither TSX Venture Exchange nor its Market Regulator accepts responsibility for the ' +
  'adequacy or accuracy of this release.\n'

/** Headless Chromium with the flags a container needs (root, no GPU). */
function chromium(...args: string[]) {
  return spawnSync(
    'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars', ...args],
    {encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024}
  )
}

describe('--report html in Chromium', () => {
  fs.mkdirSync(path.join(dir, 'drafts'))
  fs.writeFileSync(path.join(dir, 'drafts/hostile.md'), HOSTILE)
  const report = path.join(dir, 'report.html')
  const lint = spawnSync(process.execPath, [cli, '--report', 'html', '--report-file', report, 'drafts'], {
    cwd: dir,
    encoding: 'utf8'
  })
  const url = pathToFileURL(report).href

  it('builds the page: findings marked, the draft’s markup shown as text', () => {
    expect(lint.status).toBe(1)
    const dump = chromium('--dump-dom', url)
    expect(dump.status, dump.stderr).toBe(0)
    const dom = dump.stdout
    expect(dom).toContain('<title>disclosure-lint report</title>')
    // Nothing the draft holds became an element, and nothing ran.
    expect(dom).not.toMatch(/<script|<b>bold/)
    expect(dom).toContain('&lt;script&gt;document.title = "ran"&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;')
    expect(dom).toMatch(/<mark class="error"[^>]*>Neither TSX Venture Exchange nor its Market Regulator/)
    expect(dom).toMatch(/<div class="finding error"[^>]*>.*exchange-disclaimer/)
    expect(dom).toMatch(/<table>.*<th>exchange-disclaimer<\/th>/s)
  })

  it('renders a screenshot', () => {
    const png = path.join(dir, 'report.png')
    const shot = chromium(`--screenshot=${png}`, '--window-size=1280,1600', url)
    expect(shot.status, shot.stderr).toBe(0)
    const bytes = fs.readFileSync(png)
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(bytes.length).toBeGreaterThan(20_000)
  })
})
