// Where each instruction of a Dockerfile starts and ends, without building dockerfile-ast's objects.
// dockerfile-ast builds two objects per instruction (one only to look for heredocs) and lexes every
// argument list on the way; on a 10,000-service repo that was a quarter of the scan. This is the
// same scan as dockerfile-ast 0.7.1's Parser.parse / processInstruction / processArguments /
// processComment, kept branch for branch so the boundaries are the library's own. It gives up
// (undefined) where the library needs more than a character scan: parser directives (they may
// change the escape character) and instructions that may open a heredoc.
import { lineIndexOf } from '../line-index.js';

/** One instruction: offsets into the content, as dockerfile-ast's ranges would give them. */
export interface DockerfileStep {
  /** The keyword as written (`run`, `FROM`); dockerfile-ast's getInstruction(). */
  keyword: string;
  /** Offset of the keyword. */
  start: number;
  /** Offset just after the keyword, where the arguments begin. */
  argsStart: number;
  /** Offset where the instruction ends (its line break, or the end of the content). */
  end: number;
}

// dockerfile-ast's getParserDirectives finds one when the first line is `#`, then a word, then `=`.
const DIRECTIVE = /^\uFEFF?[ \t]*#[ \t]*[^ \t\r\n=][^\r\n=]*=/;
const ESCAPE = '\\';
const HEREDOC_KEYWORDS = new Set(['ADD', 'COPY', 'RUN', 'ONBUILD']);

/** `lineStarts`: the caller's {@link dockerfileLineStarts} of `content`, when it has them already. */
export function splitDockerfile(content: string, lineStarts: readonly number[] = dockerfileLineStarts(content)): DockerfileStep[] | undefined {
  if (DIRECTIVE.test(content)) return undefined;
  return new Splitter(content, lineStarts).split();
}

/** Start offset of each line, with dockerfile-ast's TextDocument line breaks: \r\n, \n and a lone \r. */
export function dockerfileLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

class Splitter {
  private readonly steps: DockerfileStep[] = [];
  /** Set when an instruction may open a heredoc: only dockerfile-ast knows where it ends. */
  private heredoc = false;

  constructor(
    private readonly text: string,
    private readonly lineStarts: readonly number[],
  ) {}

  split(): DockerfileStep[] | undefined {
    const text = this.text;
    for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length && !this.heredoc; i++) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') continue;
      if (c === '#') i = this.commentEnd(i);
      else i = this.instruction(c!, i);
    }
    return this.heredoc ? undefined : this.steps;
  }

  private commentEnd(start: number): number {
    const text = this.text;
    for (let i = start + 1; i < text.length; i++) if (text[i] === '\r' || text[i] === '\n') return i;
    return text.length;
  }

  /** processInstruction: the keyword, then the arguments; returns where the instruction ends. */
  private instruction(first: string, start: number): number {
    const text = this.text;
    let keyword = first;
    let keywordEnd = -1;
    let escapedKeyword = false;
    scan: for (let i = start + 1; i < text.length; i++) {
      let c = text[i];
      if (c === ESCAPE) {
        escapedKeyword = true;
        c = text[i + 1] ?? '';
        if (c === '\r' || c === '\n') {
          if (keywordEnd === -1) keywordEnd = i;
          i++;
        } else if (c === ' ' || c === '\t') {
          for (let j = i + 2; j < text.length; j++) {
            const d = text[j];
            if (d === ' ' || d === '\t') continue;
            if (d === '\r' || d === '\n') {
              i = j;
              continue scan;
            }
            // an argument: the keyword ends at the escape character
            keywordEnd = i + 1;
            keyword += ESCAPE;
            i = j - 2;
            continue scan;
          }
          keywordEnd = i + 1;
          keyword += ESCAPE;
          break scan;
        } else {
          keywordEnd = i + 1;
          keyword += ESCAPE;
          escapedKeyword = false;
        }
      } else if (c === ' ' || c === '\t') {
        if (escapedKeyword) {
          // after an escaped line break: a line of only blanks keeps the keyword going
          let blankLine = false;
          for (let j = i + 1; j < text.length; j++) {
            const d = text[j];
            if (d === ' ' || d === '\t') continue;
            if (d === '\r' || d === '\n') {
              i = j;
              blankLine = true;
            }
            break;
          }
          if (blankLine) continue scan;
          escapedKeyword = false;
        }
        if (keywordEnd === -1) keywordEnd = i;
        const end = this.argumentsEnd(keyword, keywordEnd, i);
        this.push(keyword, start, keywordEnd, end);
        return end;
      } else if (c === '\r' || c === '\n') {
        if (escapedKeyword) continue;
        if (keywordEnd === -1) keywordEnd = i;
        this.push(keyword, start, keywordEnd, i);
        return i;
      } else if (c === '#' && escapedKeyword) {
        continue;
      } else {
        keywordEnd = i + 1;
        keyword += c;
        escapedKeyword = false;
      }
    }
    if (keywordEnd === -1) keywordEnd = text.length;
    this.push(keyword, start, keywordEnd, text.length);
    return text.length;
  }

  /** processArguments: up to the first line break that is not escaped. */
  private argumentsEnd(keyword: string, keywordEnd: number, offset: number): number {
    const text = this.text;
    let escaped = false;
    scan: for (let i = offset + 1; i < text.length; i++) {
      const c = text[i];
      if (c === '\r' || c === '\n') {
        if (escaped) continue;
        this.checkHeredoc(keyword, keywordEnd, i);
        return i;
      }
      if (c === ESCAPE) {
        const next = text[i + 1];
        if (next === '\n' || next === '\r') {
          escaped = true;
          i++;
        } else if (next === ' ' || next === '\t') {
          for (let j = i + 2; j < text.length; j++) {
            const d = text[j];
            if (d === ' ' || d === '\t') continue;
            if (d === '\r' || d === '\n') escaped = true;
            i = j;
            continue scan;
          }
          return text.length;
        }
        continue;
      }
      if (c === '#') {
        if (escaped) {
          i = this.commentEnd(i);
          continue;
        }
      } else if (c !== ' ' && c !== '\t') {
        escaped = false;
      }
    }
    return text.length;
  }

  /**
   * processHeredocs looks for arguments starting with `<<`. An argument can only start with `<<`
   * if the text holds `<<`, or `<` then the escape character (an escaped `<` or a continuation).
   */
  private checkHeredoc(keyword: string, argsStart: number, end: number): void {
    if (!HEREDOC_KEYWORDS.has(keyword.toUpperCase())) return;
    const args = this.text.slice(argsStart, end);
    if (args.includes('<<') || args.includes(`<${ESCAPE}`)) this.heredoc = true;
  }

  private push(keyword: string, start: number, argsStart: number, end: number): void {
    this.steps.push({ keyword, start: this.position(start), argsStart: this.position(argsStart), end: this.position(end) });
  }

  /** The offset dockerfile-ast's positionAt/offsetAt round trip gives: never after a line's break. */
  private position(offset: number): number {
    const lo = lineIndexOf(this.lineStarts, offset);
    const lineStart = this.lineStarts[lo]!;
    let o = offset;
    while (o > lineStart && (this.text.charCodeAt(o - 1) === 10 || this.text.charCodeAt(o - 1) === 13)) o--;
    return o;
  }
}
