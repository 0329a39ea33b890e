import { describe, expect, it } from 'vitest';
import { inlineCode } from '../../tools/browser-weight';

describe('inlineCode', () => {
  it('counts inline scripts and styles, not external scripts or data blocks', () => {
    const html = [
      '<script type="module" src="/_astro/a.js"></script>',
      '<script>run()</script>',
      '<script type="module">import "/_astro/b.js"</script>',
      '<script type="application/json" id="messages">{"a":1}</script>',
      '<script data-src="x">alsoRun()</script>',
      '<style>body{color:red}</style>',
      '<style></style>',
    ].join('');
    expect(inlineCode(html)).toEqual({
      scripts: ['run()', 'import "/_astro/b.js"', 'alsoRun()'],
      styles: ['body{color:red}'],
    });
  });
});
