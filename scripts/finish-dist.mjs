// After ncc: the CLI bundle and its chunks (one per command's lazy imports) stay in dist/cli/, apart
// from the action's own chunks in dist/ (both number theirs from 1: moved together they would collide);
// dist/cli.js, the package's bin, only loads it.
import { chmod, writeFile } from 'node:fs/promises';

await writeFile('dist/cli.js', "#!/usr/bin/env node\n// The monopin CLI: the bundle is dist/cli/index.js (npm run build).\nimport './cli/index.js';\n");
await chmod('dist/cli.js', 0o755);
