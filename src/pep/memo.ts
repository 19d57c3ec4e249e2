// Real files ask the same few hundred version and specifier questions thousands of times.

/** `compute` remembered per key; the memory is dropped whole when it holds `limit` keys. */
export function memoized<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  const memory = new Map<string, T>();
  return (key) => {
    if (memory.has(key)) return memory.get(key)!;
    const value = compute(key);
    if (memory.size >= limit) memory.clear();
    memory.set(key, value);
    return value;
  };
}
