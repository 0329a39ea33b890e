import { describe, expect, it } from 'vitest';
import {
  inlineScriptsUsing,
  relativizeScript,
  relativizeText,
  rootFrom,
} from '../../../../src/lib/build/relative-paths';

const marker = '/__shinrai_root__/';

describe('relative addresses for an LMS package', () => {
  it('lead from any file back to the package root', () => {
    expect(rootFrom('index.html')).toBe('./');
    expect(rootFrom('lessons/index.html')).toBe('../');
    expect(rootFrom('present/a/console/index.html')).toBe('../../../');
  });

  it('make every address on a page relative to that page, in attributes and in island props', () => {
    const page =
      `<a href="${marker}lessons/a/index.html#b">A</a>` +
      `<script type="module" src="${marker}_astro/x.js"></script>` +
      `<astro-island props="{&quot;href&quot;:[0,&quot;${marker}progress/index.html&quot;]}">`;
    expect(relativizeText(page, marker, 'lessons/c/index.html')).toBe(
      '<a href="../../lessons/a/index.html#b">A</a>' +
        '<script type="module" src="../../_astro/x.js"></script>' +
        '<astro-island props="{&quot;href&quot;:[0,&quot;../../progress/index.html&quot;]}">',
    );
  });

  it('let a script find the root from its own address at run time', () => {
    const script = 'var d={BASE_URL:`/__shinrai_root__/`,DEV:!1};const e="/__shinrai_root__/";';
    const out = relativizeScript(script, marker, '_astro/ui.js');
    expect(out).not.toContain(marker);
    expect(out).toBe(
      'var d={BASE_URL:(new URL("../",import.meta.url).pathname),DEV:!1};' +
        'const e=(new URL("../",import.meta.url).pathname);',
    );
  });

  it('stop the build when a script glued the base path into a longer string', () => {
    expect(() =>
      relativizeScript('fetch("/__shinrai_root__/quizzes/a.json")', marker, '_astro/q.js'),
    ).toThrow('_astro/q.js: the base path appears inside a longer string');
  });

  it('find inline scripts that would need a change their CSP hash forbids', () => {
    expect(inlineScriptsUsing(`<script>import("${marker}x.js")</script>`, marker)).toBe(1);
    expect(
      inlineScriptsUsing(`<script src="${marker}x.js"></script><script>go()</script>`, marker),
    ).toBe(0);
  });
});
