// Which job an event runs, and what the payload tells it.
import { describe, expect, it } from 'vitest';
import { jobFor, readEvent } from '../../src/action/event.js';

describe('jobFor', () => {
  it.each([
    ['pull_request', 'auto', true, 'pull-request'],
    ['push', 'auto', false, 'push'],
    ['schedule', 'auto', false, 'bump'],
    ['workflow_dispatch', 'auto', false, 'bump'],
    ['issue_comment', 'auto', false, 'unsupported'],
    ['push', 'rebuild', false, 'rebuild'],
    ['workflow_dispatch', 'rebuild', false, 'rebuild'],
    ['push', 'check', false, 'push'],
    ['schedule', 'comment', false, 'comment'],
  ] as const)('%s with mode %s (PR: %s) → %s', (eventName, mode, hasPr, job) => {
    expect(jobFor(eventName, mode, hasPr)).toBe(job);
  });
});

describe('readEvent', () => {
  const read = (payload: object) => readEvent({ eventName: 'push', payload, repository: 'acme/mono', sha: 'b'.repeat(40), mode: 'rebuild' });

  it("takes a push's previous commit", () => {
    expect(read({ before: 'a'.repeat(40), after: 'b'.repeat(40) })).toMatchObject({ job: 'rebuild', owner: 'acme', repo: 'mono', before: 'a'.repeat(40) });
  });

  it('has no previous commit for a new branch (all zeros), a dispatch, or a value that is not a sha', () => {
    expect(read({ before: '0'.repeat(40) }).before).toBeUndefined();
    expect(read({}).before).toBeUndefined();
    expect(read({ before: '--output=/etc/passwd' }).before).toBeUndefined();
  });
});
