// Publishes the config schema as JSON for editors (yaml-language-server) and users.
import { writeFile } from 'node:fs/promises';
import { CONFIG_SCHEMA } from '../src/config-schema.js';

await writeFile('schema/config.schema.json', `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
