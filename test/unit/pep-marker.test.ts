import { describe, expect, it } from 'vitest';
import { evaluateMarker, formatMarker, type MarkerEnvironment, MarkerEvaluationError, parseMarker } from '../../src/pep/marker.js';
import { RequirementSyntaxError } from '../../src/pep/requirement.js';

const linux312: MarkerEnvironment = {
  python_version: '3.12',
  python_full_version: '3.12.7',
  os_name: 'posix',
  sys_platform: 'linux',
  platform_release: '6.8.0-45-generic',
  platform_system: 'Linux',
  platform_version: '#45-Ubuntu SMP',
  platform_machine: 'x86_64',
  platform_python_implementation: 'CPython',
  implementation_name: 'cpython',
  implementation_version: '3.12.7',
};

describe('formatMarker matches str(packaging.markers.Marker)', () => {
  it.each([
    ['python_version<"3.8"', 'python_version < "3.8"'],
    ["os.name=='nt'", 'os_name == "nt"'],
    ['python_implementation == "PyPy"', 'platform_python_implementation == "PyPy"'],
    ['platform.machine=="arm64" or sys.platform=="darwin"', 'platform_machine == "arm64" or sys_platform == "darwin"'],
    ['((python_version < "3"))', 'python_version < "3"'],
    ['(a_b)'.replace('a_b', 'os_name=="x"') + ' and (sys_platform=="y" or os_name=="z")', 'os_name == "x" and (sys_platform == "y" or os_name == "z")'],
    ['extra == "Foo_Bar"', 'extra == "foo-bar"'],
    ['(extra == "Foo_Bar")', 'extra == "Foo_Bar"'], // packaging normalizes top-level extras only
    ['"3.7" > python_version', '"3.7" > python_version'],
    ['platform_machine not   in "arm64 aarch64"', 'platform_machine not in "arm64 aarch64"'],
    ['python_version>"3"and os_name=="nt"', 'python_version > "3" and os_name == "nt"'],
  ])('%s', (text, expected) => {
    expect(formatMarker(parseMarker(text))).toBe(expected);
  });
});

describe('parseMarker errors', () => {
  it.each([
    ['', 0],
    ['python_version', 14],
    ['python_version < 3.8', 17],
    ['unknown == "x"', 0],
    ['os_name == "nt" and', 19],
    ['(os_name == "nt"', 16],
    ['os_name == "nt")', 15],
    ['os_name = "nt"', 8],
    ['os_name == "nt', 11],
    ['platform.release == "x"', 0],
  ])('%j fails at %i', (text, offset) => {
    let error: unknown;
    try {
      parseMarker(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RequirementSyntaxError);
    expect((error as RequirementSyntaxError).offset).toBe(offset);
  });
});

describe('evaluateMarker', () => {
  it.each([
    ['python_version >= "3.8"', true],
    ['python_version < "3.10"', false], // versions, not strings: "3.12" > "3.10"
    ['python_version ~= "3.10"', true],
    ['python_full_version == "3.12.*"', true],
    ['python_version === "3.12"', true],
    ['"3.7" > python_version', false],
    ['sys_platform == "win32"', false],
    ['os.name == "posix"', true],
    ['platform_machine in "x86_64 aarch64"', true],
    ['platform_machine not in "arm64"', true],
    ['platform_release >= "6"', true],
    ['platform_version > "#44"', true], // not versions: string comparison
    ['implementation_name == "cpython" and (os_name == "nt" or sys_platform == "linux")', true],
    ['os_name == "nt" and sys_platform == "linux" or python_version > "3"', true],
    ['extra == "dev"', false],
  ])('%s → %s', (text, expected) => {
    expect(evaluateMarker(parseMarker(text), linux312)).toBe(expected);
  });

  it('compares extras by their normalized name', () => {
    expect(evaluateMarker(parseMarker('extra == "Dev_Tools"'), { ...linux312, extra: 'dev.tools' })).toBe(true);
  });

  it.each([
    ['platform_version ~= "1.0"', MarkerEvaluationError],
    ['python_version == "3"', null],
  ])('%s needs versions or a known variable', (text, error) => {
    const run = (): boolean => evaluateMarker(parseMarker(text), { ...linux312, platform_version: '#45 SMP' });
    if (error) expect(run).toThrow(error);
    else expect(run()).toBe(false);
  });

  it('reports a variable missing from the environment', () => {
    expect(() => evaluateMarker(parseMarker('os_name == "nt"'), {})).toThrow(/os_name/);
  });
});
