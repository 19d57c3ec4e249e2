// The JSON Schema of `.github/monopin.yml`. Published as schema/config.schema.json (npm run build writes it).
const severityOrOff = { enum: ['error', 'warning', 'note', 'off'] } as const;
export const IMAGE_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
export const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
/** `[registry[:port]/]path`, lowercase, no tag or digest. */
export const REPOSITORY = /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** No manifest is this large; a larger limit would only let one file exhaust memory. */
export const MAX_FILE_BYTES_CEILING = 64 * 1024 * 1024;
const globList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

export const CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/monopin/monopin/schema/config.schema.json',
  title: 'monopin configuration (.github/monopin.yml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    constraints: { type: 'string', minLength: 1, description: 'Repo-relative path of the central constraints file. Found by name or by -c use when absent.' },
    paths: { ...globList, description: 'Only files matching these globs are read.' },
    ignore: { ...globList, description: 'Files and folders matching these globs are skipped.' },
    'fail-on': { enum: ['error', 'warning', 'never'], description: 'Lowest severity that fails the check.' },
    'shared-min-services': { type: 'integer', minimum: 1, description: 'A package used by at least this many services must have a central pin (rule unconstrained).' },
    'max-file-bytes': { type: 'integer', minimum: 1, maximum: MAX_FILE_BYTES_CEILING, description: 'Larger files are skipped with a note. At most 64 MiB (the default is 5 MiB).' },
    'index-url': { type: 'string', minLength: 1, description: 'Package index (PEP 691/503) for bumps: https://…/simple or file://…; default https://pypi.org/simple.' },
    'extra-index-urls': { ...globList, description: 'More indexes, merged as pip does with --extra-index-url.' },
    'python-version': { type: 'string', pattern: '^[0-9]+\\.[0-9]+(\\.[0-9]+)?$', description: 'Target Python for bumps; default: from the base images (FROM python:X.Y).' },
    'min-release-age': { type: 'integer', minimum: 0, description: 'Days a release must be out before it is proposed (cooldown). Default 3.' },
    'update-types': {
      type: 'object',
      description: 'Allowed update types per package name, or "*" for all packages.',
      additionalProperties: { type: 'array', items: { enum: ['major', 'minor', 'patch', 'pre', 'other'] } },
    },
    'ignore-updates': {
      type: 'array',
      description: 'Versions or update types never to propose.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1 },
          versions: { type: 'array', items: { type: 'string', minLength: 1 } },
          'update-types': { type: 'array', items: { enum: ['major', 'minor', 'patch', 'pre', 'other'] } },
        },
      },
    },
    labels: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Labels of the bump pull request.' },
    'bump-branch': { type: 'string', minLength: 1, description: 'Branch of the bump pull request (default monopin/constraints).' },
    images: {
      type: 'object',
      description: 'Images to rebuild, by name (FROM references resolve to them). Compose services with image: beside build: count too.',
      propertyNames: { pattern: IMAGE_NAME.source },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['dockerfile'],
        properties: {
          dockerfile: { type: 'string', minLength: 1, description: 'Repo-relative Dockerfile that builds this image.' },
          context: { type: 'string', description: "Repo-relative build context ('' or . for the root); default: the compose context, else inferred from the COPY sources." },
          repository: { type: 'string', pattern: REPOSITORY.source, description: 'Registry repository without a tag, e.g. ghcr.io/org/python-base.' },
        },
      },
    },
    registry: {
      type: 'string',
      pattern: '^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$',
      description: 'Registry host for images that name none (compose image: without a registry, Dockerfiles no compose service builds), e.g. ghcr.io.',
    },
    namespace: {
      type: 'string',
      pattern: '^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$',
      description: 'Namespace (organisation) under the registry, e.g. acme: images are pushed as <registry>/<namespace>/<name>, and FROM <namespace>/<name> resolves to the image of that name.',
    },
    'tag-format': { type: 'string', minLength: 1, description: 'Tag of rebuilt images beside latest; tokens {date} (UTC yyyy-mm-dd) and {sha}. Default {date}.' },
    platform: { type: 'string', pattern: PLATFORM.source, description: 'Build platform (os/arch[/variant]). Default linux/amd64.' },
    cache: { enum: ['inline', 'registry'], description: 'BuildKit cache: inline (default; min mode, in the image) or registry (<repository>:buildcache, mode=max; needs buildx).' },
    'size-budget': {
      oneOf: [
        { type: 'integer', minimum: 0 },
        { type: 'string', pattern: '^\\s*[0-9]+(\\.[0-9]+)?\\s*(%|[kKmMgG][iI]?[bB]|[bB])?\\s*$' },
      ],
      description: 'Fail the pull request check when an image grows by more than this: bytes, "50MB", "50MiB" or "10%" of its size before.',
    },
    registries: {
      type: 'object',
      description: 'Per registry host (ghcr.io, 127.0.0.1:5000): credentials for reading manifests and whether it speaks plain http. Passwords come from the environment, never from this file.',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          username: { type: 'string', minLength: 1, description: 'Basic-auth user (for GHCR any non-empty name works with a token).' },
          'password-env': { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: 'Name of the environment variable that holds the password or token.' },
          insecure: { type: 'boolean', description: 'Reach this registry over plain http (a local registry).' },
        },
      },
    },
    measure: {
      type: 'object',
      additionalProperties: false,
      description: 'Measured sizes on pull requests: the tags CI pushes for the base and the head of a PR; tokens {pr}, {sha} (head commit, 7 characters) and {base} (base branch).',
      properties: {
        base: { type: 'string', minLength: 1, description: 'Tag of the base images, e.g. latest or {base}.' },
        head: { type: 'string', minLength: 1, description: 'Tag of the PR images, e.g. pr-{pr}.' },
      },
      required: ['base', 'head'],
    },
    advisories: {
      type: 'string',
      minLength: 1,
      description: 'Security advisories for rule vulnerable-pin and security bumps: osv (the public OSV API), off, the base URL of an OSV-compatible API, or a folder or zip of OSV JSON records (relative to the repository root). Default: osv in the action, off in the CLI.',
    },
    'advisory-severity': {
      type: 'object',
      additionalProperties: false,
      description: 'Severity of a vulnerable-pin finding by the advisory level (CVSS base score, else the database severity). Default: critical and high error, moderate warning, low note, unknown warning.',
      properties: Object.fromEntries(['critical', 'high', 'moderate', 'low', 'unknown'].map((level) => [level, severityOrOff])),
    },
    'ignore-advisories': {
      type: 'array',
      description: 'Advisories that do not apply to this repository (any of their ids: GHSA, CVE, PYSEC), each with the reason the report shows.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'reason'],
        properties: { id: { type: 'string', minLength: 1 }, reason: { type: 'string', minLength: 1 } },
      },
    },
    rules: {
      type: 'object',
      description: 'Severity per rule id, or off.',
      additionalProperties: false,
      properties: Object.fromEntries(
        [
          'conflict',
          'inline-pin-mismatch',
          'unconstrained',
          'missing-constraints-flag',
          'duplicate-constraint',
          'unused-constraint',
          'parse-error',
          'include-error',
          'shell-redirect-in-specifier',
          'invalid-constraint',
          'vulnerable-pin',
          'no-constraints',
        ].map((id) => [id, severityOrOff]),
      ),
    },
  },
} as const;
