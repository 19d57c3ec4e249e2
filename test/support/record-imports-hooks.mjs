// Module hooks (they run off the main thread): record each resolved URL, change nothing.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.MONOPIN_IMPORT_LOG) appendFileSync(process.env.MONOPIN_IMPORT_LOG, `${result.url}\n`);
  return result;
}
