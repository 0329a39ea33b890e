/**
 * Vite wraps every dynamic import() in the browser bundle in its preload helper,
 * `helper(() => import('./chunk.js'), deps)`, so that a lazy chunk's CSS and imports can be
 * fetched alongside it. Shinrai's lazy chunks carry no CSS (each island's CSS loads with its
 * page) and keep no preload lists, so every `deps` is empty and the helper only costs 0.9 KB gzip
 * on every page. This turns each such call into `(() => import('./chunk.js'))()`; a call with
 * dependencies is left exactly as it is, and so is the helper's import while anything uses it.
 */

/** The few ESTree node fields this needs. */
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const HELPER_IMPORT = /import\{(\w+)(?: as ([\w$]+))?\}from"(\.\/preload-helper\.[\w-]+\.js)";/;

function* nodes(value: unknown): Generator<Node> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodes(item);
  } else if (typeof value === 'object' && value !== null) {
    const node = value as Node;
    if (typeof node.type === 'string') yield node;
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'type' && key !== 'start' && key !== 'end') yield* nodes(child);
    }
  }
}

/**
 * Calls shaped like the helper's, `local(() => …, deps)`. Minifiers reuse short names in inner
 * scopes, so a plain call to a local of the same name is not one of them.
 */
function helperCalls(ast: unknown, local: string): Node[] {
  return [...nodes(ast)].filter((node) => {
    const callee = node['callee'] as Node | undefined;
    const [factory] = (node['arguments'] as Node[] | undefined) ?? [];
    return (
      node.type === 'CallExpression' &&
      callee?.type === 'Identifier' &&
      callee['name'] === local &&
      (node['arguments'] as Node[]).length === 2 &&
      (factory?.type === 'ArrowFunctionExpression' || factory?.type === 'FunctionExpression')
    );
  });
}

function isEmptyList(node: Node | undefined): boolean {
  return node?.type === 'ArrayExpression' && (node['elements'] as unknown[]).length === 0;
}

/** The chunk with every dependency-free helper call unwrapped, and the helper import dropped. */
export function unwrapPreloads(code: string, parse: (code: string) => unknown): string {
  const found = HELPER_IMPORT.exec(code);
  if (!found) return code;
  const local = found[2] ?? found[1] ?? '';
  let result = code;
  const calls = helperCalls(parse(code), local)
    .filter((call) => isEmptyList((call['arguments'] as Node[])[1]))
    .sort((a, b) => b.start - a.start);
  for (const call of calls) {
    const factory = (call['arguments'] as Node[])[0];
    if (!factory) continue;
    result = `${result.slice(0, call.start)}(${result.slice(factory.start, factory.end)})()${result.slice(call.end)}`;
  }
  const stillUsed = helperCalls(parse(result), local).length > 0;
  return stillUsed ? result : result.replace(found[0], '');
}

/** Whether a chunk still refers to the helper's file. */
export function usesHelper(code: string): boolean {
  return /preload-helper\.[\w-]+\.js/.test(code);
}
