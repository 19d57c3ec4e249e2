// The sentences of a plan: one per reason, each naming what holds the version back and how to
// unblock it. Pure; the codes (types.ts) are what JSON readers and tests rely on.
import { plural } from '../report/text.js';
import type { Consumer, PlanReason, ReasonCode } from './types.js';

const MAX_LISTED_CONSUMERS = 3;

export function reason(code: ReasonCode, version: string, text: string): PlanReason {
  return { code, version, text };
}

/** The sentences of `reasons`, in order, without repeats. */
export function joinReasons(reasons: PlanReason[]): string {
  return [...new Set(reasons.map((r) => r.text))].join(' ');
}

/**
 * Consumers that exclude `candidate`. Those that also exclude the current pin conflict already: no
 * version helps them, so they are named apart with the fix ("12 files pin aiohttp==3.9.1 and
 * already conflict with 3.11.11").
 */
export function consumerReasons(options: { name: string; current: string; candidate: string; excluding: { consumer: Consumer; acceptsCurrent: boolean }[] }): PlanReason[] {
  const { name, current, candidate, excluding } = options;
  const out: PlanReason[] = [];
  const stale = excluding.filter((e) => !e.acceptsCurrent).map((e) => e.consumer);
  const blocking = excluding.filter((e) => e.acceptsCurrent).map((e) => e.consumer);
  if (stale.length > 0) {
    const who = describeConsumers(name, stale);
    out.push(
      reason(
        'consumer-excludes-current',
        candidate,
        `${who.text} and already conflict${who.one ? 's' : ''} with ${current}, the constraint: no newer version can satisfy ${who.one ? 'it' : 'them'} either; fix ${who.one ? 'that pin' : 'those pins'} first (\`monopin check\` lists ${who.one ? 'it' : 'them'}).`,
      ),
    );
  }
  if (blocking.length > 0) {
    const who = describeConsumers(name, blocking);
    out.push(reason('consumer-excludes-candidate', candidate, `${who.text} and exclude${who.one ? 's' : ''} ${candidate}: widen ${who.one ? 'that specifier' : 'those specifiers'} to let it in.`));
  }
  return out;
}

/** "12 files pin aiohttp==3.9.1" when they agree, else the first few by file:line; `one`: a singular subject. */
function describeConsumers(name: string, consumers: Consumer[]): { text: string; one: boolean } {
  const specifiers = new Set(consumers.map((c) => c.specifier));
  const files = new Set(consumers.map((c) => c.location.file)).size;
  const verb = (specifier: string, one: boolean): string => `${/^===?[^,*]*$/.test(specifier) ? 'pin' : 'require'}${one ? 's' : ''} ${name}${specifier}`;
  if (consumers.length === 1) {
    const c = consumers[0]!;
    return { text: `${c.location.file}:${c.location.line}${c.service !== undefined ? ` (service ${c.service})` : ''} ${verb(c.specifier, true)}`, one: true };
  }
  if (specifiers.size === 1) {
    const [specifier] = specifiers;
    const where = files === consumers.length ? plural(files, 'file') : `${plural(consumers.length, 'line')} in ${plural(files, 'file')}`;
    return { text: `${where} ${verb(specifier!, false)}`, one: false };
  }
  const listed = consumers.slice(0, MAX_LISTED_CONSUMERS).map((c) => `${c.location.file}:${c.location.line} (${name}${c.specifier})`);
  const more = consumers.length - listed.length;
  return { text: `${plural(consumers.length, 'requirement')} (${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''})`, one: false };
}

export function requiresDistReason(version: string, conflict: string): PlanReason {
  return reason('requires-dist', version, `${conflict}.`);
}

export function noMetadataReason(name: string, version: string): PlanReason {
  return reason('no-metadata', version, `The index has no metadata for ${name} ${version} (no wheel and no PEP 658 file), so its Requires-Dist was not checked against the other pins.`);
}

export function unknownAgeReason(version: string): PlanReason {
  return reason('cooldown', version, `The upload time of ${version} is unknown, so the cooldown was not checked.`);
}

export function markerReason(version: string, marker: string): PlanReason {
  return reason('policy', version, `The pin's marker (${marker}) is false in the target environment, so it is not planned.`);
}

export function releasedAgo(days: number): string {
  return days <= 0 ? 'today' : `${plural(days, 'day')} ago`;
}
