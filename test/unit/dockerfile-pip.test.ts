// pip install recognition and option parsing, one RUN line at a time.
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/sources/dockerfile.js';

function run(command: string, before = '') {
  const info = parseDockerfile(`FROM python:3.12\n${before}RUN ${command}\n`, 'Dockerfile');
  return {
    installs: info.installs.map((i) => ({
      tool: i.tool,
      packages: i.packages.map((p) => `${p.name}${p.extras.length ? `[${p.extras.join(',')}]` : ''}${p.specifier}${p.url ? ` @ ${p.url}` : ''}`),
      req: i.requirementFiles.map((r) => r.path),
      con: i.constraintFiles.map((c) => c.path),
    })),
    issues: info.issues.map((i) => `${i.rule}:${i.location.line}:${i.location.column}`),
  };
}

describe('which commands are pip installs', () => {
  it.each([
    ['pip install a==1', 'pip'],
    ['pip3 install a==1', 'pip'],
    ['pip3.12 install a==1', 'pip'],
    ['/opt/venv/bin/pip install a==1', 'pip'],
    ['python -m pip install a==1', 'pip'],
    ['python3 -m pip install a==1', 'pip'],
    ['/usr/local/bin/python3.12 -m pip install a==1', 'pip'],
    ['python3 -u -m pip install a==1', 'pip'],
    ['uv pip install --system a==1', 'uv'],
    ['uv --no-cache pip install a==1', 'uv'],
    ['sudo -H -u app pip install a==1', 'pip'],
    ['env PIP_NO_CACHE_DIR=1 pip install a==1', 'pip'],
    ['FOO=1 exec pip install a==1', 'pip'],
    ['pip --disable-pip-version-check install a==1', 'pip'],
    ['echo start && pip install a==1 ; echo done', 'pip'],
    ['sh -c "pip install a==1"', 'pip'],
    ['/bin/bash -euxo pipefail -c \'pip install a==1\'', 'pip'],
  ])('%s', (command, tool) => {
    expect(run(command).installs).toEqual([{ tool, packages: ['a==1'], req: [], con: [] }]);
  });

  it.each([
    'pip download a==1',
    'pip uninstall -y a',
    'pip wheel a==1',
    'pip freeze > requirements.txt',
    'apt-get install -y python3-pip',
    'pipx install black==24.1.0',
    'python3 -c "import pip"',
    'python3 -m venv /opt/venv',
    'uv sync --frozen',
    'echo pip install a==1',
    'conda install numpy',
  ])('%s is not a pip install', (command) => {
    expect(run(command).installs).toEqual([]);
  });
});

describe('pip install arguments', () => {
  it.each([
    ['--upgrade pip setuptools wheel', ['pip', 'setuptools', 'wheel'], [], []],
    ['--no-cache-dir -U -q --user --pre --no-deps --break-system-packages a', ['a'], [], []],
    ['-qU --no-cache a', ['a'], [], []],
    ['-i https://idx/simple a --index-url https://x b --extra-index-url=https://y c', ['a', 'b', 'c'], [], []],
    ['-f /wheels --find-links=/w2 -t /t --prefix /p --root /r a', ['a'], [], []],
    ['--platform manylinux2014_x86_64 --python-version 3.12 --implementation cp --abi cp312 --only-binary=:all: a', ['a'], [], []],
    ['--trusted-host h --cache-dir /c --src /s --upgrade-strategy eager --progress-bar off a', ['a'], [], []],
    ['--log /l --timeout 60 --retries 3 --proxy http://p --cert /c --client-cert /cc --exists-action w a', ['a'], [], []],
    ['-C key=val --config-settings=k=v --global-option x --no-binary :all: --report /r.json a', ['a'], [], []],
    ['-r req.txt -rreq2.txt --requirement req3.txt --requirement=req4.txt a', ['a'], ['req.txt', 'req2.txt', 'req3.txt', 'req4.txt'], []],
    ['-c c1.txt -cc2.txt --constraint c3.txt --constraint=c4.txt -r r.txt', [], ['r.txt'], ['c1.txt', 'c2.txt', 'c3.txt', 'c4.txt']],
    ['"uvicorn[standard]==0.32.1" \'Django>=4.2,<5\'', ['uvicorn[standard]==0.32.1', 'django>=4.2,<5'], [], []],
    ['"pywin32==306; sys_platform == \'win32\'"', ['pywin32==306'], [], []],
    ['. ./pkg /app ../lib -e . -e ./x', [], [], []],
    ['-e "git+https://g.com/o/r.git@v1#egg=my_lib"', ['my-lib @ git+https://g.com/o/r.git@v1#egg=my_lib'], [], []],
    ['./dist/my_pkg-1.0-py3-none-any.whl', ['my-pkg @ ./dist/my_pkg-1.0-py3-none-any.whl'], [], []],
    ['"name @ https://x/name-1.0.tar.gz"', ['name @ https://x/name-1.0.tar.gz'], [], []],
    ['https://x/archive.zip', [], [], []],
    ['$PACKAGES ${MORE} a', ['a'], [], []],
    ['-- -weird', [], [], []],
  ])('pip install %s', (args, packages, req, con) => {
    const { installs } = run(`pip install ${args}`);
    expect(installs).toHaveLength(1);
    expect(installs[0]).toMatchObject({ packages, req, con });
  });

  it('reports an unknown option and goes on', () => {
    expect(run('pip install --frobnicate a==1')).toEqual({
      installs: [{ tool: 'pip', packages: ['a==1'], req: [], con: [] }],
      issues: ['parse-error:2:17'],
    });
  });

  it('reports a requirement it cannot parse (`a===` is valid: packaging and pip accept an empty arbitrary version)', () => {
    expect(run('pip install "a=>1" b==1').issues).toEqual(['parse-error:2:18']);
  });

  it('uv options: --system, -p, --constraints, --override', () => {
    const { installs, issues } = run('uv pip install --system -p 3.12 --python=3.12 --constraints c.txt --override o.txt -r r.txt a==1');
    expect(issues).toEqual([]);
    expect(installs).toEqual([{ tool: 'uv', packages: ['a==1'], req: ['r.txt'], con: ['c.txt'] }]);
  });

  it('noCompile: --no-compile for pip, the default for uv unless --compile-bytecode', () => {
    const compile = (c: string) => parseDockerfile(`FROM x\nRUN ${c}`, 'D').installs[0]?.noCompile;
    expect([compile('pip install --no-compile a'), compile('pip install a'), compile('uv pip install a'), compile('uv pip install --compile-bytecode a')]).toEqual([true, false, true, false]);
  });
});

describe('variables', () => {
  it.each([
    ['ARG V=1.0\n', 'pip install "a==${V}" b==$V', ['a==1.0', 'b==1.0']],
    ['ENV V=2.0\n', 'pip install "a==${V}"', ['a==2.0']],
    ['ARG V=1.0\nENV V=2.0\n', 'pip install "a==${V}"', ['a==2.0']],
    ['ARG V\n', 'pip install "a==${V:-3.0}"', ['a==3.0']],
    ['', "pip install 'a==$V' b", ['b']],
  ])('%j %s', (before, command, packages) => {
    expect(run(command, before).installs[0]?.packages).toEqual(packages);
  });

  it('keeps the text as written and the version as substituted', () => {
    const [p] = parseDockerfile('FROM x\nARG FASTAPI_VERSION=0.115.6\nRUN pip install "fastapi==${FASTAPI_VERSION}"', 'D').installs[0]!.packages;
    expect(p).toMatchObject({ name: 'fastapi', specifier: '==0.115.6', text: 'fastapi==${FASTAPI_VERSION}', origin: 'dockerfile', viaConstraint: false });
  });

  it('global ARGs reach a stage only when redeclared there; build args override defaults', () => {
    const df = 'ARG V=1.0\nFROM x\nRUN pip install "a==$V"\nARG V\nRUN pip install "b==$V"\nARG W=1\nRUN pip install "c==$W"';
    expect(parseDockerfile(df, 'D').installs.map((i) => i.packages.map((p) => p.specifier))).toEqual([[], ['==1.0'], ['==1']]);
    expect(parseDockerfile(df, 'D').issues.map((i) => i.rule)).toEqual(['parse-error']);
    expect(parseDockerfile(df, 'D', { V: '9', W: '8' }).installs.map((i) => i.packages.map((p) => p.specifier))).toEqual([[], ['==9'], ['==8']]);
  });
});

describe('shell redirects in specifiers', () => {
  it.each([
    ['fastapi>=0.100', 'fastapi', 'fastapi>=0.100'],
    ['pkg<2', 'pkg', 'pkg<2'],
    ['pkg>1,<2', 'pkg', 'pkg>1,<2'],
    ['Django<=5.0', 'django', 'Django<=5.0'],
  ])('%s', (spec, pkg, written) => {
    const info = parseDockerfile(`FROM x\nRUN pip install a==1 ${spec}`, 'D');
    expect(info.installs[0]!.packages.map((p) => p.name)).toEqual(['a']);
    expect(info.issues).toEqual([
      {
        rule: 'shell-redirect-in-specifier',
        package: pkg,
        location: { file: 'D', line: 2, column: 22, endLine: 2, endColumn: 22 + spec.indexOf(spec.match(/[<>]/)![0]) },
        message: expect.stringContaining(`quote it: "${written}"`),
      },
    ]);
  });

  it('is not a redirect in exec form, where no shell runs', () => {
    const info = parseDockerfile('FROM x\nRUN ["pip", "install", "fastapi>=0.100"]', 'D');
    expect(info.issues).toEqual([]);
    expect(info.installs[0]!.packages.map((p) => p.specifier)).toEqual(['>=0.100']);
  });

  it('a real redirect after a package is no finding', () => {
    const info = parseDockerfile('FROM x\nRUN pip install a==1 >/dev/null 2>&1', 'D');
    expect(info.issues).toEqual([]);
    expect(info.installs[0]!.packages.map((p) => p.text)).toEqual(['a==1']);
  });
});

describe('constraints from the environment', () => {
  it('ENV PIP_CONSTRAINT and an inline UV_CONSTRAINT count as -c', () => {
    const info = parseDockerfile('FROM x\nENV PIP_CONSTRAINT=/c.txt\nRUN pip install -r r.txt\nRUN UV_CONSTRAINT=/u.txt uv pip install -r r.txt', 'D');
    expect(info.installs.map((i) => i.constraintFiles)).toEqual([
      [{ path: '/c.txt', location: { file: 'D', line: 2, column: 20 } }],
      [{ path: '/u.txt', location: expect.objectContaining({ line: 4, column: 26 }) }],
    ]);
  });
});
