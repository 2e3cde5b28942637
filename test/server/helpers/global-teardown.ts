import { dropTemplate, TEMPLATE_ENV, type Template } from './template'

/** Jest globalTeardown: drops the template built by globalSetup. */
export default async function globalTeardown(): Promise<void> {
  const raw = process.env[TEMPLATE_ENV]
  if (raw) await dropTemplate(JSON.parse(raw) as Template)
}
