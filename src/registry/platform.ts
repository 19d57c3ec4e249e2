// Choosing one platform's manifest from an OCI image index / Docker manifest list.
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface IndexEntry {
  mediaType?: string;
  digest: string;
  size: number;
  platform?: { os?: string; architecture?: string; variant?: string; 'os.version'?: string };
  annotations?: Record<string, string>;
}

export function parsePlatform(spec: string): Platform {
  const [os, architecture, variant] = spec.split('/');
  if (!os || !architecture) throw new Error(`invalid platform "${spec}" (expected os/arch[/variant])`);
  return variant ? { os, architecture, variant } : { os, architecture };
}

export function formatPlatform(p: { os?: string; architecture?: string; variant?: string }): string {
  return [p.os ?? 'unknown', p.architecture ?? 'unknown', ...(p.variant ? [p.variant] : [])].join('/');
}

// Variants a manifest may omit: arm64 means v8, amd64 means v1.
const DEFAULT_VARIANT: Record<string, string> = { arm64: 'v8', amd64: 'v1' };

/**
 * The entry for `platform`: exact os/architecture; a requested variant must match (treating the
 * architecture's default variant and no variant as equal); without a requested variant, the
 * entry without one (or with the default one) is preferred. Attestation manifests
 * ('unknown/unknown', vnd.docker.reference.type) never match.
 */
export function pickPlatform(manifests: readonly IndexEntry[], platform: string): IndexEntry | undefined {
  const want = parsePlatform(platform);
  const def = DEFAULT_VARIANT[want.architecture];
  const norm = (v: string | undefined) => (v === undefined || v === def ? undefined : v);
  const candidates = manifests.filter(
    (m) =>
      m.platform?.os === want.os &&
      m.platform?.architecture === want.architecture &&
      !m.annotations?.['vnd.docker.reference.type'],
  );
  if (want.variant !== undefined) {
    return candidates.find((m) => norm(m.platform?.variant) === norm(want.variant));
  }
  return candidates.find((m) => norm(m.platform?.variant) === undefined) ?? candidates[0];
}
