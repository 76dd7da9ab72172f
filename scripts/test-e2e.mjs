// End-to-end tests in a real browser: `npm run test:e2e` (extra arguments go to Vitest,
// e.g. `npm run test:e2e -- auth`). Finds Chromium, builds the app, then runs
// tests/e2e/**/*.e2e.ts against a production server with a fresh database.
//
// Chromium is taken from CHROMIUM_PATH, else /usr/bin/chromium, else `chromium` on PATH.
// Without Chromium the tests are skipped with a loud warning, except in CI (CI=true),
// where that is an error.
import { spawnSync } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const isWindows = process.platform === 'win32'

// Returns true when `file` is an executable regular file.
function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

// Returns the path of the Chromium binary to use, or null when there is none.
function findChromium() {
  const configured = process.env.CHROMIUM_PATH
  if (configured) {
    if (isExecutable(configured)) return configured
    console.error(`\nCHROMIUM_PATH is set to "${configured}", but that is not an executable file.\n`)
    process.exit(1)
  }
  if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium'
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, isWindows ? 'chromium.exe' : 'chromium')
    if (isExecutable(candidate)) return candidate
  }
  return null
}

// Runs a command with inherited stdio and returns its exit code.
function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', shell: isWindows })
  if (result.error) {
    console.error(`Could not start ${command}: ${result.error.message}`)
    return 1
  }
  return result.status ?? 1
}

const chromium = findChromium()
if (!chromium) {
  if (process.env.CI === 'true') {
    console.error(
      [
        '',
        'ERROR: end-to-end tests cannot run: no Chromium found.',
        'Looked at CHROMIUM_PATH, /usr/bin/chromium and `chromium` on PATH.',
        'Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH.',
        '',
      ].join('\n'),
    )
    process.exit(1)
  }
  const line = '!'.repeat(78)
  console.warn(
    [
      '',
      line,
      '!!',
      '!!  WARNING: END-TO-END TESTS WERE SKIPPED — NO CHROMIUM FOUND.',
      '!!',
      '!!  Nothing was tested in a browser. Looked at CHROMIUM_PATH, /usr/bin/chromium',
      '!!  and `chromium` on PATH.',
      '!!',
      '!!  Install Chromium to run them:   apt-get install -y chromium',
      '!!  or point CHROMIUM_PATH at a Chromium/Chrome binary.',
      '!!  (In CI, with CI=true, a missing Chromium fails the run.)',
      '!!',
      line,
      '',
    ].join('\n'),
  )
  process.exit(0)
}

console.info(`Chromium: ${chromium}`)

const buildCode = run('npm', ['run', 'build'])
if (buildCode !== 0) {
  console.error(`\nnpm run build failed (exit code ${buildCode}); end-to-end tests not run.`)
  process.exit(buildCode)
}

const testCode = run(
  'npx',
  ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', ...process.argv.slice(2)],
  {
    ...process.env,
    CHROMIUM_PATH: chromium,
  },
)
process.exit(testCode)
