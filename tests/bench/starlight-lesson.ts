/**
 * One of Shinrai's lessons as a Starlight page, for the side-by-side bench: the frontmatter
 * Starlight knows (title, description, sidebar order) and every Shinrai component replaced by a
 * stub that renders only its children, so the prose compiles without Shinrai's code.
 */
import { parse, stringify } from 'yaml';

export const stubComponent =
  '---\n// Stands in for a Shinrai MDX component: its children only.\n---\n\n<slot />\n';

/** `stubPath` is the stub's address as seen from the lesson's file. */
export function starlightLesson(source: string, stubPath: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('the lesson has no frontmatter');
  const lesson = parse(match[1] ?? '') as { title: string; summary?: string; order?: number };
  const frontmatter = stringify({
    title: lesson.title,
    ...(lesson.summary ? { description: lesson.summary } : {}),
    ...(lesson.order === undefined ? {} : { sidebar: { order: lesson.order } }),
  });
  const body = source.slice(match[0].length).replace(/^\n+/, '');
  const components = [...new Set([...body.matchAll(/<([A-Z][A-Za-z0-9]*)/g)].map((tag) => tag[1]))];
  const imports = components.map((name) => `import ${name} from '${stubPath}';`).join('\n');
  return `---\n${frontmatter}---\n\n${imports}${imports ? '\n\n' : ''}${body}`;
}
