// The action's inputs as the runner hands them over (strings, '' when unset), validated once.
import { describe, expect, it } from 'vitest';
import { InputError, readInputs } from '../../src/action/inputs.js';

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('readInputs', () => {
  it('defaults: no rebuild, no push, the daemon network, no size budget', () => {
    expect(readInputs(from({}))).toMatchObject({ rebuild: false, push: false, buildNetwork: undefined, sizeBudget: undefined, mode: 'auto', failOn: 'error' });
  });

  it('reads rebuild, push, build-network and size-budget', () => {
    expect(readInputs(from({ rebuild: 'true', push: 'TRUE', 'build-network': 'host', 'size-budget': '10%' }))).toMatchObject({ rebuild: true, push: true, buildNetwork: 'host', sizeBudget: '10%' });
  });

  it.each([
    [{ rebuild: 'yes' }, /input 'rebuild' must be true or false; got 'yes'/],
    [{ 'build-network': 'bridge' }, /input 'build-network' must be one of host; got 'bridge'/],
    [{ 'size-budget': '5 apples' }, /input 'size-budget': size budget "5 apples": expected bytes/],
  ])('refuses %j with the input named', (values, message) => {
    expect(() => readInputs(from(values))).toThrow(InputError);
    expect(() => readInputs(from(values))).toThrow(message);
  });
});
