import { buildTemplate, TEMPLATE_ENV } from './template'

/** Jest globalSetup: builds the template database once for the whole run and tells the workers where it is. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now()
  const template = await buildTemplate()
  process.env[TEMPLATE_ENV] = JSON.stringify(template)
  if (process.env.YZ_TEST_TIMINGS)
    console.log(`\n[server tests] template (${template.kind}) built in ${Date.now() - started} ms`)
}
