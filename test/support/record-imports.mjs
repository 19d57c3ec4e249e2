// `node --import ./record-imports.mjs`: appends every module URL the process resolves to $MONOPIN_IMPORT_LOG.
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url);
