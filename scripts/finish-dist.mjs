// After ncc: put the CLI bundle at dist/cli.js, the package's bin.
import { chmod, readdir, rename, rm } from 'node:fs/promises';

const cliDir = 'dist/cli';
for (const name of await readdir(cliDir)) {
  if (name === 'index.js') continue;
  // ncc may emit chunks or assets beside the bundle; keep them next to dist/cli.js.
  await rename(`${cliDir}/${name}`, `dist/${name}`);
}
await rename(`${cliDir}/index.js`, 'dist/cli.js');
await rm(cliDir, { recursive: true });
await chmod('dist/cli.js', 0o755);

