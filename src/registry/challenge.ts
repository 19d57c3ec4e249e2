// WWW-Authenticate (RFC 7235): one or more challenges, each a scheme followed by auth-params
// (name=token or name="quoted string"), comma separated. Scopes contain commas inside quotes
// ("repository:x:pull,push"), so this is a small tokenizer, not a split(',').
export interface Challenge {
  /** Lower-cased scheme: 'bearer', 'basic', … */
  scheme: string;
  /** Parameter names lower-cased. */
  params: Record<string, string>;
}

export function parseChallenges(header: string): Challenge[] {
  const out: Challenge[] = [];
  let i = 0;
  const n = header.length;
  const skipWs = () => {
    while (i < n && /[\s,]/.test(header[i]!)) i++;
  };
  const token = () => {
    const start = i;
    while (i < n && /[!#$%&'*+.^_`|~0-9A-Za-z-]/.test(header[i]!)) i++;
    return header.slice(start, i);
  };
  let current: Challenge | undefined;
  while (i < n) {
    skipWs();
    if (i >= n) break;
    const save = i;
    const name = token();
    if (!name) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && header[j] === ' ') j++;
    if (header[j] === '=' && current && !/^=+\s*(,|$)/.test(header.slice(j))) {
      // auth-param
      i = j + 1;
      while (i < n && header[i] === ' ') i++;
      let value: string;
      if (header[i] === '"') {
        i++;
        value = '';
        while (i < n && header[i] !== '"') {
          if (header[i] === '\\' && i + 1 < n) i++;
          value += header[i];
          i++;
        }
        i++; // closing quote
      } else {
        value = token();
      }
      current.params[name.toLowerCase()] = value;
    } else if (header[j] === '=' && current) {
      // token68 (e.g. base64 with '=' padding): keep it as a parameter-less value
      i = j;
      while (i < n && header[i] === '=') i++;
      current.params['token68'] = header.slice(save, i);
    } else {
      current = { scheme: name.toLowerCase(), params: {} };
      out.push(current);
    }
  }
  return out;
}

/** The first challenge, preferring Bearer over Basic when a server offers both. */
export function parseChallenge(header: string): Challenge | undefined {
  const all = parseChallenges(header);
  return all.find((c) => c.scheme === 'bearer') ?? all[0];
}
