// Creates a user for a real deployment (the first admin, typically):
//   npm run user:create -- --email a@b.nl --name "Naam" --role beheerder
// The password is read from RAADNET_PASSWORD, or asked for (hidden) on the terminal.
import { parseArgs } from 'node:util'
import { UserCreateSchema } from '../app/models/user/user.schema.ts'
import { createUser } from '../app/models/user/user.server.ts'
import { prisma } from '../app/utils/db.server.ts'
import { translateRef } from '../app/utils/i18n/index.ts'

// Returns a password typed on the terminal without echoing it.
async function promptPassword(question: string): Promise<string> {
  const { stdin, stdout } = process
  if (!stdin.isTTY) throw new Error('No terminal to ask for a password: set RAADNET_PASSWORD.')
  stdout.write(question)
  stdin.setRawMode(true)
  stdin.resume()
  stdin.setEncoding('utf8')
  return new Promise((resolve) => {
    let password = ''
    const onData = (char: string) => {
      if (char === '\r' || char === '\n' || char === '\u0004') {
        stdin.setRawMode(false)
        stdin.pause()
        stdin.off('data', onData)
        stdout.write('\n')
        resolve(password)
      } else if (char === '\u0003') {
        process.exit(130)
      } else if (char === '\u007f') {
        password = password.slice(0, -1)
      } else {
        password += char
      }
    }
    stdin.on('data', onData)
  })
}

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', default: 'beheerder' },
    },
  })
  const password = process.env.RAADNET_PASSWORD ?? (await promptPassword('Wachtwoord: '))
  const parsed = UserCreateSchema.safeParse({ ...values, password })
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      console.error(`--${issue.path.join('.')}: ${translateRef(issue.message)}`)
    return 2
  }
  const result = await createUser({ ...parsed.data, actorId: null })
  if (!result.ok) {
    console.error(`--email: ${translateRef('validation.emailTaken')}`)
    return 1
  }
  console.info(`Gebruiker ${result.user.email} aangemaakt met rol ${result.user.role}.`)
  return 0
}

main()
  .then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exitCode = 1
    },
  )
  .finally(() => prisma.$disconnect())
