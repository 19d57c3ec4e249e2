// A registry client from the config's `registries` section: passwords are read from the named
// environment variables here, so they never sit in the config file or in a log line.
import type { Config } from '../config.js';
import { createRegistryClient, type Credentials, type RegistryClient } from './client.js';

/** Loopback registries speak plain http unless told otherwise, as docker assumes. */
const LOOPBACK = ['127.0.0.1:*', 'localhost:*', '[::1]:*'];

/** @param fallback credentials per host for registries the config gives none (the action's token for ghcr.io) */
export function registryClientFromConfig(
  config: Pick<Config, 'registries'>,
  env: NodeJS.ProcessEnv = process.env,
  fallback: Record<string, Credentials> = {},
  fetchImpl?: typeof fetch,
): RegistryClient {
  const entries = Object.entries(config.registries);
  const insecureHosts = [...LOOPBACK, ...entries.filter(([, r]) => r.insecure === true).map(([host]) => host)];
  const auth = (registry: string): Credentials | undefined => {
    const entry = config.registries[registry] ?? (registry === 'registry-1.docker.io' ? config.registries['docker.io'] : undefined);
    if (!entry?.passwordEnv) return fallback[registry];
    const password = env[entry.passwordEnv];
    if (password === undefined || password === '') return fallback[registry];
    return { username: entry.username ?? 'monopin', password };
  };
  return createRegistryClient({ insecureHosts, auth, ...(fetchImpl && { fetch: fetchImpl }) });
}
