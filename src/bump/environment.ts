// The target the bump plans for: the Python of the base images and the platform they run on.
import type { MarkerEnvironment } from '../pep/marker.js';
import type { Workspace } from '../model/types.js';

/** `FROM python:3.12-slim`, `python:3.11.9-bookworm`, `docker.io/library/python:3.13` → "3.12", … */
const PYTHON_IMAGE = /(?:^|\/)python:(\d+\.\d+)(?:[.\-\w]*)$/;

/** The most common X.Y among the Dockerfiles' `FROM python:X.Y…`, or undefined. */
export function inferPythonVersion(ws: Workspace): string | undefined {
  const counts = new Map<string, number>();
  for (const file of ws.files) {
    if (file.kind !== 'dockerfile') continue;
    for (const from of file.parsed.froms) {
      const m = PYTHON_IMAGE.exec(from.image);
      if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0], undefined, { numeric: true }))[0]?.[0];
}

/** The Python the images run: an explicit choice, else the config's, else the Dockerfiles' most common, else 3.12. */
export function targetPython(ws: Workspace, configured?: string, explicit?: string): string {
  return explicit ?? configured ?? inferPythonVersion(ws) ?? '3.12';
}

/** CPython on Linux, as the official python images are; linux/arm64 maps to aarch64. */
export function targetEnvironment(pythonVersion: string, platform = 'linux/amd64'): MarkerEnvironment {
  const full = pythonVersion.split('.').length === 2 ? `${pythonVersion}.0` : pythonVersion;
  const machine = platform.endsWith('arm64') ? 'aarch64' : 'x86_64';
  return {
    python_version: pythonVersion.split('.').slice(0, 2).join('.'),
    python_full_version: full,
    os_name: 'posix',
    sys_platform: 'linux',
    platform_system: 'Linux',
    platform_machine: machine,
    platform_python_implementation: 'CPython',
    implementation_name: 'cpython',
    implementation_version: full,
    platform_release: '',
    platform_version: '',
    extra: '',
  };
}
