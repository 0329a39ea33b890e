/**
 * Turns schema failures into lines a content author can act on:
 * "content/lessons/x.mdx: objectives: list at least 2 objectives".
 */

export interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

export function formatIssues(file: string, issues: readonly IssueLike[]): string {
  return issues
    .map((issue) => {
      const where = formatPath(issue.path);
      return where ? `${file}: ${where}: ${issue.message}` : `${file}: ${issue.message}`;
    })
    .join('\n');
}
